import { isStepId, STEPS, type StepId } from '@/lib/steps/registry';
import { DRAFT_NAME_MAX, SCHEMA_VERSION, type Draft } from './envelope';
import { parseDraft } from './parse';
import { stepStatus } from './status';

/**
 * Backup files: one draft or all drafts as JSON, in the published draft
 * format (schema/draft.schema.json) inside a small wrapper that names the app
 * and the format version:
 *
 *   { "app": "welzijnskompas", "kind": "draft" | "drafts", "schemaVersion": 4,
 *     "exportedAt": "<ISO time>", "drafts": [<draft>, …] }
 *
 * A bare draft (the envelope without wrapper) is accepted on import too.
 * Reading a file is pure and never touches storage: `readBackupFile` says
 * what the file holds or exactly why it cannot be used.
 */

export const BACKUP_APP = 'welzijnskompas';
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** How many problems an invalid file reports (the first ones are enough to act on). */
export const MAX_REPORTED_ISSUES = 5;

export interface BackupFile {
  app: typeof BACKUP_APP;
  kind: 'draft' | 'drafts';
  schemaVersion: number;
  exportedAt: string;
  drafts: Draft[];
}

export function backupFile(drafts: readonly Draft[], now: Date = new Date()): BackupFile {
  return {
    app: BACKUP_APP,
    kind: drafts.length === 1 ? 'draft' : 'drafts',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    drafts: [...drafts],
  };
}

export function backupFileText(drafts: readonly Draft[], now: Date = new Date()): string {
  return `${JSON.stringify(backupFile(drafts, now), null, 2)}\n`;
}

/** A file name that sorts by date and survives every file system: `welzijnskompas-<name>-2026-11-23.json`. */
export function backupFileName(drafts: readonly Pick<Draft, 'name'>[], now: Date = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  const only = drafts.length === 1 ? drafts[0] : undefined;
  const slug = only
    ? only.name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
    : 'alle';
  return `${BACKUP_APP}-${slug || 'ontwerp'}-${date}.json`;
}

/** Where in a file a problem is: which draft, which step, which field. */
export interface IssueLocation {
  /** 1-based position of the draft in the file. */
  draft: number;
  /** The draft's name as written in the file, when it is readable. */
  draftName: string | null;
  step: StepId | null;
  /** Field names from outer to inner, without list positions. */
  fields: string[];
  /** 1-based position in the first list on the way, if any. */
  item: number | null;
}

export type BackupReadError =
  | { kind: 'empty' }
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-ours' }
  | { kind: 'newer-version' }
  | { kind: 'no-drafts' }
  | { kind: 'invalid'; issues: IssueLocation[] };

export type BackupReadResult = { ok: true; drafts: Draft[] } | { ok: false; error: BackupReadError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse that drops keys able to reach an object's prototype. JSON.parse
 * itself creates them as plain own properties, but a later merge or spread in
 * careless code could still pollute; they never belong in a draft.
 */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const value: unknown = JSON.parse(text, (key, inner: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : inner));
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A bare draft envelope: the published draft format without the wrapper. */
function looksLikeDraft(value: Record<string, unknown>): boolean {
  return 'schemaVersion' in value && 'uid' in value && 'steps' in value;
}

function locate(draft: number, raw: unknown, path: readonly PropertyKey[]): IssueLocation {
  const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name.slice(0, DRAFT_NAME_MAX) : null;
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  const inSteps = keys[0] === 'steps' && isStepId(keys[1]);
  const rest = inSteps ? keys.slice(2) : keys;
  const index = rest.find((key): key is number => typeof key === 'number');
  return {
    draft,
    draftName: name,
    step: inSteps && isStepId(keys[1]) ? keys[1] : null,
    fields: rest.filter((key): key is string => typeof key === 'string'),
    item: index === undefined ? null : index + 1,
  };
}

/** What a file holds, or why it cannot be used. Pure: reads nothing, writes nothing, never throws. */
export function readBackupFile(text: string, byteSize: number = text.length): BackupReadResult {
  if (byteSize > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return { ok: false, error: { kind: 'too-large' } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const json = parseJsonSafely(text);
  if (!json.ok) return { ok: false, error: { kind: 'not-json' } };
  const root = json.value;
  if (!isRecord(root)) return { ok: false, error: { kind: 'not-ours' } };

  let rawDrafts: unknown[];
  if (root.app === BACKUP_APP) {
    if (typeof root.schemaVersion === 'number' && root.schemaVersion > SCHEMA_VERSION) {
      return { ok: false, error: { kind: 'newer-version' } };
    }
    if (!Array.isArray(root.drafts))
      return { ok: false, error: { kind: 'invalid', issues: [locate(1, null, ['drafts'])] } };
    rawDrafts = root.drafts;
  } else if (!('app' in root) && looksLikeDraft(root)) {
    rawDrafts = [root];
  } else {
    return { ok: false, error: { kind: 'not-ours' } };
  }
  if (rawDrafts.length === 0) return { ok: false, error: { kind: 'no-drafts' } };

  const drafts: Draft[] = [];
  const issues: IssueLocation[] = [];
  for (const [index, raw] of rawDrafts.entries()) {
    const parsed = parseDraft(raw);
    if (parsed.ok) {
      drafts.push(parsed.draft);
      continue;
    }
    if (parsed.reason === 'newer-version') return { ok: false, error: { kind: 'newer-version' } };
    const found = parsed.issues?.length ? parsed.issues.map((issue) => issue.path) : [['schemaVersion']];
    for (const path of found) issues.push(locate(index + 1, raw, path));
  }
  if (issues.length > 0) return { ok: false, error: { kind: 'invalid', issues: issues.slice(0, MAX_REPORTED_ISSUES) } };
  return { ok: true, drafts };
}

/** What the import preview shows of one draft in a file. */
export interface DraftSummary {
  name: string;
  organisation: string;
  updatedAt: string;
  /** Steps with any answer. */
  filled: number;
  completed: number;
}

export function summarise(draft: Draft): DraftSummary {
  const statuses = STEPS.map((step) => stepStatus(draft, step.id));
  return {
    name: draft.name,
    organisation: draft.organisation,
    updatedAt: draft.updatedAt,
    filled: statuses.filter((status) => status !== 'not-started').length,
    completed: statuses.filter((status) => status === 'completed').length,
  };
}

/**
 * A draft from a file, ready to be added as a new draft: a fresh uid (an
 * import never overwrites), revision 0, and a distinguishing name when a
 * draft of that name already exists on this device.
 */
export function asImported(
  draft: Draft,
  existingNames: ReadonlySet<string>,
  importedName: (name: string) => string,
  uid: string = crypto.randomUUID(),
): Draft {
  const name = existingNames.has(draft.name) ? importedName(draft.name).slice(0, DRAFT_NAME_MAX).trim() : draft.name;
  return { ...structuredClone(draft), uid, name, revision: 0 };
}
