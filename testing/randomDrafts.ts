import fc from 'fast-check';
import type { Locale } from '@/i18n/routing';
import { draftSchema, SCHEMA_VERSION, type Draft } from '@/lib/draft/envelope';
import { ACTION_STATUSES, BUILDING_BLOCKS, CHANNELS } from '@/lib/steps/action';
import { FREQUENCIES, INDICATOR_CATALOGUE, PDCA_PHASES } from '@/lib/steps/measure';
import { BUDGET_CATEGORIES, SCENARIOS } from '@/lib/steps/resources';
import { ACTORS, GRID_LEVELS, RACI_ROLES } from '@/lib/steps/roles';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { DRIVERS, ORGANISATION_TYPES, SECTORS } from '@/lib/steps/why';

/**
 * Random valid drafts for the exports' property tests (PDF and Word): every
 * step filled with codes from the registry's lists and text as users type it.
 */

/** Text as users type it: accents, apostrophes, line breaks, long words, now and then empty. */
const text = (max: number) =>
  fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'grapheme', maxLength: max }).filter((value) => value.length <= 200), // short fields hold 200 UTF-16 units
    fc.stringMatching(/^[A-Za-zéèëïçàœ’' \n-]{1,80}$/),
    fc.constant('Ziekteafwezigheidspercentagebegeleidingstraject'),
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const uid = fc.uuid();
const month = fc
  .tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const date = month.map((m) => `${m}-15`);
const few = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 4 });
const some = <T extends string>(codes: readonly T[]) => fc.subarray([...codes]);

export const randomSteps = fc.record({
  why: fc.record({
    profile: fc.record({
      name: text(60),
      type: maybe(fc.constantFrom(...ORGANISATION_TYPES)),
      sector: maybe(fc.constantFrom(...SECTORS)),
      staffCount: maybe(fc.integer({ min: 1, max: 1_000_000 })),
    }),
    mission: text(300),
    values: few(fc.record({ uid, name: text(40), meaning: text(100) })),
    drivers: some(DRIVERS),
    whyHere: text(300),
  }),
  'as-is': fc.record({
    evaluation: fc.record({ previousPlan: text(60), findings: text(300) }),
    initiatives: few(
      fc.record({
        uid,
        title: text(60),
        description: text(200),
        lever: maybe(fc.constantFrom(...LEVERS)),
        level: maybe(fc.constantFrom(...LEVELS)),
        effort: maybe(fc.integer({ min: 1, max: 5 })),
        impact: maybe(fc.integer({ min: 1, max: 5 })),
      }),
    ),
    figures: fc.record({
      absencePercentage: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      lastSurvey: maybe(date),
      lastRiskAnalysis: maybe(date),
    }),
  }),
  roles: fc.record({
    stakeholders: few(
      fc.record({
        uid,
        actor: maybe(fc.constantFrom(...ACTORS)),
        customName: text(40),
        influence: maybe(fc.constantFrom(...GRID_LEVELS)),
        interest: maybe(fc.constantFrom(...GRID_LEVELS)),
        role: text(100),
      }),
    ),
    tasks: few(
      fc.record({
        uid,
        name: text(40),
        assignments: fc.dictionary(uid, fc.constantFrom(...RACI_ROLES), { maxKeys: 3 }),
      }),
    ),
  }),
  'to-be': fc.record({
    results: text(300),
    slogan: text(60),
    objectives: few(fc.record({ uid, name: text(60), levers: some(LEVERS) })),
    mirror: fc.record(
      Object.fromEntries(
        LEVERS.map((lever) => [
          lever,
          fc.record({ today: text(100), tomorrow: text(100), leftOut: fc.boolean(), leftOutReason: text(60) }),
        ]),
      ),
      { requiredKeys: [] },
    ),
  }),
  resources: fc.record({
    budgetLines: few(
      fc.record({
        uid,
        category: maybe(fc.constantFrom(...BUDGET_CATEGORIES)),
        description: text(60),
        amount: maybe(fc.double({ min: 0, max: 1_000_000_000, noNaN: true })),
        year: maybe(fc.integer({ min: 2000, max: 2100 })),
      }),
    ),
    staffTime: few(fc.record({ uid, role: text(40), fte: maybe(fc.double({ min: 0, max: 100, noNaN: true })) })),
    roi: fc.record({
      staffFte: maybe(fc.double({ min: 0, max: 100_000, noNaN: true })),
      workingDaysPerFte: maybe(fc.integer({ min: 1, max: 366 })),
      psychosocialShare: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      dayCost: maybe(fc.double({ min: 0, max: 10_000, noNaN: true })),
      reduction: fc.record({
        cautious: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
        middle: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
        optimistic: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      }),
      scenario: fc.constantFrom(...SCENARIOS),
    }),
    boardText: text(200),
  }),
  action: fc.record({
    actions: few(
      fc.record({
        uid,
        title: text(60),
        lever: maybe(fc.constantFrom(...LEVERS)),
        buildingBlock: maybe(fc.constantFrom(...BUILDING_BLOCKS)),
        start: maybe(month),
        end: maybe(month),
        budget: maybe(fc.double({ min: 0, max: 1_000_000, noNaN: true })),
        status: fc.constantFrom(...ACTION_STATUSES),
      }),
    ),
    communication: few(
      fc.record({ uid, audience: text(40), message: text(150), channel: maybe(fc.constantFrom(...CHANNELS)) }),
    ),
  }),
  measure: fc.record({
    indicators: few(
      fc.record({
        uid,
        catalogue: maybe(fc.constantFrom(...INDICATOR_CATALOGUE)),
        name: text(60),
        frequency: maybe(fc.constantFrom(...FREQUENCIES)),
        target: text(20),
      }),
    ),
    reviews: few(fc.record({ uid, date: maybe(date), phase: maybe(fc.constantFrom(...PDCA_PHASES)), title: text(60) })),
  }),
});

/** A valid draft around random step data, as the app stores it. */
export function randomDraft(steps: unknown, locale: Locale): Draft {
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid: 'random',
    name: 'Plan',
    organisation: '',
    locale,
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-02T09:15:00.000Z',
    revision: 0,
    steps,
  });
}

/** What one export of a random draft takes: the draft, its document language and version. */
export const randomExports = fc
  .record({
    steps: randomSteps,
    locale: fc.constantFrom('nl' as const, 'fr' as const),
    status: fc.constantFrom('draft' as const, 'final' as const),
  })
  .map(({ steps, locale, status }) => ({
    draft: randomDraft(steps, locale),
    locale,
    options: { status, date: '2026-11-23' },
  }));
