import { draftSchema, type Draft } from './envelope';

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
