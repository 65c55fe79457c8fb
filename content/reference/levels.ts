import type { Level } from '@/lib/steps/shared';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

/** The level an initiative, action or indicator works on (steps 2, 6, 7 and exports). */
export const levelLabels: Localised<CodeLabels<Level>> = typesetFrench({
  nl: {
    individual: { label: 'Individu', hint: 'Eén medewerker: begeleiding, opleiding, een gesprek.' },
    team: { label: 'Team', hint: 'Een team of dienst met zijn leidinggevende.' },
    organisation: { label: 'Organisatie', hint: 'De hele organisatie: beleid, regels, cultuur.' },
  },
  fr: {
    individual: { label: 'Individu', hint: 'Un membre du personnel : accompagnement, formation, entretien.' },
    team: { label: 'Équipe', hint: 'Une équipe ou un service avec son responsable.' },
    organisation: { label: 'Organisation', hint: 'L’ensemble de l’organisation : politique, règles, culture.' },
  },
});
