import { SCHEMA_VERSION } from './envelope';

/**
 * Migration chain. `MIGRATIONS[n]` turns a version-n draft into version n+1.
 * Every schema change adds one entry and a fixture of the old version under
 * lib/draft/fixtures/ (see the migration tests).
 */
type Migration = (draft: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: 'not-an-object' | 'no-version' | 'newer-version' | 'unknown-version' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrate(raw: unknown): MigrationResult {
  if (!isPlainObject(raw)) return { ok: false, error: 'not-an-object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'no-version' };
  }
  if (version > SCHEMA_VERSION) return { ok: false, error: 'newer-version' };
  let current: Record<string, unknown> = raw;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, error: 'unknown-version' };
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { ok: true, value: current };
}
