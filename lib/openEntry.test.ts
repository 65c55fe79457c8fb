import { describe, expect, it } from 'vitest';
import {
  enclosingIds,
  entryIndexIn,
  initialOpenEntry,
  initialOpenGroup,
  openEntryKey,
  readOpenEntry,
  writeOpenEntry,
  writeOpenGroup,
} from './openEntry';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

const failing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('entryIndexIn', () => {
  it('finds the entry a path points into', () => {
    expect(entryIndexIn('actions.3.title', 'actions')).toBe(3);
    expect(entryIndexIn('actions.12', 'actions')).toBe(12);
    expect(entryIndexIn('indicators.0.objectives.2', 'indicators')).toBe(0);
  });
  it('ignores other lists, the list itself and names that only start alike', () => {
    expect(entryIndexIn('actions', 'actions')).toBeUndefined();
    expect(entryIndexIn('actionsNote.1', 'actions')).toBeUndefined();
    expect(entryIndexIn('reviews.1.date', 'actions')).toBeUndefined();
    expect(entryIndexIn('actions.x.title', 'actions')).toBeUndefined();
    expect(entryIndexIn(undefined, 'actions')).toBeUndefined();
  });
});

describe('enclosingIds', () => {
  it('lists the ids around a field, the entry first, the list last', () => {
    expect(enclosingIds('f-actions-3-title')).toEqual(['f-actions-3', 'f-actions']);
    expect(enclosingIds('f-indicators-0-objectives-1')).toEqual([
      'f-indicators-0-objectives',
      'f-indicators-0',
      'f-indicators',
    ]);
    expect(enclosingIds('f-values')).toEqual([]);
  });
});

describe('remembering the open entry', () => {
  it('reads back what was written, per draft and list', () => {
    const store = memoryStore();
    const key = openEntryKey('draft-1', 'actions');
    writeOpenEntry(store, key, 'b');
    expect(readOpenEntry(store, key, ['a', 'b'])).toBe('b');
    expect(readOpenEntry(store, openEntryKey('draft-2', 'actions'), ['a', 'b'])).toBeNull();
    expect(readOpenEntry(store, openEntryKey('draft-1', 'reviews'), ['a', 'b'])).toBeNull();
    writeOpenEntry(store, key, null);
    expect(store.items.size).toBe(0);
  });
  it('forgets an entry that is no longer in the list', () => {
    const store = memoryStore();
    const key = openEntryKey('draft-1', 'actions');
    writeOpenEntry(store, key, 'gone');
    expect(readOpenEntry(store, key, ['a', 'b'])).toBeNull();
  });
  it('survives storage that throws or is missing', () => {
    expect(() => writeOpenEntry(failing, 'k', 'a')).not.toThrow();
    expect(() => writeOpenEntry(failing, 'k', null)).not.toThrow();
    expect(readOpenEntry(failing, 'k', ['a'])).toBeNull();
    expect(readOpenEntry(undefined, 'k', ['a'])).toBeNull();
  });
  it('opens the entry a "Change" link points into before the remembered one', () => {
    const store = memoryStore();
    const key = openEntryKey('d', 'actions');
    writeOpenEntry(store, key, 'a');
    expect(initialOpenEntry(store, key, 'actions', ['a', 'b'], 'actions.1.owner')).toBe('b');
    expect(initialOpenEntry(store, key, 'actions', ['a', 'b'], 'reviews.0.date')).toBe('a');
    expect(initialOpenEntry(store, key, 'actions', ['a', 'b'], 'actions.7.owner')).toBe('a');
    expect(initialOpenEntry(memoryStore(), key, 'actions', ['a', 'b'], undefined)).toBeNull();
  });
});

describe('a group of fields that folds like an entry', () => {
  const key = openEntryKey('draft-1', 'figures');

  it('opens while empty, closes while filled, until the user chooses', () => {
    const store = memoryStore();
    expect(initialOpenGroup(store, key, 'figures', undefined, true)).toBe(true);
    expect(initialOpenGroup(store, key, 'figures', undefined, false)).toBe(false);
    writeOpenGroup(store, key, 'figures', false);
    expect(initialOpenGroup(store, key, 'figures', undefined, true)).toBe(false);
    writeOpenGroup(store, key, 'figures', true);
    expect(initialOpenGroup(store, key, 'figures', undefined, false)).toBe(true);
  });

  it('opens for a Change link into it, whatever was remembered', () => {
    const store = memoryStore();
    writeOpenGroup(store, key, 'figures', false);
    expect(initialOpenGroup(store, key, 'figures', 'figures.frequency', false)).toBe(true);
    expect(initialOpenGroup(store, key, 'figures', 'figuresOther.0', false)).toBe(false);
  });

  it('treats a storage that throws as empty', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    expect(() => writeOpenGroup(broken, key, 'figures', true)).not.toThrow();
    expect(initialOpenGroup(broken, key, 'figures', undefined, true)).toBe(true);
  });
});
