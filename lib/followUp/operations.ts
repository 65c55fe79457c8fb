import { draftSchema, type Draft } from '@/lib/draft/envelope';
import { LIMITS } from '@/lib/steps/fields';
import type { Evaluation, Finding, FollowUp, Measurement, StatusChange } from './schema';
import { sortedHistory } from './progress';

/**
 * Pure edits of a draft's follow-up, each returning a new draft (parsed, so a list over its maximum or a value
 * out of range throws instead of being stored half-way; the forms validate first).
 */

function withFollowUp(draft: Draft, followUp: FollowUp): Draft {
  return draftSchema.parse({ ...draft, followUp });
}

export function addMeasurement(draft: Draft, measurement: Measurement): Draft {
  return addMeasurements(draft, [measurement]);
}

/** Adds many (an imported file) at once; throws past the list's maximum, so nothing is stored half-way. */
export function addMeasurements(draft: Draft, measurements: readonly Measurement[]): Draft {
  return withFollowUp(draft, { ...draft.followUp, measurements: [...draft.followUp.measurements, ...measurements] });
}

export function removeMeasurement(draft: Draft, uid: string): Draft {
  const measurements = draft.followUp.measurements.filter((measurement) => measurement.uid !== uid);
  return withFollowUp(draft, { ...draft.followUp, measurements });
}

export function addFinding(draft: Draft, finding: Finding): Draft {
  return withFollowUp(draft, { ...draft.followUp, findings: [...draft.followUp.findings, finding] });
}

export function removeFinding(draft: Draft, uid: string): Draft {
  return withFollowUp(draft, {
    ...draft.followUp,
    findings: draft.followUp.findings.filter((finding) => finding.uid !== uid),
  });
}

/** Sets (or, with a null value, removes) the benchmark of an indicator. */
export function setBenchmark(
  draft: Draft,
  indicator: string,
  benchmark: { value: number | null; label: string },
  newUid: string,
): Draft {
  const others = draft.followUp.benchmarks.filter((entry) => entry.indicator !== indicator);
  const existing = draft.followUp.benchmarks.find((entry) => entry.indicator === indicator);
  const benchmarks =
    benchmark.value === null && !benchmark.label.trim()
      ? others
      : [...others, { uid: existing?.uid ?? newUid, indicator, value: benchmark.value, label: benchmark.label }];
  return withFollowUp(draft, { ...draft.followUp, benchmarks });
}

/**
 * Records an action's status change: appended to its history, and step 6's status follows the latest change
 * (so the plan, its exports and next year's plan show where the action stands).
 */
export function recordStatus(draft: Draft, action: string, change: StatusChange, newUid: string): Draft {
  const entries = draft.followUp.actions;
  const existing = entries.find((entry) => entry.action === action);
  const updated = existing
    ? entries.map((entry) => (entry === existing ? { ...entry, history: [...entry.history, change] } : entry))
    : [...entries, { uid: newUid, action, history: [change] }];
  const history = sortedHistory(updated.find((entry) => entry.action === action)?.history ?? []);
  const latest = history.filter((item) => item.status !== null).at(-1)?.status;
  const actions = draft.steps.action.actions.map((item) =>
    item.uid === action && latest ? { ...item, status: latest } : item,
  );
  return draftSchema.parse({
    ...draft,
    steps: { ...draft.steps, action: { ...draft.steps.action, actions } },
    followUp: { ...draft.followUp, actions: updated },
  });
}

/** Stores an evaluation, replacing the one with the same uid. */
export function saveEvaluation(draft: Draft, evaluation: Evaluation): Draft {
  const others = draft.followUp.evaluations.filter((entry) => entry.uid !== evaluation.uid);
  const evaluations = [...others, evaluation].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return withFollowUp(draft, { ...draft.followUp, evaluations });
}

/** The evaluation of the latest year (the latest dated among equals); null when none was written. */
export function latestEvaluation(followUp: FollowUp): Evaluation | null {
  const sorted = [...followUp.evaluations].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.date ?? '').localeCompare(b.date ?? ''),
  );
  return sorted.at(-1) ?? null;
}

/** The evaluation with this uid, else the latest one; null when none was written. */
export function chosenEvaluation(followUp: FollowUp, uid: string | null): Evaluation | null {
  return followUp.evaluations.find((entry) => entry.uid === uid) ?? latestEvaluation(followUp);
}

/** What the evaluation showed, as step 2 asks it of next year's plan: the conclusions, then the adjustments. */
export function evaluationFindings(evaluation: Evaluation | null): string {
  if (!evaluation) return '';
  return [evaluation.conclusions.trim(), evaluation.adjustments.trim()].filter(Boolean).join('\n\n');
}

/** Whether a findings text fits step 2's field; when not, it is kept as typed (draft.typed) for the user to shorten. */
export const fitsFindings = (text: string): boolean => text.length <= LIMITS.long;
