import type { BUDGET_CATEGORIES, EXPERTISE_SOURCES, Scenario } from '@/lib/steps/resources';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type Category = (typeof BUDGET_CATEGORIES)[number];
type Source = (typeof EXPERTISE_SOURCES)[number];

export const budgetCategoryLabels: Localised<CodeLabels<Category>> = typesetFrench({
  nl: {
    'external-provider': { label: 'Externe dienstverlener' },
    training: { label: 'Opleiding' },
    communication: { label: 'Communicatie' },
    tools: { label: 'Tools en materiaal' },
    other: { label: 'Andere' },
  },
  fr: {
    'external-provider': { label: 'Prestataire externe' },
    training: { label: 'Formation' },
    communication: { label: 'Communication' },
    tools: { label: 'Outils et matériel' },
    other: { label: 'Autre' },
  },
});

export const expertiseSourceLabels: Localised<CodeLabels<Source>> = typesetFrench({
  nl: { internal: { label: 'Intern' }, external: { label: 'Extern' } },
  fr: { internal: { label: 'Interne' }, external: { label: 'Externe' } },
});

export const scenarioLabels: Localised<CodeLabels<Scenario>> = typesetFrench({
  nl: {
    cautious: { label: 'Voorzichtig' },
    middle: { label: 'Gemiddeld' },
    optimistic: { label: 'Optimistisch' },
  },
  fr: {
    cautious: { label: 'Prudent' },
    middle: { label: 'Intermédiaire' },
    optimistic: { label: 'Optimiste' },
  },
});

/** What a research figure can be compared with in the calculator or the budget. */
export type ResearchTopic =
  'absencePercentage' | 'workingDaysPerFte' | 'psychosocialShare' | 'reduction' | 'return' | 'budget' | 'context';

export type ResearchUnit = 'percent' | 'money' | 'days' | 'perEuro' | 'fte' | 'people';

/**
 * Figures from research and statistics (the domain brief), shown as labelled
 * ranges with their source: material for comparison, never a promise and
 * never filled in silently. `low === high` is a single reported value.
 */
export interface ResearchFigure {
  id: string;
  topic: ResearchTopic;
  /** Null when the finding has no number (then `finding` says what was found). */
  range: { low: number; high: number; unit: ResearchUnit; approximate: boolean } | null;
  label: Localised<string>;
  source: Localised<string>;
  finding?: Localised<string>;
}

export const researchFigures: readonly ResearchFigure[] = typesetFrench([
  {
    id: 'absence-flemish-government',
    topic: 'absencePercentage',
    range: { low: 5.9, high: 7.3, unit: 'percent', approximate: false },
    label: {
      nl: 'Ziekteverzuim bij de Vlaamse overheid, 2014 tot 2020',
      fr: 'Absentéisme pour maladie à l’Autorité flamande, de 2014 à 2020',
    },
    source: {
      nl: 'Agentschap Overheidspersoneel, verzuimcijfers van de Vlaamse overheid: 6,91 % in 2014 (het actieplan van 2016 rekende met 6,89 %, vóór een latere bijwerking van de cijfers), 7,05 % in 2015, 7,3 % in het 4e kwartaal van 2019, 5,9 % in het 4e kwartaal van 2020',
      fr: 'Agentschap Overheidspersoneel, chiffres d’absentéisme de l’Autorité flamande\u00a0: 6,91 % en 2014 (le plan d’action de 2016 comptait 6,89 %, avant une mise à jour ultérieure des chiffres), 7,05 % en 2015, 7,3 % au 4e trimestre 2019, 5,9 % au 4e trimestre 2020',
    },
  },
  {
    id: 'absence-private-sector',
    topic: 'absencePercentage',
    range: { low: 6.3, high: 6.3, unit: 'percent', approximate: false },
    label: {
      nl: 'Werkdagen verloren door ziekte in de Belgische privésector, 2023',
      fr: 'Jours de travail perdus pour maladie dans le secteur privé belge, 2023',
    },
    source: {
      nl: 'SD Worx, verzuimcijfers privésector 2023, afwezigheden tot een jaar (gemiddeld 12,1 ziektedagen en 1,73 ziekteperiodes per werknemer)',
      fr: 'SD Worx, chiffres d’absentéisme du secteur privé 2023, absences jusqu’à un an (en moyenne 12,1 jours de maladie et 1,73 période d’absence par travailleur)',
    },
  },
  {
    id: 'working-days',
    topic: 'workingDaysPerFte',
    range: { low: 200, high: 200, unit: 'days', approximate: false },
    label: {
      nl: 'Beschikbare werkdagen per VTE in de berekening van de Vlaamse overheid',
      fr: 'Jours de travail disponibles par ETP dans le calcul de l’Autorité flamande',
    },
    source: {
      nl: 'Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016), cijfers 2014',
      fr: 'Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016), chiffres 2014',
    },
  },
  {
    id: 'psychosocial-share',
    topic: 'psychosocialShare',
    range: { low: 25, high: 25, unit: 'percent', approximate: true },
    label: {
      nl: 'Deel van de ziektedagen door psychische aandoeningen, Vlaamse overheid 2014',
      fr: 'Part des jours de maladie due à des troubles psychiques, Autorité flamande 2014',
    },
    source: {
      nl: 'Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016), cijfers 2014',
      fr: 'Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016), chiffres 2014',
    },
  },
  {
    id: 'short-absence-cost',
    topic: 'context',
    range: { low: 1465, high: 1465, unit: 'money', approximate: true },
    label: {
      nl: 'Directe loonkost van kort verzuim (tot 30 dagen) per zieke voltijdse werknemer, 2022',
      fr: 'Coût salarial direct des absences courtes (jusqu’à 30 jours) par travailleur malade à temps plein, 2022',
    },
    source: {
      nl: 'SD Worx, berekening van de directe kost van kort verzuim in de privésector, 2022',
      fr: 'SD Worx, calcul du coût direct des absences courtes dans le secteur privé, 2022',
    },
  },
  {
    id: 'absence-drop',
    topic: 'reduction',
    range: { low: 25, high: 50, unit: 'percent', approximate: false },
    label: {
      nl: 'Minder verzuim bij gezonde dan bij ongezonde medewerkers (een vergelijking, geen effect van een interventie)',
      fr: 'Absentéisme plus faible chez les membres du personnel en bonne santé que chez les autres (une comparaison, pas l’effet d’une intervention)',
    },
    source: {
      nl: 'Lieven Annemans (UGent), aangehaald in het Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016)',
      fr: 'Lieven Annemans (UGent), cité dans le Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016)',
    },
  },
  {
    id: 'no-effect-trial',
    topic: 'reduction',
    range: null,
    label: {
      nl: 'Effect van een welzijnsprogramma op verzuim na 18 maanden',
      fr: 'Effet d’un programme de bien-être sur l’absentéisme après 18 mois',
    },
    finding: { nl: 'Geen meetbaar effect', fr: 'Aucun effet mesurable' },
    source: {
      nl: 'Song en Baicker, gerandomiseerde studie bij een Amerikaanse werkgever, JAMA, 2019',
      fr: 'Song et Baicker, essai randomisé chez un employeur américain, JAMA, 2019',
    },
  },
  {
    id: 'individual-measures',
    topic: 'reduction',
    range: null,
    label: {
      nl: 'Louter individuele maatregelen (mindfulness-apps, veerkrachttraining) tegenover organisatorische veranderingen',
      fr: 'Mesures purement individuelles (applications de pleine conscience, formation à la résilience) face aux changements organisationnels',
    },
    finding: {
      nl: 'Weinig effect van individuele maatregelen; organisatorische veranderingen lijken beloftevoller',
      fr: 'Peu d’effet des mesures individuelles\u202f; les changements organisationnels semblent plus prometteurs',
    },
    source: {
      nl: 'Fleming, studie bij Britse werknemers, Industrial Relations Journal, 2024',
      fr: 'Fleming, étude auprès de travailleurs britanniques, Industrial Relations Journal, 2024',
    },
  },
  {
    id: 'return-per-euro',
    topic: 'return',
    range: { low: 1.5, high: 5, unit: 'perEuro', approximate: true },
    label: {
      nl: 'Gerapporteerde opbrengst van investeringen in mentaal welzijn op het werk',
      fr: 'Retour rapporté des investissements dans la santé mentale au travail',
    },
    source: {
      nl: 'Deloitte UK (2022) en PwC met beyondblue, Australië (2014)',
      fr: 'Deloitte UK (2022) et PwC avec beyondblue, Australie (2014)',
    },
  },
  {
    id: 'productivity',
    topic: 'context',
    range: { low: 10, high: 30, unit: 'percent', approximate: false },
    label: {
      nl: 'Meer productiviteit bij gezonde medewerkers (niet in de berekening)',
      fr: 'Productivité accrue chez les membres du personnel en bonne santé (hors calcul)',
    },
    source: {
      nl: 'Lieven Annemans (UGent), aangehaald in het Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016)',
      fr: 'Lieven Annemans (UGent), cité dans le Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016)',
    },
  },
  {
    id: 'long-term-incapacity',
    topic: 'context',
    range: { low: 125_700, high: 125_700, unit: 'people', approximate: true },
    label: {
      nl: 'Langdurig arbeidsongeschikt door burn-out of depressie in België, 2022 (+43 % in vijf jaar; zonder statutaire ambtenaren)',
      fr: 'Personnes en incapacité de longue durée pour burn-out ou dépression en Belgique, 2022 (+43 % en cinq ans\u202f; hors fonctionnaires statutaires)',
    },
    source: {
      nl: 'RIZIV, cijfers over langdurige arbeidsongeschiktheid (invaliditeit), 2022',
      fr: 'INAMI, chiffres de l’incapacité de travail de longue durée (invalidité), 2022',
    },
  },
  {
    id: 'brussels-network',
    topic: 'budget',
    range: { low: 2.5, high: 2.5, unit: 'fte', approximate: false },
    label: {
      nl: 'Geraamde inzet voor het Brusselse netwerk levenskwaliteit op het werk: 2 VTE niveau A en 0,5 VTE administratieve steun, minder dan 20.000 euro per jaar',
      fr: 'Moyens estimés pour le réseau bruxellois qualité de vie au travail\u00a0: 2 ETP de niveau A et 0,5 ETP d’appui administratif, moins de 20 000 euros par an',
    },
    source: {
      nl: 'talent.brussels, standpuntnota Levenskwaliteit op het werk',
      fr: 'talent.brussels, note d’orientation Qualité de vie au travail',
    },
  },
]);

/**
 * Starting points the user may take over with an explicit button; never
 * applied silently. Reductions in per cent of psychosocial sick days: 10/20/30,
 * modest on purpose. The 25–50 % in the research compares healthy with
 * unhealthy staff; it is not the effect of a policy, and some trials found no
 * effect at all.
 */
export const ROI_SUGGESTIONS = {
  workingDaysPerFte: 200,
  psychosocialShare: 25,
  reduction: { cautious: 10, middle: 20, optimistic: 30 },
} as const satisfies { workingDaysPerFte: number; psychosocialShare: number; reduction: Record<Scenario, number> };
