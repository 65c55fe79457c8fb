import type { z } from 'zod/mini';
import { draftSchema, type Draft } from './envelope';
import { migrate } from './migrations';

export type ParseDraftResult =
  | { ok: true; draft: Draft }
  | {
      ok: false;
      reason: 'not-an-object' | 'no-version' | 'newer-version' | 'unknown-version' | 'invalid';
      issues?: z.core.$ZodIssue[];
    };

/** The only way stored or imported data becomes a Draft: migrate → safeParse. */
export function parseDraft(raw: unknown): ParseDraftResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, reason: migrated.error };
  const parsed = draftSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues };
  return { ok: true, draft: parsed.data };
}
