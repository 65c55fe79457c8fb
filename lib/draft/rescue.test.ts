import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/testStorage';
import { createDraft } from './envelope';
import {
  clearRescue,
  conflictCopies,
  conflictKey,
  dropConflictCopy,
  takeRescue,
  writeConflictCopy,
  writeRescue,
} from './rescue';

const stored = { ...createDraft({ name: 'A', organisation: '', locale: 'nl' }), revision: 4 };
const edited = {
  ...stored,
  steps: { ...stored.steps, roles: { ...stored.steps.roles, notes: 'typed while closing' } },
};

describe('rescue copy for a closing tab', () => {
  it('gives back unsaved changes based on the stored version, once', () => {
    const storage = memoryStorage();
    expect(writeRescue(edited, storage)).toBe(JSON.stringify(edited));
    expect(takeRescue(stored, storage)?.steps.roles.notes).toBe('typed while closing');
    expect(takeRescue(stored, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('drops an older copy that holds what is stored: the save did finish', () => {
    const storage = memoryStorage();
    writeRescue(edited, storage);
    expect(takeRescue({ ...edited, revision: 5 }, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
    expect(conflictCopies(stored.uid, storage)).toEqual([]);
  });

  it('keeps an older copy with other text as a conflict copy: another tab saved in between', () => {
    const storage = memoryStorage();
    writeRescue(edited, storage);
    expect(takeRescue({ ...stored, revision: 5 }, storage, 'c1')).toBeNull();
    const copies = conflictCopies(stored.uid, storage);
    expect(copies.map((copy) => copy.draft.steps.roles.notes)).toEqual(['typed while closing']);
    expect(copies[0]?.key).toBe(conflictKey(stored.uid, 'c1'));
  });

  it('clears only the copy this tab wrote', () => {
    const storage = memoryStorage();
    const mine = writeRescue(edited, storage) ?? '';
    writeRescue({ ...edited, name: 'other tab' }, storage);
    clearRescue(stored.uid, mine, storage);
    expect(storage.items.size).toBe(1);
    clearRescue(stored.uid, JSON.stringify({ ...edited, name: 'other tab' }), storage);
    expect(storage.items.size).toBe(0);
  });

  it('lists the conflict copies of one draft until each is dropped', () => {
    const storage = memoryStorage();
    const other = createDraft({ name: 'B', organisation: '', locale: 'nl' });
    expect(writeConflictCopy(edited, 'tab-1', storage)).toBe(true);
    writeConflictCopy(other, 'tab-2', storage);
    storage.setItem(conflictKey(stored.uid, 'broken'), '{not json');
    expect(conflictCopies(stored.uid, storage).map((copy) => copy.draft.name)).toEqual(['A']);
    // The damaged one is gone; the other draft's copy stays.
    expect(storage.items.size).toBe(2);
    dropConflictCopy(conflictKey(stored.uid, 'tab-1'), storage);
    expect(conflictCopies(stored.uid, storage)).toEqual([]);
    expect(conflictCopies(other.uid, storage)).toHaveLength(1);
  });

  it('drops a damaged copy and never throws', () => {
    const storage = memoryStorage();
    storage.setItem(`welzijnskompas:unsaved:${stored.uid}`, '{not json');
    expect(takeRescue(stored, storage)).toBeNull();
    storage.setItem(`welzijnskompas:unsaved:${stored.uid}`, JSON.stringify({ ...edited, steps: { why: 3 } }));
    expect(takeRescue(stored, storage)).toBeNull();
  });

  it('reports when the copy cannot be written', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeRescue(edited, full)).toBeNull();
    expect(writeRescue(edited, null)).toBeNull();
    expect(writeConflictCopy(edited, 'tab', full)).toBe(false);
  });
});
