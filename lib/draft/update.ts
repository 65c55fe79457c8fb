import { getStep, type StepDataMap, type StepId } from '@/lib/steps/registry';
import type { Draft } from './envelope';

type Path = readonly (string | number)[];

function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = setAt(copy[Number(head)], rest, replacement);
    return copy;
  }
  const base = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>) : {};
  const next = { ...base, [head]: setAt(base[head], rest, replacement) };
  if (replacement === undefined && rest.length === 0) delete next[head];
  return next;
}

/**
 * Turn what a form holds into storable step data. Values the schema rejects
 * (a half-typed number, say) fall back to the last stored value, so autosave
 * never stores invalid data and never throws away the rest of the form.
 */
export function sanitizeStepData<Id extends StepId>(
  id: Id,
  values: unknown,
  previous: StepDataMap[Id],
): StepDataMap[Id] {
  const { schema } = getStep(id);
  let candidate = values;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data as StepDataMap[Id];
    for (const issue of parsed.error.issues) {
      // Fall back at the field that failed; for list-level failures, the list.
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      candidate = setAt(candidate, path, getAt(previous, path));
    }
  }
  return previous;
}

/** Pure: the draft with one step's data replaced. Does not bump the revision. */
export function withStepData<Id extends StepId>(draft: Draft, id: Id, data: StepDataMap[Id]): Draft {
  const steps = { ...draft.steps, [id]: data };
  let organisation = draft.organisation;
  if (id === 'why') {
    const name = (data as StepDataMap['why']).profile.name.trim();
    if (name) organisation = name;
  }
  return { ...draft, organisation, steps };
}
