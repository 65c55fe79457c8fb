import { describe, expect, it } from 'vitest';
import { BACKUP_LOG_KEY, backupAdvice, forgetBackup, readBackupLog, recordBackup } from './backupLog';
import { clearLocalData } from './localData';
import { memoryStorage } from '@/testing/testStorage';

const at = (text: string) => new Date(text);

describe('backup log', () => {
  it('records and reads when drafts were backed up, and forgets deleted drafts', () => {
    const storage = memoryStorage();
    recordBackup(['a', 'b'], at('2026-11-20T10:00:00.000Z'), storage);
    recordBackup(['b'], at('2026-11-23T10:00:00.000Z'), storage);
    expect(readBackupLog(storage)).toEqual({ a: '2026-11-20T10:00:00.000Z', b: '2026-11-23T10:00:00.000Z' });
    forgetBackup('a', storage);
    expect(readBackupLog(storage)).toEqual({ b: '2026-11-23T10:00:00.000Z' });
  });

  it('treats a damaged or hostile log as empty', () => {
    for (const text of ['not json', '[1]', '{"a":"yesterday"}', '{"__proto__":{"x":"2026-11-20T10:00:00.000Z"}}']) {
      expect(readBackupLog(memoryStorage({ [BACKUP_LOG_KEY]: text }))).toEqual({});
    }
    expect(readBackupLog(null)).toEqual({});
  });

  it('survives storage that refuses writes', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => recordBackup(['a'], new Date(), storage)).not.toThrow();
  });
});

describe('backup advice on the overview', () => {
  const draft = { updatedAt: '2026-11-23T10:00:00.000Z', revision: 5 };
  const now = at('2026-11-23T12:00:00.000Z');

  it('says nothing for a draft without answers', () => {
    expect(backupAdvice(draft, undefined, false, now)).toEqual({ kind: 'none' });
  });

  it('nudges when a draft with answers was never backed up', () => {
    expect(backupAdvice(draft, undefined, true, now)).toEqual({ kind: 'never' });
  });

  it('shows a recent backup, and whether the draft changed since', () => {
    expect(backupAdvice(draft, '2026-11-23T11:00:00.000Z', true, now)).toEqual({
      kind: 'recent',
      at: '2026-11-23T11:00:00.000Z',
      changedSince: false,
    });
    expect(backupAdvice(draft, '2026-11-22T11:00:00.000Z', true, now)).toMatchObject({
      kind: 'recent',
      changedSince: true,
    });
  });

  it('nudges again when the draft changed since a backup older than a week', () => {
    expect(backupAdvice(draft, '2026-11-10T09:00:00.000Z', true, now)).toEqual({
      kind: 'stale',
      at: '2026-11-10T09:00:00.000Z',
    });
    // An old backup of an unchanged draft is still a good backup.
    expect(
      backupAdvice({ ...draft, updatedAt: '2026-11-09T09:00:00.000Z' }, '2026-11-10T09:00:00.000Z', true, now),
    ).toMatchObject({
      kind: 'recent',
    });
  });
});

describe('clearing local data', () => {
  it('removes every key of this app and nothing else', () => {
    const storage = memoryStorage({
      [BACKUP_LOG_KEY]: '{}',
      'welzijnskompas:unsaved:a': '{}',
      'other-app': 'keep',
    });
    expect(clearLocalData(storage)).toBe(true);
    expect([...storage.items.keys()]).toEqual(['other-app']);
  });
});
