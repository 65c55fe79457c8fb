import { z } from 'zod/mini';

/**
 * Shared building blocks for step schemas (zod/mini: the functional API keeps
 * the schemas out of the way of the first-load budget).
 *
 * Every step schema is tolerant of a half-filled form (strings default to '',
 * choices to null, lists to []) so autosave can store work in progress. What a
 * step needs before it counts as completed is expressed in the same file with
 * a completion refinement. Error messages are message keys (see messages/),
 * never prose: components translate them.
 *
 * Each helper also records what kind of field it is (`fieldMeta`): its length
 * limit, its number bounds, its list maximum and empty entry. The form kit
 * (components/ui/form) and the autosave read them from the schema, so a limit
 * is written once.
 */

export const LIMITS = {
  short: 200,
  long: 5000,
} as const;

/**
 * What the user typed is kept as typed, beside the stored value, while the
 * schema rejects it (too long, not a number): up to this many times the
 * field's limit (`typedCap`), so an accidental huge paste cannot fill the disk.
 */
export const TYPED_CAP_FACTOR = 10;

export type FieldMeta =
  | { kind: 'text'; max: number; multiline: boolean }
  | { kind: 'number'; whole: boolean; min: number; max: number; errors: { number: string; range: string } }
  | { kind: 'choice' | 'choices' | 'date' | 'month' | 'ref' | 'refs' | 'flag' }
  /** A choice that always holds a value (`choiceOr`): never "(optional)", there is nothing to leave empty. */
  | { kind: 'choice'; always: true }
  | { kind: 'list'; max: number; item: z.ZodMiniType };

const META = new WeakMap<object, FieldMeta>();

function tagged<T extends object>(schema: T, meta: FieldMeta): T {
  META.set(schema, meta);
  return schema;
}

/** The kind of field a schema helper built, if any. */
export function fieldMeta(schema: unknown): FieldMeta | undefined {
  return schema && typeof schema === 'object' ? META.get(schema) : undefined;
}

/** How many characters of rejected input are kept as typed for a field. */
export function typedCap(meta: FieldMeta): number {
  return (meta.kind === 'text' ? meta.max : LIMITS.short) * TYPED_CAP_FACTOR;
}

interface Def {
  type: string;
  innerType?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
}

function defOf(schema: unknown): Def | undefined {
  const zod = (schema as { _zod?: { def?: Def } } | null)?._zod;
  return zod?.def;
}

/**
 * The helper-built schema at a form path ("values.2.name", or the same split
 * on dots) inside a step schema, or undefined when there is none.
 */
export function schemaAt(root: unknown, path: string | readonly (string | number)[]): unknown {
  const keys = typeof path === 'string' ? path.split('.') : path.map(String);
  let current: unknown = root;
  for (let index = 0; ;) {
    if (index === keys.length) return current;
    const meta = fieldMeta(current);
    if (meta && meta.kind !== 'list') return undefined;
    const def = defOf(current);
    if (!def) return undefined;
    if (def.innerType !== undefined) {
      current = def.innerType;
      continue;
    }
    const key = keys[index] as string;
    if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, key)) current = def.shape[key];
    else if (def.type === 'array' && /^\d+$/.test(key)) current = def.element;
    else return undefined;
    index += 1;
  }
}

/** The field meta at a form path of a step schema. */
export function fieldMetaAt(root: unknown, path: string | readonly (string | number)[]): FieldMeta | undefined {
  return fieldMeta(schemaAt(root, path));
}

/** A list's maximum and a new empty entry, read from the list's schema. */
export function listAt(
  root: unknown,
  path: string,
): { max: number; empty: (uid: string) => Record<string, unknown> } | undefined {
  const meta = fieldMetaAt(root, path);
  if (meta?.kind !== 'list') return undefined;
  const item = meta.item as z.ZodMiniType<Record<string, unknown>>;
  return { max: meta.max, empty: (uid) => item.parse({ uid }) };
}

/** An empty value of a schema in which every list holds one empty entry (to find what is required). */
function probeValue(schema: unknown): unknown {
  const meta = fieldMeta(schema);
  if (meta?.kind === 'list') {
    const entry = probeValue(meta.item);
    return [{ ...(entry as object), uid: 'probe' }];
  }
  if (meta) return (schema as z.ZodMiniType).safeParse(undefined).data;
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.innerType !== undefined) return probeValue(def.innerType);
  if (def.type === 'object' && def.shape) {
    return Object.fromEntries(Object.entries(def.shape).map(([key, inner]) => [key, probeValue(inner)]));
  }
  return (schema as z.ZodMiniType).safeParse(undefined).data;
}

/** A form path with list positions replaced by "*": "values.2.name" → "values.*.name". */
export function pathPattern(path: string | readonly (string | number)[]): string {
  const keys = typeof path === 'string' ? path.split('.') : path.map(String);
  return keys.map((key) => (/^\d+$/.test(key) ? '*' : key)).join('.');
}

const REQUIRED = new WeakMap<object, ReadonlySet<string>>();

/**
 * The fields a step needs before it is complete, as path patterns, found by
 * asking the completion schema about an empty step in which each list has one
 * empty entry. Fields the rule does not flag then are shown as "(optional)".
 */
export function requiredPaths(schema: object, complete: z.ZodMiniType): ReadonlySet<string> {
  const known = REQUIRED.get(complete);
  if (known) return known;
  const result = complete.safeParse(probeValue(schema));
  const paths = new Set(
    (result.error?.issues ?? []).map((issue) =>
      pathPattern(issue.path.filter((key): key is string | number => typeof key !== 'symbol')),
    ),
  );
  REQUIRED.set(complete, paths);
  return paths;
}

export const shortText = () =>
  tagged(z._default(z.string().check(z.maxLength(LIMITS.short, { error: 'validation.tooLong' })), ''), {
    kind: 'text',
    max: LIMITS.short,
    multiline: false,
  });

export const longText = () =>
  tagged(z._default(z.string().check(z.maxLength(LIMITS.long, { error: 'validation.tooLong' })), ''), {
    kind: 'text',
    max: LIMITS.long,
    multiline: true,
  });

/** A yes/no the user ticks (a checkbox); false until ticked. */
export const flag = () => tagged(z._default(z.boolean(), false), { kind: 'flag' });

/** A single choice from a code list; null until the user picks one. */
export const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  tagged(z._default(z.nullable(z.enum(codes, { error: 'validation.invalidChoice' })), null), { kind: 'choice' });

/** A single choice from a code list that always holds one (a status): `fallback` until the user picks another. */
export const choiceOr = <const T extends readonly [string, ...string[]]>(codes: T, fallback: T[number]) =>
  tagged(z._default(z.enum(codes, { error: 'validation.invalidChoice' }), fallback), { kind: 'choice', always: true });

/** Several choices from a code list, without duplicates. */
export const choices = <const T extends readonly [string, ...string[]]>(codes: T) =>
  tagged(
    z._default(
      z
        .array(z.enum(codes, { error: 'validation.invalidChoice' }))
        .check(z.refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' })),
      [],
    ),
    { kind: 'choices' },
  );

/** Stable identity for list entries. Named `uid` because react-hook-form reserves `id`. */
export const uid = () => z.string().check(z.minLength(1), z.maxLength(64));

export function newUid(): string {
  return crypto.randomUUID();
}

/** True when a text field holds something other than whitespace. */
export const filled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/**
 * Completion refinements run even when a field failed its own check (zod
 * skips them by default), so "Save and continue" lists every problem at once.
 * Such refinements must therefore read the data defensively.
 */
export const completeEvenWhenInvalid = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** Form input → stored value: an empty select or field means "not answered" (null). */
export const emptyToNull = (value: unknown): unknown => (value === '' ? null : value);

/**
 * Form input → whole number, accepting Belgian thousands separators
 * ("1.250", "1 250", "1\u202f250"). Empty becomes null; anything else is
 * returned as typed, so validation can say what to fix.
 */
export function parseWholeNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.trim().replace(/[\s.\u202f\u00a0]/g, '');
  if (compact === '') return null;
  return /^\d+$/.test(compact) ? Number(compact) : value;
}

/** A list of entries with `uid`s, empty by default, with an upper bound. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  tagged(z._default(z.array(item).check(z.maxLength(max, { error: 'validation.tooMany' })), []), {
    kind: 'list',
    max,
    item,
  });

/** A reference to another entity by its `uid`; null when not linked. */
export const ref = () => tagged(z._default(z.nullable(uid()), null), { kind: 'ref' });

/** References to several entities by `uid`, without duplicates. */
export const refs = () =>
  tagged(
    z._default(
      z.array(uid()).check(z.refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' })),
      [],
    ),
    { kind: 'refs' },
  );

/** A score on a 1–5 scale (effort, impact); null until the user scores. */
export const score = () =>
  tagged(
    z._default(
      z.nullable(
        z
          .int({ error: 'validation.score' })
          .check(z.gte(1, { error: 'validation.score' }), z.lte(5, { error: 'validation.score' })),
      ),
      null,
    ),
    { kind: 'choice' },
  );

/** A number within bounds (decimals allowed); null until answered. */
export const decimal = (min: number, max: number) =>
  tagged(
    z._default(
      z.nullable(
        z
          .number({ error: 'validation.number' })
          .check(z.gte(min, { error: 'validation.numberRange' }), z.lte(max, { error: 'validation.numberRange' })),
      ),
      null,
    ),
    {
      kind: 'number',
      whole: false,
      min,
      max,
      errors: { number: 'validation.number', range: 'validation.numberRange' },
    },
  );

/** A whole number within bounds; null until answered. */
export const wholeNumber = (
  min: number,
  max: number,
  errors: { number: string; range: string } = { number: 'validation.wholeNumber', range: 'validation.numberRange' },
) =>
  tagged(
    z._default(
      z.nullable(
        z.int({ error: errors.number }).check(z.gte(min, { error: errors.range }), z.lte(max, { error: errors.range })),
      ),
      null,
    ),
    { kind: 'number', whole: true, min, max, errors },
  );

/** A calendar date as YYYY-MM-DD (what `<input type="date">` gives); null when empty. */
export const isoDate = () =>
  tagged(z._default(z.nullable(z.iso.date({ error: 'validation.date' })), null), { kind: 'date' });

/** A calendar month as YYYY-MM (what `<input type="month">` gives); null when empty. */
export const MONTH_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
export const month = () =>
  tagged(z._default(z.nullable(z.string().check(z.regex(MONTH_PATTERN, { error: 'validation.month' }))), null), {
    kind: 'month',
  });

/**
 * Form input → decimal number, in Belgian or international notation:
 * "6,8" and "6.8" are 6.8; "12.500" and "12 500" are 12500; "1.250,50" is
 * 1250.5. Empty becomes null; anything else is returned as typed, so
 * validation can say what to fix.
 */
export function parseDecimal(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  let text = value
    .trim()
    .replace(/[\s\u202f\u00a0]/g, '')
    .replace(/^€|€$/g, '')
    .replace(/%$/, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalMark = lastComma > lastDot ? ',' : '.';
    const thousands = decimalMark === ',' ? '.' : ',';
    text = text.replaceAll(thousands, '').replace(decimalMark, '.');
  } else if (lastComma >= 0) {
    text = /^-?\d{1,3}(,\d{3}){2,}$/.test(text) ? text.replaceAll(',', '') : text.replace(',', '.');
  } else if (lastDot >= 0 && /^-?\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replaceAll('.', '');
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
}
