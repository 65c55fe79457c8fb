import { describe, expect, it } from 'vitest';
import {
  excerpt,
  formatDate,
  formatMoney,
  formatMonth,
  formatMonthName,
  formatMonthShort,
  formatNumber,
  formatPercent,
} from './format';

const NNBSP = '\u202f';

describe('Belgian formats', () => {
  it('writes numbers with the language’s separators', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'fr')).toBe(`1${NNBSP}234,5`);
    expect(formatNumber(2060.4, 'nl', 0)).toBe('2.060');
  });

  it('writes euro amounts, with cents only when they matter', () => {
    expect(formatMoney(12500, 'nl')).toBe('€\u00a012.500');
    expect(formatMoney(12500, 'fr')).toBe(`12${NNBSP}500\u00a0€`);
    expect(formatMoney(1465.5, 'nl')).toBe('€\u00a01.465,50');
  });

  it('writes percentages given in per cent', () => {
    expect(formatPercent(6.8, 'nl')).toBe('6,8%');
    expect(formatPercent(6.8, 'fr')).toBe('6,8\u00a0%');
  });

  it('writes dates and months in words', () => {
    expect(formatDate('2026-11-23', 'nl')).toBe('23 november 2026');
    expect(formatDate('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(formatMonth('2027-03', 'nl')).toBe('maart 2027');
    expect(formatMonth('2027-03', 'fr')).toBe('mars 2027');
    expect(formatDate('soon', 'nl')).toBe('soon');
  });

  it('writes months long, short and alone, the same on every call', () => {
    for (let call = 0; call < 2; call += 1) {
      expect(formatMonth('2027-03', 'nl')).toBe('maart 2027');
      expect(formatMonthShort('2027-03', 'nl')).toBe(
        new Intl.DateTimeFormat('nl-BE', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          Date.UTC(2027, 2, 1),
        ),
      );
      expect(formatMonthName('2027-03', 'fr')).toBe('mars');
      expect(formatMonthName('2027-12', 'nl')).toBe(
        new Intl.DateTimeFormat('nl-BE', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2027, 11, 1)),
      );
    }
    expect(formatMonth('2027-3', 'nl')).toBe('2027-3');
    expect(formatMonthName('later', 'fr')).toBe('later');
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, with its line breaks as spaces', () => {
    expect(excerpt('Samen  sterk\nvoor elkaar')).toBe('Samen sterk voor elkaar');
    expect(excerpt('   ')).toBeUndefined();
    expect(excerpt(undefined)).toBeUndefined();
  });
  it('cuts a long text after a whole word and marks the cut', () => {
    const text = 'Nous écoutons chaque collègue, nous décidons ensemble et nous tenons parole, même quand cela coûte.';
    const short = excerpt(text, 40);
    expect(short).toBe('Nous écoutons chaque collègue, nous…');
    expect([...(short ?? '')].length).toBeLessThanOrEqual(41);
  });
  it('never splits a character made of two code units', () => {
    const short = excerpt('😀'.repeat(50), 10);
    expect(short).toBe(`${'😀'.repeat(10)}…`);
  });
});
