import { getStep, STEPS, type StepId } from '@/lib/steps/registry';
import type { Draft } from './envelope';

export type StepStatus = 'not-started' | 'in-progress' | 'completed';

/**
 * Derived, never stored: a step is not started while its data equals the
 * schema's empty value, completed when it passes the step's completion schema
 * and holds no text typed but not valid yet, and in progress otherwise.
 */
export function stepStatus(draft: Draft, id: StepId): StepStatus {
  const step = getStep(id);
  const data = draft.steps[id];
  // Text typed but not valid yet (draft.typed) is work in progress, never complete.
  const typed = Object.keys(draft.typed[id] ?? {}).length > 0;
  if (!typed && stableStringify(data) === stableStringify(step.schema.parse({}))) return 'not-started';
  return !typed && step.complete.safeParse(data).success ? 'completed' : 'in-progress';
}

export function completedCount(draft: Draft): number {
  return STEPS.filter((step) => stepStatus(draft, step.id) === 'completed').length;
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
