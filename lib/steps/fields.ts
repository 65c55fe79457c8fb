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
 */

export const LIMITS = {
  short: 200,
  long: 5000,
} as const;

export const shortText = () =>
  z._default(z.string().check(z.maxLength(LIMITS.short, { error: 'validation.tooLong' })), '');

export const longText = () =>
  z._default(z.string().check(z.maxLength(LIMITS.long, { error: 'validation.tooLong' })), '');

/** A single choice from a code list; null until the user picks one. */
export const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z._default(z.nullable(z.enum(codes, { error: 'validation.invalidChoice' })), null);

/** Several choices from a code list, without duplicates. */
export const choices = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z._default(
    z
      .array(z.enum(codes, { error: 'validation.invalidChoice' }))
      .check(z.refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' })),
    [],
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
  z._default(z.array(item).check(z.maxLength(max, { error: 'validation.tooMany' })), []);

/** A reference to another entity by its `uid`; null when not linked. */
export const ref = () => z._default(z.nullable(uid()), null);

/** References to several entities by `uid`, without duplicates. */
export const refs = () =>
  z._default(
    z.array(uid()).check(z.refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' })),
    [],
  );

/** A score on a 1–5 scale (effort, impact); null until the user scores. */
export const score = () =>
  z._default(
    z.nullable(
      z
        .int({ error: 'validation.score' })
        .check(z.gte(1, { error: 'validation.score' }), z.lte(5, { error: 'validation.score' })),
    ),
    null,
  );

/** A number within bounds (decimals allowed); null until answered. */
export const decimal = (min: number, max: number) =>
  z._default(
    z.nullable(
      z
        .number({ error: 'validation.number' })
        .check(z.gte(min, { error: 'validation.numberRange' }), z.lte(max, { error: 'validation.numberRange' })),
    ),
    null,
  );

/** A whole number within bounds; null until answered. */
export const wholeNumber = (min: number, max: number) =>
  z._default(
    z.nullable(
      z
        .int({ error: 'validation.wholeNumber' })
        .check(z.gte(min, { error: 'validation.numberRange' }), z.lte(max, { error: 'validation.numberRange' })),
    ),
    null,
  );

/** A calendar date as YYYY-MM-DD (what `<input type="date">` gives); null when empty. */
export const isoDate = () => z._default(z.nullable(z.iso.date({ error: 'validation.date' })), null);

/** A calendar month as YYYY-MM (what `<input type="month">` gives); null when empty. */
export const MONTH_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
export const month = () =>
  z._default(z.nullable(z.string().check(z.regex(MONTH_PATTERN, { error: 'validation.month' }))), null);

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
