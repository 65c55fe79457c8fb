import { describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import { takeRescue, writeRescue } from './rescue';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const stored = { ...createDraft({ name: 'A', organisation: '', locale: 'nl' }), revision: 4 };
const edited = {
  ...stored,
  steps: { ...stored.steps, roles: { ...stored.steps.roles, notes: 'typed while closing' } },
};

describe('rescue copy for a closing tab', () => {
  it('gives back unsaved changes based on the stored version, once', () => {
    const storage = memoryStorage();
    expect(writeRescue(edited, storage)).toBe(true);
    expect(takeRescue(stored, storage)?.steps.roles.notes).toBe('typed while closing');
    expect(takeRescue(stored, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('drops a copy that is stale: the save finished, or another tab saved since', () => {
    const storage = memoryStorage();
    writeRescue(edited, storage);
    expect(takeRescue({ ...stored, revision: 5 }, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
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
    expect(writeRescue(edited, full)).toBe(false);
    expect(writeRescue(edited, null)).toBe(false);
  });
});
