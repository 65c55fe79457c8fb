import type { z } from 'zod/mini';
import { fieldMetaAt, parseDecimal, parseWholeNumber, typedCap } from '@/lib/steps/fields';
import { getStep, type StepDataMap, type StepId } from '@/lib/steps/registry';
import type { Draft } from './envelope';

type Path = readonly (string | number)[];
/** A step's schema; the save path takes it as a parameter only so that scripts/bench-save-node.mts can lift list maximums. */
type StepSchema = Pick<z.ZodMiniType, 'safeParse'>;

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
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
  schema: StepSchema = getStep(id).schema,
): StepDataMap[Id] {
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

/**
 * The texts in a form's values that the stored data does not hold as typed
 * (a text over its limit, a word in a number field), by form path. Only
 * fields built by the schema helpers count, each up to its hard cap
 * (`typedCap`, ten times its limit): beyond it the input itself stops.
 */
export function typedInputs<Id extends StepId>(
  id: Id,
  values: unknown,
  data: StepDataMap[Id],
  schema: StepSchema = getStep(id).schema,
): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'number') {
      // A number out of its range: kept as typed too, so the reload shows it with its error.
      if (getAt(data, path) !== value && fieldMetaAt(schema, path)?.kind === 'number')
        out[path.join('.')] = String(value);
    } else if (typeof value === 'string') {
      if (getAt(data, path) === value) return;
      const meta = fieldMetaAt(schema, path);
      if (!meta || (meta.kind !== 'text' && meta.kind !== 'number')) return;
      out[path.join('.')] = value.slice(0, typedCap(meta));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
    }
  };
  visit(values, []);
  return out;
}

/**
 * The form values of a step as the user left them: the stored data with the
 * typed texts put back. With the step's `id`, a number field gets what its
 * input makes of the text (a number out of range, or the text as typed).
 */
export function withTyped<T>(data: T, typed: Readonly<Record<string, string>> | undefined, id?: StepId): T {
  let out: unknown = data;
  for (const [path, text] of Object.entries(typed ?? {})) {
    const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const meta = id ? fieldMetaAt(getStep(id).schema, keys) : undefined;
    const value = meta?.kind !== 'number' ? text : meta.whole ? parseWholeNumber(text) : parseDecimal(text);
    out = setAt(out, keys, value);
  }
  return out as T;
}

/**
 * Pure: the draft with one step's form values stored: the valid data, and
 * beside it what was typed but is not valid yet (`draft.typed`).
 */
export function withStepValues<Id extends StepId>(
  draft: Draft,
  id: Id,
  values: unknown,
  schema: StepSchema = getStep(id).schema,
): Draft {
  const data = sanitizeStepData(id, values, draft.steps[id], schema);
  const typed = typedInputs(id, values, data, schema);
  const before = draft.typed[id];
  const same =
    Object.keys(typed).length === Object.keys(before ?? {}).length &&
    Object.entries(typed).every(([path, text]) => before?.[path] === text);
  const next = withStepData(draft, id, data);
  if (same) return next;
  const all = { ...draft.typed };
  if (Object.keys(typed).length) all[id] = typed;
  else delete all[id];
  return { ...next, typed: all };
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
