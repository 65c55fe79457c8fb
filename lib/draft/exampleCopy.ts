import { DRAFT_NAME_MAX, type Draft } from './envelope';
import { parseDraft, type ParseDraftResult } from './parse';

/**
 * A worked example opened as the user's own draft: a copy with a new uid, a
 * name that says it is an example copy and a fresh history, read back through
 * `parseDraft` like any file. It is inserted as a new draft, so opening an
 * example twice gives two copies and never overwrites anything.
 */
export function exampleCopy(
  example: Draft,
  name: string,
  now: Date = new Date(),
  uid: string = crypto.randomUUID(),
): ParseDraftResult {
  const timestamp = now.toISOString();
  const raw: unknown = JSON.parse(
    JSON.stringify({
      ...example,
      uid,
      name: name.trim().slice(0, DRAFT_NAME_MAX),
      createdAt: timestamp,
      updatedAt: timestamp,
      revision: 0,
    }),
  );
  return parseDraft(raw);
}
