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
