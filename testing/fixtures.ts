import type { Locale } from '@/i18n/routing';
import { draftSchema, SCHEMA_VERSION, type Draft } from '@/lib/draft/envelope';
import { monthEnd } from '@/lib/followUp/fromAbsence';
import { ACTION_STATUSES, BUILDING_BLOCKS, CHANNELS } from '@/lib/steps/action';
import { FREQUENCIES, INDICATOR_CATALOGUE, PDCA_PHASES } from '@/lib/steps/measure';
import { BUDGET_CATEGORIES } from '@/lib/steps/resources';
import { ACTORS, RACI_ROLES } from '@/lib/steps/roles';
import { LEVELS, LEVERS } from '@/lib/steps/shared';

/**
 * Drafts for export tests and the PDF benchmark: empty, half-filled and large
 * (40 actions, 30 initiatives, 20 indicators, 15 stakeholders). Texts follow
 * the worked examples: Agentschap Groen Erfgoed (nl), Bruxelles Mobilité
 * Services (fr).
 */

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

function envelope(locale: Locale, name: string, organisation: string, steps: unknown): Draft {
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid: `fixture-${locale}-${name.length}`,
    name,
    organisation,
    locale,
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-20T16:40:12.345Z',
    revision: 3,
    steps,
  });
}

const WORDS = {
  nl: {
    organisation: 'Agentschap Groen Erfgoed',
    name: 'Welzijnsbeleid 2027–2029',
    whyHere: 'Wie zorgt voor erfgoed, moet zelf duurzaam kunnen werken. Ons verzuim ligt op 6,8 %.',
    slogan: 'Samen groeien, goed in je vel',
    initiative: 'Wandeloverleg in het park',
    action: 'Coachingtraject voor leidinggevenden',
    indicator: 'Bevlogenheid per dienst',
    stakeholder: 'Team Personeel & Organisatie',
    long: 'Leidinggevenden krijgen ruimte om wekelijks met hun team te bespreken wat energie geeft en wat energie kost; de ziekteafwezigheidsbegeleiding wordt herbekeken.',
  },
  fr: {
    organisation: 'Bruxelles Mobilité Services',
    name: 'Politique de bien-être 2027–2029',
    whyHere:
      'Nos équipes font vivre la mobilité à Bruxelles : leur santé est notre première ressource. L’absentéisme atteint 6,5 %.',
    slogan: 'Ensemble, en mouvement et en forme',
    initiative: 'Réunion d’équipe en marchant',
    action: 'Trajet de coaching pour les responsables',
    indicator: 'Engagement par service',
    stakeholder: 'Cellule bien-être et prévention',
    long: 'Les responsables reçoivent l’espace pour discuter chaque semaine avec leur équipe de ce qui donne et coûte de l’énergie ; l’accompagnement des absences de longue durée est revu.',
  },
} as const;

export function emptyDraft(locale: Locale): Draft {
  return envelope(locale, WORDS[locale].name, '', {});
}

/** Steps 1 and 4 partly filled, a few initiatives and actions; the rest empty. */
export function halfDraft(locale: Locale): Draft {
  const w = WORDS[locale];
  return envelope(locale, w.name, w.organisation, {
    why: {
      profile: { name: w.organisation, type: 'brussels-regional', sector: 'public-administration', staffCount: 310 },
      mission: w.long,
      whyHere: w.whyHere,
      drivers: ['absence', 'burnout'],
    },
    'as-is': {
      initiatives: [
        { uid: 'i1', title: w.initiative, lever: 'leadership', level: 'team', effort: 2, impact: 4 },
        { uid: 'i2', title: `${w.initiative} 2`, effort: null, impact: null },
      ],
    },
    'to-be': { slogan: w.slogan },
    action: {
      actions: [{ uid: 'a1', title: w.action, start: '2027-03', end: '2027-09', budget: 12500 }],
    },
  });
}

/** A large, complete-looking draft (40 actions unless told). */
export function largeDraft(locale: Locale, { actions = 40 }: { actions?: number } = {}): Draft {
  const w = WORDS[locale];
  const stakeholders = Array.from({ length: 15 }, (_, i) => ({
    uid: `s${i}`,
    actor: at(ACTORS, i),
    customName: at(ACTORS, i) === 'other' ? `${w.stakeholder} ${i + 1}` : '',
    who: i % 3 === 0 ? `${w.stakeholder} ${i + 1}` : '',
    influence: i % 2 ? 'high' : 'low',
    interest: i % 3 ? 'high' : 'low',
    role: w.long,
  }));
  const objectives = Array.from({ length: 5 }, (_, i) => ({
    uid: `so${i}`,
    name: `${w.slogan} ${i + 1}`,
    description: w.long,
    levers: [at(LEVERS, i), at(LEVERS, i + 2)],
  }));
  const operational = Array.from({ length: 8 }, (_, i) => ({
    uid: `oo${i}`,
    name: `${w.action} — ${i + 1}`,
    description: w.long,
    strategicObjectives: [`so${i % 5}`],
  }));
  return envelope(locale, w.name, w.organisation, {
    why: {
      profile: { name: w.organisation, type: 'brussels-regional', sector: 'public-administration', staffCount: 1250 },
      mission: `${w.long}\n\n${w.long}`,
      vision: w.long,
      values: [
        { uid: 'v1', name: w.slogan, meaning: w.long },
        { uid: 'v2', name: w.stakeholder, meaning: w.long },
      ],
      drivers: ['legal-duty', 'absence', 'burnout', 'retention'],
      driversOther: w.long,
      whyHere: `${w.whyHere}\n\n${w.long}`,
      levers: Object.fromEntries(
        LEVERS.map((lever, i) => [lever, { relevance: i % 2 ? 'high' : 'medium', note: w.long }]),
      ),
    },
    'as-is': {
      initiatives: Array.from({ length: 30 }, (_, i) => ({
        uid: `i${i}`,
        title: `${w.initiative} ${i + 1}`,
        description: i % 2 ? w.long : '',
        lever: at(LEVERS, i),
        level: at(LEVELS, i),
        targetGroup: w.stakeholder,
        effort: (i % 5) + 1,
        impact: ((i * 3) % 5) + 1,
      })),
      figures: {
        year: 2025,
        absencePercentage: locale === 'nl' ? 6.8 : 6.5,
        frequency: 1.2,
        averageDuration: 12.5,
        lastRiskAnalysis: '2025-05-12',
        lastSurvey: '2025-10-01',
      },
      demands: ['workload', 'deadlines', 'emotional-load'],
      demandsOther: [{ uid: 'd1', text: w.initiative }],
      resources: ['autonomy', 'social-support'],
    },
    roles: {
      stakeholders,
      tasks: Array.from({ length: 10 }, (_, t) => ({
        uid: `t${t}`,
        name: `${w.action} ${t + 1}`,
        assignments: Object.fromEntries(
          stakeholders.slice(t % 5, (t % 5) + 4).map((s, i) => [s.uid, at(RACI_ROLES, i)]),
        ),
      })),
      support: {
        ambassadors: w.long,
        participation: ['prevention-committee', 'staff-survey'],
        staffInvolvement: w.long,
      },
    },
    'to-be': {
      results: `${w.long}\n\n${w.whyHere}`,
      objectives,
      slogan: w.slogan,
      mirror: Object.fromEntries(
        LEVERS.map((lever, i) => [
          lever,
          i === 4 ? { leftOut: true, leftOutReason: w.long } : { today: w.long, tomorrow: `${w.slogan}. ${w.long}` },
        ]),
      ),
    },
    resources: {
      budgetLines: Array.from({ length: 12 }, (_, i) => ({
        uid: `b${i}`,
        category: at(BUDGET_CATEGORIES, i),
        description: `${w.action} ${i + 1}`,
        amount: 1250.5 * (i + 1) * 10,
        year: 2027 + (i % 3),
      })),
      staffTime: [
        { uid: 'st1', role: w.stakeholder, fte: 0.5 },
        { uid: 'st2', role: w.organisation, fte: 1.2 },
      ],
      expertise: [{ uid: 'e1', description: w.initiative, source: 'external' }],
      roi: {
        staffFte: 1180.5,
        workingDaysPerFte: 220,
        psychosocialShare: 30,
        dayCost: 280,
        reduction: { cautious: 5, middle: 10, optimistic: 20 },
        scenario: 'middle',
      },
      boardText: w.long,
    },
    action: {
      operationalObjectives: operational,
      actions: Array.from({ length: actions }, (_, i) => ({
        uid: `a${i}`,
        title: `${w.action} ${i + 1}`,
        description: i % 3 ? w.long : '',
        objectives: [`oo${i % 8}`],
        lever: at(LEVERS, i),
        level: at(LEVELS, i),
        buildingBlock: at(BUILDING_BLOCKS, i),
        owner: `s${i % 15}`,
        partners: i % 4 ? '' : w.stakeholder,
        start: `2027-${String((i % 12) + 1).padStart(2, '0')}`,
        end: `2028-${String((i % 12) + 1).padStart(2, '0')}`,
        budget: 2500 * ((i % 6) + 1),
        expectedResult: w.long,
        status: at(ACTION_STATUSES, i),
      })),
      communication: Array.from({ length: 10 }, (_, i) => ({
        uid: `c${i}`,
        audience: w.stakeholder,
        message: w.long,
        channel: at(CHANNELS, i),
        timing: '2027-03',
        owner: `s${i}`,
        nudges: ['easy', 'social'],
      })),
      offlineReach: w.long,
    },
    measure: {
      indicators: Array.from({ length: 20 }, (_, i) => ({
        uid: `m${i}`,
        catalogue: at(INDICATOR_CATALOGUE, i),
        name: i % 2 ? `${w.indicator} ${i + 1}` : '',
        definition: w.long,
        level: at(LEVELS, i),
        source: w.stakeholder,
        frequency: at(FREQUENCIES, i),
        baseline: locale === 'nl' ? '6,8 % (2025)' : '6,5 % (2025)',
        target: i % 3 ? '5 %' : '',
        owner: `s${i % 15}`,
        objectives: [`so${i % 5}`],
        actions: [`a${i}`],
      })),
      reviews: Array.from({ length: 8 }, (_, i) => ({
        uid: `r${i}`,
        date: `${2027 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-15`,
        phase: at(PDCA_PHASES, i),
        title: `${w.indicator} — ${i + 1}`,
        participants: w.stakeholder,
      })),
    },
  });
}

/** Markup that must stay text in every export (never interpreted as HTML or XML). */
export const HOSTILE = { script: '<script>alert(1)</script>', image: '<img src=x onerror=alert(1)>' } as const;

/** The half-filled draft with markup in its name, organisation, long texts and a table. */
export function hostileDraft(locale: Locale): Draft {
  const { script, image } = HOSTILE;
  const draft = halfDraft(locale);
  return {
    ...draft,
    name: script,
    organisation: image,
    steps: {
      ...draft.steps,
      why: { ...draft.steps.why, whyHere: `${script} ${image}`, mission: image },
      'as-is': {
        ...draft.steps['as-is'],
        initiatives: draft.steps['as-is'].initiatives.map((item) => ({ ...item, title: script, description: image })),
      },
      'to-be': { ...draft.steps['to-be'], slogan: image },
    },
  };
}

const EVALUATED = {
  nl: {
    objective: 'Minder verzuim',
    conclusions: 'Het verzuim daalt in alle diensten.',
    adjustments: 'We breiden de coaching uit naar de buitendiensten.',
    requests: 'Drie informele verzoeken, geen formele.',
    finding: 'De werkdruk in de buitendiensten blijft hoog.',
    findingTitle: 'Focusgroep buitendiensten',
    overall: 'Medewerkers waarderen het wandeloverleg.',
    benchmark: 'Gemiddelde Vlaamse overheid 2026',
  },
  fr: {
    objective: 'Moins d’absentéisme',
    // A space before the colon as users type it: the French export makes it a no-break space.
    conclusions: 'Bilan : l’absentéisme baisse dans tous les services.',
    adjustments: 'Nous étendons le coaching aux services extérieurs.',
    requests: 'Trois demandes informelles, aucune formelle.',
    finding: 'La charge de travail reste élevée dans les services extérieurs.',
    findingTitle: 'Groupe de discussion services extérieurs',
    overall: 'Le personnel apprécie les réunions en marchant.',
    benchmark: 'Moyenne de la Région 2026',
  },
} as const;

/** The words of `evaluatedDraft`, for the tests that look for them. */
export const evaluatedWords = (locale: Locale) => EVALUATED[locale];

/**
 * The half draft followed up for a year (2027) and evaluated: an absence indicator with baseline, target and a
 * benchmark, the organisation's values, a team of twelve (shown) and one of eight (never shown), a value and a
 * status change of 2028 (after the evaluated year), findings (one about the indicator, one overall), the action
 * done, and the evaluations of 2026 and 2027.
 */
export function evaluatedDraft(locale: Locale): Draft {
  const base = halfDraft(locale);
  const w = EVALUATED[locale];
  return draftSchema.parse({
    ...base,
    steps: {
      ...base.steps,
      action: {
        ...base.steps.action,
        operationalObjectives: [{ uid: 'o1', name: w.objective }],
        actions: base.steps.action.actions.map((action) => ({ ...action, objectives: ['o1'] })),
      },
      measure: {
        ...base.steps.measure,
        indicators: [{ uid: 'm1', catalogue: 'absence-percentage', baseline: '6,8', target: '5' }],
      },
    },
    followUp: {
      measurements: [
        { uid: 'v1', indicator: 'm1', date: '2027-03-31', value: 6.4, source: 'HR-dashboard' },
        { uid: 'v2', indicator: 'm1', date: '2027-06-30', value: 5.9 },
        { uid: 'v3', indicator: 'm1', date: '2027-09-30', value: 5.6 },
        { uid: 'v4', indicator: 'm1', date: '2027-06-30', value: 9.4, level: 'team', team: 'Onthaal', headcount: 8 },
        {
          uid: 'v5',
          indicator: 'm1',
          date: '2027-06-30',
          value: 7.3,
          level: 'team',
          team: 'Werkplaats',
          headcount: 12,
        },
        { uid: 'v6', indicator: 'm1', date: '2028-03-31', value: 4.2 },
      ],
      benchmarks: [{ uid: 'b1', indicator: 'm1', value: 6.1, label: w.benchmark }],
      findings: [
        {
          uid: 'f1',
          date: '2027-05-12',
          method: 'focus-group',
          indicator: 'm1',
          title: w.findingTitle,
          text: w.finding,
        },
        { uid: 'f2', date: '2027-10-03', method: 'interviews', indicator: null, title: '', text: w.overall },
      ],
      actions: [
        {
          uid: 'fa1',
          action: 'a1',
          history: [
            { uid: 'h1', date: '2027-03-01', status: 'in-progress', note: '' },
            { uid: 'h2', date: '2027-09-15', status: 'done', note: '' },
            { uid: 'h3', date: '2028-02-01', status: 'postponed', note: '' },
          ],
        },
      ],
      evaluations: [
        { uid: 'e0', year: 2026, date: '2026-12-08', conclusions: 'Nulmeting', adjustments: '' },
        {
          uid: 'e1',
          year: 2027,
          date: '2027-12-10',
          interventionRequests: w.requests,
          conclusions: w.conclusions,
          adjustments: w.adjustments,
        },
      ],
    },
  });
}

/**
 * The large fixture followed up for a full year (2027): for each of its 20 indicators a value per month for the
 * organisation and for two teams of twelve and fifteen people (720 measurements), a benchmark each, a finding per
 * month, three status changes for each of its 40 actions, and the evaluation of 2027. For the export budgets.
 */
export function followedUpDraft(locale: Locale): Draft {
  const base = largeDraft(locale);
  const w = EVALUATED[locale];
  const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
  const groups = [
    { level: 'organisation', team: '', headcount: null },
    { level: 'team', team: WORDS[locale].stakeholder, headcount: 12 },
    { level: 'team', team: `${WORDS[locale].stakeholder} 2`, headcount: 15 },
  ] as const;
  const measurements = base.steps.measure.indicators.flatMap((indicator, i) =>
    groups.flatMap((group, g) =>
      months.map((month, m) => ({
        uid: `v${i}-${g}-${m}`,
        indicator: indicator.uid,
        date: monthEnd(month),
        value: Math.round((6.8 - m * 0.1 + g * 0.4 + (i % 5) * 0.3) * 100) / 100,
        level: group.level,
        team: group.team,
        headcount: group.headcount,
        source: 'HR-dashboard',
      })),
    ),
  );
  return draftSchema.parse({
    ...base,
    followUp: {
      measurements,
      benchmarks: base.steps.measure.indicators.map((indicator, i) => ({
        uid: `b${i}`,
        indicator: indicator.uid,
        value: 6.1,
        label: w.benchmark,
      })),
      findings: months.map((month, m) => ({
        uid: `f${m}`,
        date: `${month}-15`,
        method: m % 2 ? 'interviews' : 'focus-group',
        indicator: m % 3 ? base.steps.measure.indicators[m]!.uid : null,
        title: w.findingTitle,
        text: w.finding,
      })),
      actions: base.steps.action.actions.map((action, a) => ({
        uid: `fa${a}`,
        action: action.uid,
        history: [
          { uid: `h${a}-1`, date: '2027-02-01', status: 'in-progress', note: '' },
          { uid: `h${a}-2`, date: '2027-06-15', status: a % 4 ? 'in-progress' : 'postponed', note: w.finding },
          { uid: `h${a}-3`, date: '2027-11-30', status: a % 3 ? 'done' : 'stopped', note: '' },
        ],
      })),
      evaluations: [
        {
          uid: 'e1',
          year: 2027,
          date: '2027-12-10',
          interventionRequests: w.requests,
          conclusions: w.conclusions,
          adjustments: w.adjustments,
        },
      ],
      surveys: [],
    },
  });
}
