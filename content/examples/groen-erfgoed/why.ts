import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const why = ({ id }: Helpers): ExampleStep<'why'> => ({
  profile: {
    name: 'Agentschap Groen Erfgoed',
    type: 'flemish-government',
    sector: 'public-administration',
    staffCount: 420,
  },
  mission:
    'Wij beheren en ontsluiten de historische parken, tuinen en domeinen van Vlaanderen, zodat iedereen er vandaag en later van kan genieten.',
  vision:
    'Een erfgoedbeheerder die vakmanschap in het veld en kennis op kantoor samenbrengt, en waar collega’s met plezier en op een gezond tempo aan erfgoed werken.',
  values: [
    {
      uid: id('value-care'),
      name: 'Zorgzaamheid',
      meaning: 'Voor het erfgoed én voor elkaar: we letten op wie het zwaar heeft.',
    },
    {
      uid: id('value-craft'),
      name: 'Vakmanschap',
      meaning: 'We geven mensen de ruimte om hun vak uit te oefenen en bij te leren.',
    },
    {
      uid: id('value-together'),
      name: 'Samenwerken',
      meaning: 'Buitenploegen en kantoor werken als één team, niet naast elkaar.',
    },
  ],
  drivers: ['absence', 'survey-findings', 'legal-duty', 'workable-work'],
  driversOther: '',
  whyHere:
    'Erfgoed beheren is werk voor lange adem; dat lukt alleen met mensen die het volhouden. Ons verzuim (6,8 % in 2025) ligt boven het gemiddelde van de Vlaamse overheid en de personeelspeiling toont werkdruk en onduidelijke rollen als zwakste punten. We willen daarom gericht investeren in werkbaar werk, te beginnen bij de leidinggevenden en de buitenploegen.',
  levers: {
    employability: {
      relevance: 'medium',
      note: 'Buitenploegen willen kunnen doorgroeien en hun taken mee vormgeven.',
    },
    leadership: {
      relevance: 'high',
      note: 'Ploegleiders zijn vooral vakmensen; de coachende rol is nieuw voor hen.',
    },
    'meaningful-work': {
      relevance: 'medium',
      note: 'De band met het erfgoed is sterk en een bron van energie.',
    },
    'work-life-balance': {
      relevance: 'high',
      note: 'Seizoenspieken in lente en zomer zetten de balans onder druk.',
    },
    'new-ways-of-working': { relevance: 'not-now', note: 'Wacht op de fusie van de kantoren in 2028.' },
  },
});

export const asIs = ({ id }: Helpers): ExampleStep<'as-is'> => ({
  initiatives: [
    {
      uid: id('ini-health-week'),
      title: 'Jaarlijkse gezondheidsweek',
      description: 'Een week met sessies over voeding, beweging en slaap op het hoofdkantoor.',
      lever: 'work-life-balance',
      level: 'organisation',
      targetGroup: 'Alle medewerkers (vooral kantoor)',
      effort: 4,
      impact: 2,
    },
    {
      uid: id('ini-telework'),
      title: 'Telewerkafspraken voor kantoorpersoneel',
      description: 'Twee dagen telewerk per week, vastgelegd in een teamafspraak.',
      lever: 'new-ways-of-working',
      level: 'team',
      targetGroup: 'Beleidsmedewerkers en administratie',
      effort: 2,
      impact: 4,
    },
    {
      uid: id('ini-confidants'),
      title: 'Netwerk van vertrouwenspersonen',
      description: 'Vier opgeleide vertrouwenspersonen, ook in de regio’s bereikbaar.',
      lever: 'work-life-balance',
      level: 'individual',
      targetGroup: 'Alle medewerkers',
      effort: 2,
      impact: 4,
    },
    {
      uid: id('ini-onboarding'),
      title: 'Onthaaldag voor nieuwe collega’s',
      description: 'Een dag kennismaking met de domeinen en de werking van het agentschap.',
      lever: 'meaningful-work',
      level: 'organisation',
      targetGroup: 'Nieuwe medewerkers',
      effort: 2,
      impact: 3,
    },
    {
      uid: id('ini-training-budget'),
      title: 'Opleidingsbudget per dienst',
      description: 'Elke dienst kiest zelf vakopleidingen, vooral technisch en groenbeheer.',
      lever: 'employability',
      level: 'team',
      targetGroup: 'Alle diensten',
      effort: 3,
      impact: 3,
    },
    {
      uid: id('ini-appraisal'),
      title: 'Jaarlijks planningsgesprek',
      description: 'Het verplichte evaluatie- en planningsgesprek, vaak als formaliteit ervaren.',
      lever: 'leadership',
      level: 'individual',
      targetGroup: 'Alle medewerkers',
      effort: 3,
      impact: 2,
    },
    {
      uid: id('ini-return'),
      title: 'Re-integratietrajecten na lange afwezigheid',
      description: 'Begeleiding door HR en de arbeidsarts, zonder vast draaiboek.',
      lever: 'employability',
      level: 'individual',
      targetGroup: 'Medewerkers na langdurige ziekte',
      effort: 4,
      impact: 4,
    },
    {
      uid: id('ini-ergonomics'),
      title: 'Ergonomisch materiaal voor de buitenploegen',
      description: 'Lichtere werktuigen en tilhulpmiddelen, aangekocht op vraag van de ploegen.',
      lever: 'work-life-balance',
      level: 'team',
      targetGroup: 'Buitenploegen',
      effort: 3,
      impact: 4,
    },
    {
      uid: id('ini-walks'),
      title: 'Wandeloverleg in het park',
      description: 'Enkele teams houden hun overleg wandelend op het domein.',
      lever: 'meaningful-work',
      level: 'team',
      targetGroup: 'Kantoorteams',
      effort: 1,
      impact: 2,
    },
  ],
  figures: {
    year: 2025,
    absencePercentage: 6.8,
    frequency: 1.5,
    averageDuration: 11.2,
    lastRiskAnalysis: '2023-05-15',
    lastSurvey: '2025-10-01',
  },
  demands: ['workload', 'deadlines', 'role-ambiguity', 'red-tape'],
  demandsOther: [{ uid: id('demand-physical'), text: 'Fysieke belasting en weersomstandigheden in de buitenploegen' }],
  resources: ['intrinsic-motivation', 'social-support', 'autonomy'],
  resourcesOther: [{ uid: id('resource-nature'), text: 'Werken in een groene, historische omgeving' }],
  notes:
    'Inventaris gemaakt met een werkgroep van twee parkwachters, een ploegleider, een beleidsmedewerker, de preventieadviseur en HR.',
});
