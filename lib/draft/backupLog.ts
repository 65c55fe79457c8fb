import { z } from 'zod/mini';
import type { Draft } from './envelope';
import { parseJsonSafely } from './backupFile';
import { LOCAL_PREFIX, localStore, type SyncStorage } from './localData';

/**
 * When each draft was last written to a backup file. Kept beside the drafts
 * (localStorage, keyed by uid), not in them: recording a backup must not bump
 * a draft's revision (that would look like a save to the other tabs), and a
 * backup file should not carry the time it was made twice. Losing the log
 * only brings back a nudge, never loses work.
 */

export const BACKUP_LOG_KEY = `${LOCAL_PREFIX}backups`;
/** Nudge again when the last backup is older than this and the draft changed since. */
export const BACKUP_STALE_MS = 7 * 24 * 60 * 60 * 1000;

const logSchema = z.record(z.string(), z.iso.datetime());
export type BackupLog = Record<string, string>;

export function readBackupLog(storage: SyncStorage | null = localStore()): BackupLog {
  if (!storage) return {};
  try {
    const text = storage.getItem(BACKUP_LOG_KEY);
    if (text === null) return {};
    const json = parseJsonSafely(text);
    if (!json.ok) return {};
    const parsed = logSchema.safeParse(json.value);
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Records that these drafts were backed up at `at`; returns the new log. */
export function recordBackup(
  uids: readonly string[],
  at: Date = new Date(),
  storage: SyncStorage | null = localStore(),
): BackupLog {
  const log: BackupLog = { ...readBackupLog(storage) };
  for (const uid of uids) log[uid] = at.toISOString();
  try {
    storage?.setItem(BACKUP_LOG_KEY, JSON.stringify(log));
  } catch {
    // Storage blocked or full: the nudge stays, nothing else depends on it.
  }
  return log;
}

export function forgetBackup(uid: string, storage: SyncStorage | null = localStore()): void {
  const log: BackupLog = { ...readBackupLog(storage) };
  if (!(uid in log)) return;
  delete log[uid];
  try {
    storage?.setItem(BACKUP_LOG_KEY, JSON.stringify(log));
  } catch {
    // See recordBackup.
  }
}

/**
 * Whether the overview should suggest a backup, and why. Never for a draft
 * without answers; `never` when it has answers but no backup, `stale` when it
 * changed since a backup older than a week. Shown on the overview only, so it
 * does not follow the user on every keystroke.
 */
export type BackupAdvice =
  | { kind: 'none' }
  | { kind: 'never' }
  | { kind: 'stale'; at: string }
  | { kind: 'recent'; at: string; changedSince: boolean };

export function backupAdvice(
  draft: Pick<Draft, 'updatedAt' | 'revision'>,
  lastBackup: string | undefined,
  hasAnswers: boolean,
  now: Date = new Date(),
): BackupAdvice {
  if (!lastBackup) return hasAnswers ? { kind: 'never' } : { kind: 'none' };
  const changedSince = draft.updatedAt > lastBackup;
  if (changedSince && now.getTime() - Date.parse(lastBackup) > BACKUP_STALE_MS)
    return { kind: 'stale', at: lastBackup };
  return { kind: 'recent', at: lastBackup, changedSince };
}
