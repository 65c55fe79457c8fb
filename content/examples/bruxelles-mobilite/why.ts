import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const why = ({ id }: Helpers): ExampleStep<'why'> => ({
  profile: {
    name: 'Office Trajets Bruxelles (fictif)',
    type: 'brussels-regional',
    sector: 'transport-logistics',
    staffCount: 310,
  },
  mission:
    'Nous rendons les déplacements à Bruxelles plus sûrs et plus fluides : suivi des chantiers, gestion des tunnels et information des usagers.',
  vision:
    'Un service public sur lequel la ville peut compter jour et nuit, porté par des équipes qui restent en forme sur la durée.',
  values: [
    {
      uid: id('value-service'),
      name: 'Sens du service',
      meaning: 'Nous sommes là pour les usagers, sans oublier nos collègues.',
    },
    {
      uid: id('value-respect'),
      name: 'Respect',
      meaning: 'Personne ne doit accepter l’agressivité comme faisant partie du métier.',
    },
    {
      uid: id('value-solidarity'),
      name: 'Solidarité',
      meaning: 'Les équipes de jour et de nuit se soutiennent.',
    },
  ],
  drivers: ['absence', 'burnout', 'survey-findings', 'legal-duty'],
  driversOther: '',
  whyHere:
    'Pour faire avancer la ville, nos équipes doivent pouvoir tenir la distance. Avec 6,5 % d’absentéisme pour maladie en 2025, au-dessus de la moyenne de la fonction publique régionale, et une enquête qui pointe la charge émotionnelle au centre de contact et la fatigue des équipes de nuit, nous voulons agir sur l’organisation du travail autant que sur le soutien aux personnes.',
  levers: {
    employability: { relevance: 'medium', note: 'Offrir des perspectives aux agents du centre de contact.' },
    leadership: {
      relevance: 'high',
      note: 'Les responsables sont peu outillés pour soutenir une équipe sous pression.',
    },
    'meaningful-work': { relevance: 'medium', note: 'Les agents sont fiers de leur rôle pour la ville.' },
    'work-life-balance': {
      relevance: 'high',
      note: 'Les horaires de nuit pèsent sur la récupération et la vie de famille.',
    },
    'new-ways-of-working': {
      relevance: 'low',
      note: 'Le télétravail existe pour les services administratifs.',
    },
  },
});

export const asIs = ({ id, initiative }: Helpers): ExampleStep<'as-is'> => ({
  initiatives: [
    initiative(
      'ini-sport-day',
      'Journée sportive annuelle',
      'Une journée de sport et de jeux, organisée par les RH.',
      'work-life-balance',
      'organisation',
      'Tout le personnel',
      4,
      2,
    ),
    initiative(
      'ini-confidants',
      'Personnes de confiance',
      'Trois personnes de confiance formées, joignables par téléphone.',
      'work-life-balance',
      'individual',
      'Tout le personnel',
      2,
      4,
    ),
    initiative(
      'ini-telework',
      'Télétravail pour les services administratifs',
      'Jusqu’à deux jours par semaine selon une convention.',
      'new-ways-of-working',
      'team',
      'Services administratifs',
      2,
      4,
    ),
    initiative(
      'ini-aggression',
      'Procédure après un appel agressif',
      'Une fiche de signalement, rarement utilisée faute de suivi.',
      'leadership',
      'team',
      'Centre de contact',
      2,
      2,
    ),
    initiative(
      'ini-training',
      'Formations techniques',
      'Catalogue de formations sur la signalisation et la sécurité des tunnels.',
      'employability',
      'individual',
      'Équipes techniques',
      3,
      3,
    ),
    initiative(
      'ini-welcome',
      'Accueil des nouveaux agents',
      'Une demi-journée de présentation de l’institution.',
      'meaningful-work',
      'organisation',
      'Nouveaux agents',
      2,
      3,
    ),
    initiative(
      'ini-return',
      'Visite de pré-reprise',
      'Rencontre avec le médecin du travail avant une reprise, sur demande.',
      'employability',
      'individual',
      'Agents absents longtemps',
      3,
      3,
    ),
    initiative(
      'ini-night-breaks',
      'Pauses aménagées la nuit',
      'Un local de repos pour l’équipe des tunnels.',
      'work-life-balance',
      'team',
      'Équipes de nuit',
      3,
      3,
    ),
    initiative(
      'ini-briefing',
      'Briefing de début de service',
      'Dix minutes d’informations pratiques en début de service.',
      'meaningful-work',
      'team',
      'Équipes de terrain',
      1,
      3,
    ),
  ],
  figures: {
    year: 2025,
    absencePercentage: 6.5,
    frequency: 1.6,
    averageDuration: 10.4,
    lastRiskAnalysis: '2022-11-07',
    lastSurvey: '2025-06-15',
  },
  demands: ['emotional-load', 'workload', 'poor-relations', 'role-ambiguity'],
  demandsOther: [{ uid: id('demand-night'), text: 'Horaires de nuit et récupération insuffisante' }],
  resources: ['social-support', 'intrinsic-motivation', 'clear-goals'],
  resourcesOther: [],
  notes:
    'Inventaire réalisé par un groupe de travail : deux agents du centre de contact, un chef d’équipe des tunnels, une juriste, le conseiller en prévention et les RH.',
});
