import { describe, expect, it } from 'vitest';
import { budgetTotals, fteTotal } from './budget';

describe('budgetTotals', () => {
  it('totals per year (earliest first), overall, and without a year', () => {
    const totals = budgetTotals([
      { amount: 12_500, year: 2027 },
      { amount: 8_000, year: 2026 },
      { amount: 2_500.5, year: 2027 },
      { amount: 1_000, year: null },
    ]);
    expect(totals).toEqual({
      byYear: [
        { year: 2026, amount: 8_000 },
        { year: 2027, amount: 15_000.5 },
      ],
      total: 24_000.5,
      undated: 1_000,
    });
  });

  it('is zero for no lines, and for lines without an amount', () => {
    expect(budgetTotals([])).toEqual({ byYear: [], total: 0, undated: 0 });
    expect(budgetTotals(undefined)).toEqual({ byYear: [], total: 0, undated: 0 });
    expect(budgetTotals([{ amount: null, year: 2026 }, { year: 2027 }])).toEqual({ byYear: [], total: 0, undated: 0 });
  });

  it('keeps a year whose lines are all zero', () => {
    expect(budgetTotals([{ amount: 0, year: 2026 }])).toEqual({
      byYear: [{ year: 2026, amount: 0 }],
      total: 0,
      undated: 0,
    });
  });

  it('ignores half-typed amounts and treats half-typed years as undated', () => {
    const totals = budgetTotals([{ amount: '12,', year: 2026 }, { amount: 300, year: '20' }, null]);
    expect(totals).toEqual({ byYear: [], total: 300, undated: 300 });
  });

  it('adds cents exactly', () => {
    expect(
      budgetTotals([
        { amount: 0.1, year: 2026 },
        { amount: 0.2, year: 2026 },
      ]).total,
    ).toBe(0.3);
  });
});

describe('fteTotal', () => {
  it('sums FTE over roles', () => {
    expect(fteTotal([{ fte: 0.5 }, { fte: 0.2 }, { fte: 0.1 }])).toBe(0.8);
  });

  it('is zero when nothing is filled', () => {
    expect(fteTotal([])).toBe(0);
    expect(fteTotal(null)).toBe(0);
    expect(fteTotal([{ fte: null }, { fte: '0,' }, {}])).toBe(0);
  });
});
