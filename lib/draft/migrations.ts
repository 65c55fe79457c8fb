import { SCHEMA_VERSION } from './envelope';

/**
 * Migration chain. `MIGRATIONS[n]` turns a version-n draft into version n+1.
 * Every schema change adds one entry and a fixture of the old version under
 * lib/draft/fixtures/ (see the migration tests).
 */
type Migration = (draft: Record<string, unknown>) => Record<string, unknown>;

/** Steps 2–7 held only working notes in version 1. */
const V1_NOTES_STEPS = ['as-is', 'roles', 'to-be', 'resources', 'action', 'measure'] as const;

export const MIGRATIONS: Record<number, Migration> = {
  /**
   * 1 → 2: steps 2–7 get their full forms. The working notes written in
   * version 1 are kept as each step's notes; anything else in those steps
   * (there was nothing else) is dropped, and new fields take their defaults.
   */
  1: (draft) => {
    const steps = isPlainObject(draft.steps) ? { ...draft.steps } : {};
    for (const id of V1_NOTES_STEPS) {
      const old = steps[id];
      const notes = isPlainObject(old) && typeof old.notes === 'string' ? old.notes : '';
      steps[id] = { notes };
    }
    return { ...draft, steps };
  },
  /**
   * 2 → 3: step 2 asks what the evaluation of the previous plan showed
   * (`evaluation`). A version-2 draft continues no earlier plan in the app, so
   * it gets an empty evaluation; everything else is kept as it is.
   */
  2: (draft) => {
    const steps = isPlainObject(draft.steps) ? { ...draft.steps } : {};
    const asIs = isPlainObject(steps['as-is']) ? steps['as-is'] : {};
    steps['as-is'] = { ...asIs, evaluation: { previousPlan: '', findings: '' } };
    return { ...draft, steps };
  },
  /**
   * 3 → 4: step 6 records the plan's approval: the dates of the advice of the
   * prevention service, the prevention adviser for psychosocial aspects and the
   * committee, and of the management's sign-off. A version-3 draft recorded
   * none of them, so all four start empty; everything else is kept.
   */
  3: (draft) => {
    const steps = isPlainObject(draft.steps) ? { ...draft.steps } : {};
    const action = isPlainObject(steps.action) ? steps.action : {};
    steps.action = {
      ...action,
      approval: {
        preventionServiceAdvice: null,
        psychosocialAdvice: null,
        committeeAdvice: null,
        managementApproval: null,
      },
    };
    return { ...draft, steps };
  },
  /**
   * 4 → 5: what was typed but not valid yet is kept beside the values
   * (`typed`; a version-4 draft has none), and step 1 gets working notes like
   * the other steps (empty).
   */
  4: (draft) => {
    const steps = isPlainObject(draft.steps) ? { ...draft.steps } : {};
    const why = isPlainObject(steps.why) ? steps.why : {};
    steps.why = { ...why, notes: '' };
    return { ...draft, steps, typed: {} };
  },
  /**
   * 5 → 6: the follow-up (measurements, benchmarks, findings, action status
   * over time, yearly evaluations) is stored beside the steps. A version-5
   * draft recorded none, so it starts empty; the steps are kept as they are.
   */
  5: (draft) => ({
    ...draft,
    followUp: { measurements: [], benchmarks: [], findings: [], actions: [], evaluations: [] },
  }),
  /**
   * 6 → 7: the follow-up keeps imported staff surveys (their results, and the
   * step 6 actions linked to them from the priority matrix). A version-6 draft
   * imported none, so it gets an empty list; everything else is kept.
   */
  6: (draft) => {
    const followUp = isPlainObject(draft.followUp) ? draft.followUp : {};
    return { ...draft, followUp: { ...followUp, surveys: [] } };
  },
};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: 'not-an-object' | 'no-version' | 'newer-version' | 'unknown-version' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrate(raw: unknown): MigrationResult {
  if (!isPlainObject(raw)) return { ok: false, error: 'not-an-object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'no-version' };
  }
  if (version > SCHEMA_VERSION) return { ok: false, error: 'newer-version' };
  let current: Record<string, unknown> = raw;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, error: 'unknown-version' };
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { ok: true, value: current };
}
