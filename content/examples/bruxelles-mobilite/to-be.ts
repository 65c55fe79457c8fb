import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const toBe = ({ id }: Helpers): ExampleStep<'to-be'> => ({
  results:
    'Dans deux ans, les agents du centre de contact se sentent protégés face à l’agressivité, les responsables soutiennent activement leurs équipes et les équipes de nuit récupèrent mieux. L’absentéisme se rapproche de la moyenne de la fonction publique régionale bruxelloise.',
  objectives: [
    {
      uid: id('so-contact'),
      name: 'Mieux protéger le centre de contact face à l’agressivité',
      description: 'Des règles claires, du soutien après un appel difficile et des tâches variées.',
      levers: ['leadership', 'meaningful-work'],
    },
    {
      uid: id('so-leadership'),
      name: 'Renforcer le rôle d’accompagnement des responsables',
      description: 'Chaque responsable joue son rôle de coach et de leader.',
      levers: ['leadership', 'employability'],
    },
    {
      uid: id('so-absence'),
      name: 'Ramener l’absentéisme à la moyenne régionale d’ici fin 2028',
      description: 'Moins d’absences, une meilleure récupération la nuit et un retour au travail accompagné.',
      levers: ['work-life-balance', 'new-ways-of-working'],
    },
  ],
  slogan: 'Bien au travail, on avance mieux',
  mirror: {
    employability: {
      today: 'Des formations surtout techniques ; peu de perspectives au centre de contact.',
      tomorrow: 'Une rotation des tâches au centre de contact et un retour au travail accompagné.',
    },
    leadership: {
      today: 'Des responsables peu outillés ; une fiche de signalement sans suivi.',
      tomorrow: 'Tous les responsables formés à leur rôle de coach et une intervision régulière.',
    },
    'meaningful-work': {
      today: 'Une fierté forte mais peu de retour sur l’utilité du travail.',
      tomorrow: 'Des briefings qui montrent ce que le travail des équipes apporte à la ville.',
    },
    'work-life-balance': {
      today: 'Une journée sportive qui touche surtout le personnel de bureau.',
      tomorrow: 'Une offre santé toute l’année, accessible aussi aux équipes de nuit.',
    },
    'new-ways-of-working': {
      today: 'Télétravail limité aux services administratifs.',
      tomorrow: 'Des horaires de nuit revus avec les agents pour mieux récupérer.',
    },
  },
  notes: 'Slogan choisi parmi une quinzaine de propositions des agents.',
});

export const resources = ({ id }: Helpers): ExampleStep<'resources'> => ({
  budgetLines: [
    {
      uid: id('bl-support'),
      category: 'external-provider',
      description: 'Soutien psychosocial externe via le SEPPT',
      amount: 9000,
      year: 2027,
    },
    {
      uid: id('bl-leadership'),
      category: 'training',
      description: 'Parcours coach et leader pour les responsables',
      amount: 12000,
      year: 2027,
    },
    {
      uid: id('bl-intervision'),
      category: 'external-provider',
      description: 'Animation de l’intervision au centre de contact',
      amount: 4000,
      year: 2027,
    },
    {
      uid: id('bl-health'),
      category: 'other',
      description: 'Offre santé accessible aux équipes de nuit',
      amount: 3000,
      year: 2028,
    },
    {
      uid: id('bl-communication'),
      category: 'communication',
      description: 'Campagne de lancement et supports',
      amount: 2000,
      year: 2027,
    },
  ],
  staffTime: [
    { uid: id('st-coordinator'), role: 'Coordination de la politique (RH)', fte: 0.5 },
    { uid: id('st-ambassadors'), role: 'Six ambassadeurs, quatre heures par mois', fte: 0.15 },
  ],
  expertise: [
    {
      uid: id('ex-prevention'),
      description: 'Conseiller en prévention aspects psychosociaux',
      source: 'external',
    },
    { uid: id('ex-hr'), description: 'Formation et réintégration (RH)', source: 'internal' },
  ],
  roi: {
    staffFte: 290,
    workingDaysPerFte: 200,
    absencePercentage: null,
    psychosocialShare: 25,
    dayCost: 280,
    yearlyWageCost: null,
    reduction: { cautious: 10, middle: 20, optimistic: 30 },
    scenario: 'cautious',
  },
  boardText:
    'Nous demandons un budget de fonctionnement de 30 000 euros sur 2027 et 2028 (27 000 euros en 2027, 3 000 euros en 2028) et 0,65 ETP de temps interne : 0,5 ETP de coordination aux RH et 0,15 ETP pour les ambassadeurs. L’absentéisme nous coûte environ 3 770 jours par an, dont un quart d’origine psychosociale selon le SEPPT. Dans le scénario prudent (10 % d’absentéisme psychosocial en moins), nous économiserions quelque 94 jours, soit 26 390 euros par an : le budget de fonctionnement serait récupéré en 1,1 an environ. Le temps interne coûte cependant à lui seul quelque 36 400 euros par an ; en le comptant, le plan ne se rembourse pas par l’absentéisme seul. Nous le proposons surtout pour protéger les équipes et garder nos agents. Les études citent parfois des effets plus importants, mais nous ne les promettons pas. Une évaluation est prévue après un an.',
});
