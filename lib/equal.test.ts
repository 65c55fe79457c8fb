import { describe, expect, it } from 'vitest';
import { sameEntry } from './equal';

describe('sameEntry', () => {
  const entry = { uid: 'a', title: 'Coaching', budget: 1250.5, owner: null, objectives: ['o1', 'o2'] };

  it('finds copies of a form entry the same', () => {
    expect(sameEntry(entry, structuredClone(entry))).toBe(true);
    expect(sameEntry(entry, entry)).toBe(true);
    expect(sameEntry(undefined, undefined)).toBe(true);
    expect(sameEntry({ value: Number.NaN }, { value: Number.NaN })).toBe(true);
  });

  it('tells a changed value, list item or key apart', () => {
    expect(sameEntry(entry, { ...entry, title: 'Coaching!' })).toBe(false);
    expect(sameEntry(entry, { ...entry, objectives: ['o1'] })).toBe(false);
    expect(sameEntry(entry, { ...entry, objectives: ['o2', 'o1'] })).toBe(false);
    expect(sameEntry(entry, { ...entry, owner: undefined })).toBe(false);
    const { owner: _owner, ...withoutOwner } = entry;
    expect(sameEntry(entry, { ...withoutOwner, other: null })).toBe(false);
    expect(sameEntry(entry, withoutOwner)).toBe(false);
    expect(sameEntry(entry, undefined)).toBe(false);
    expect(sameEntry(null, entry)).toBe(false);
  });

  it('compares deeper structures by identity: never a false "same"', () => {
    expect(sameEntry({ nested: { a: 1 } }, { nested: { a: 1 } })).toBe(false);
    expect(sameEntry({ list: [{ a: 1 }] }, { list: [{ a: 1 }] })).toBe(false);
  });
});
