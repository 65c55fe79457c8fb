import { describe, expect, it } from 'vitest';
import { leadingNumber, trend } from './trend';

describe('trend', () => {
  const absence = { direction: 'lower' as const, baseline: 6.8, target: 5.5, benchmark: 6.2 };

  it('compares the latest measurement with the one before, whatever the order given', () => {
    const result = trend(
      [
        { date: '2027-06-30', value: 6.1 },
        { date: '2026-12-31', value: 6.7 },
      ],
      absence,
    );
    expect(result.status).toBe('improving');
    expect(result.latest).toEqual({ date: '2027-06-30', value: 6.1 });
    expect(result.reference).toBe(6.7);
    expect(result.change).toBeCloseTo(-0.6, 10);
    expect(result.targetReached).toBe(false);
    expect(result.benchmarkGap).toBeCloseTo(-0.1, 10);
  });

  it('uses the baseline for a first measurement, calls small changes stable and a rise in absence worse', () => {
    expect(trend([{ date: '2027-03-31', value: 7.2 }], absence).status).toBe('worsening');
    expect(trend([{ date: '2027-03-31', value: 6.9 }], absence).status).toBe('stable');
    expect(trend([{ date: '2027-03-31', value: 5.4 }], absence).targetReached).toBe(true);
  });

  it('says rising or falling where neither is better, and no data without measurements or reference', () => {
    expect(trend([{ date: '2027-01-01', value: 12 }], { direction: 'none', baseline: 8 }).status).toBe('rising');
    expect(trend([{ date: '2027-01-01', value: 3.9 }], { direction: 'higher' }).status).toBe('no-data');
    expect(trend([], absence)).toMatchObject({ status: 'no-data', latest: null, reference: 6.8 });
    expect(trend([{ date: '2027-01-01', value: 4.1 }], { direction: 'higher', baseline: 3.6 }).status).toBe(
      'improving',
    );
  });
});

describe('the number in a baseline as users write it', () => {
  it('reads Belgian numbers inside text', () => {
    expect(leadingNumber('6,8 % (2025)')).toBe(6.8);
    expect(leadingNumber('3,4 / 5')).toBe(3.4);
    expect(leadingNumber('1.250 dagen')).toBe(1250);
    expect(leadingNumber('€ 12.500,50')).toBe(12500.5);
    expect(leadingNumber('nog te meten')).toBeNull();
    expect(leadingNumber('')).toBeNull();
  });
});
