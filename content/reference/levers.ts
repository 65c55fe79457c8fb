import type { Lever } from '@/lib/steps/why';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

/** The five levers of wellbeing: used by steps 1, 2, 4 and 6 and by every export. */
export const leverLabels: Localised<CodeLabels<Lever>> = typesetFrench({
  nl: {
    employability: {
      label: 'Inzetbaarheid',
      hint: 'Mensen kunnen blijven groeien, leren en van job veranderen, ook later in hun loopbaan.',
    },
    leadership: {
      label: 'Leiderschap',
      hint: 'Leidinggevenden coachen, geven richting en vertrouwen, en zien hoe het met hun team gaat.',
    },
    'meaningful-work': {
      label: 'Zinvol werken',
      hint: 'Mensen zien waartoe hun werk dient en krijgen ruimte om hun talenten te gebruiken.',
    },
    'work-life-balance': {
      label: 'Werk-privébalans',
      hint: 'Werk en leven buiten het werk blijven haalbaar naast elkaar, ook in drukke periodes.',
    },
    'new-ways-of-working': {
      label: 'Het nieuwe werken',
      hint: 'Tijd- en plaatsonafhankelijk werken, met afspraken die samenwerking en rust bewaken.',
    },
  },
  fr: {
    employability: {
      label: 'Employabilité',
      hint: 'Chacun peut continuer à apprendre, évoluer et changer de fonction, à tout âge.',
    },
    leadership: {
      label: 'Leadership',
      hint: 'Les responsables coachent, donnent un cap et de la confiance, et restent attentifs à leur équipe.',
    },
    'meaningful-work': {
      label: 'Travail porteur de sens',
      hint: 'Chacun voit à quoi sert son travail et peut y mettre ses talents.',
    },
    'work-life-balance': {
      label: 'Équilibre vie professionnelle – vie privée',
      hint: 'Le travail et la vie privée restent conciliables, même en période chargée.',
    },
    'new-ways-of-working': {
      label: 'Nouvelles façons de travailler',
      hint: 'Travail flexible dans le temps et dans l’espace (télétravail, horaires flexibles), avec des accords qui protègent la collaboration et le repos.',
    },
  },
});
