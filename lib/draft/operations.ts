import { isolate } from '@/lib/bidi';
import { DRAFT_NAME_MAX, draftSchema, type Draft } from './envelope';

/** Pure operations on the draft list. Storage is done by the caller. */

export function renamed(draft: Draft, name: string): Draft {
  return draftSchema.parse({ ...draft, name });
}

/** A copy with a fresh identity and history; the step data is kept whole. */
export function duplicated(
  draft: Draft,
  name: string,
  now: Date = new Date(),
  uid: string = crypto.randomUUID(),
): Draft {
  const timestamp = now.toISOString();
  return draftSchema.parse({
    ...structuredClone(draft),
    uid,
    name,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
  });
}

/**
 * A draft name that puts the app's words around the user's name (`format` is
 * given the name, isolated: lib/bidi.ts). Only the user's part is shortened
 * to fit the name's limit, never the app's words or the isolation around it.
 */
export function nameAround(format: (isolated: string) => string, name: string, max: number = DRAFT_NAME_MAX): string {
  const room = Math.max(0, max - format(isolate('')).length);
  const characters = Array.from(name.trim());
  let kept = characters.slice(0, room).join('');
  // Characters outside the BMP count twice in a string's length.
  while (kept.length > room) kept = Array.from(kept).slice(0, -1).join('');
  return format(isolate(kept));
}
