import { describe, expect, it } from 'vitest';
import { fields, isEmpty, present, type Block } from './blocks';

const empty: Block = { kind: 'text', field: 'vision', title: 'Vision', paragraphs: [] };
const computed: Block = { kind: 'list', title: 'Gaps', items: [] };
const filled: Block = { kind: 'list', field: 'drivers', title: 'Drivers', items: ['Absence'] };

describe('present', () => {
  it('drops empty blocks in an export', () => {
    expect(present([empty, computed, filled, null, false])).toEqual([filled]);
  });

  it('keeps empty answers (with a field) for the review, never empty computed blocks', () => {
    expect(present([empty, computed, filled], true)).toEqual([empty, filled]);
    expect(isEmpty(empty)).toBe(true);
    expect(isEmpty(filled)).toBe(false);
  });
});

describe('fields', () => {
  const rows = [
    { label: 'Name', value: 'Org', field: 'profile.name' },
    { label: 'Sector', value: '', field: 'profile.sector' },
    { label: 'Computed', value: null },
  ];

  it('keeps filled rows only in an export', () => {
    expect(fields(rows)).toEqual([{ label: 'Name', value: 'Org', field: 'profile.name' }]);
  });

  it('keeps empty answer rows as "" for the review', () => {
    expect(fields(rows, true)).toEqual([
      { label: 'Name', value: 'Org', field: 'profile.name' },
      { label: 'Sector', value: '', field: 'profile.sector' },
    ]);
  });
});
