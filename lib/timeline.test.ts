import { describe, expect, it } from 'vitest';
import { periodOf, plannedSpan, timeline, type TimelineInput } from './timeline';

const action = (uid: string, start: string | null, end: string | null, title = uid): TimelineInput => ({
  uid,
  title,
  start,
  end,
});

describe('timeline by month', () => {
  it('lists every month from the earliest start to the latest end, and places each bar', () => {
    const result = timeline([action('a', '2027-03', '2027-05'), action('b', '2027-01', '2027-02')], 'month');
    expect(result.periods).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05']);
    expect(result.rows).toEqual([
      { uid: 'a', title: 'a', start: '2027-03', end: '2027-05', startIndex: 2, span: 3 },
      { uid: 'b', title: 'b', start: '2027-01', end: '2027-02', startIndex: 0, span: 2 },
    ]);
    expect(result.unplanned).toEqual([]);
  });

  it('spans years without gaps', () => {
    const result = timeline([action('a', '2026-11', '2028-02')], 'month');
    expect(result.periods).toHaveLength(16);
    expect(result.periods.slice(0, 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(result.periods.at(-1)).toBe('2028-02');
    expect(result.rows[0]).toMatchObject({ startIndex: 0, span: 16 });
  });

  it('fills the gap between actions far apart', () => {
    const result = timeline([action('a', '2027-01', '2027-01'), action('b', '2027-12', '2027-12')], 'month');
    expect(result.periods).toHaveLength(12);
    expect(result.rows.map((row) => [row.startIndex, row.span])).toEqual([
      [0, 1],
      [11, 1],
    ]);
  });

  it('draws a one-month bar when only the start or only the end is given', () => {
    const result = timeline([action('a', '2027-04', null), action('b', null, '2027-06')], 'month');
    expect(result.rows).toEqual([
      { uid: 'a', title: 'a', start: '2027-04', end: '2027-04', startIndex: 0, span: 1 },
      { uid: 'b', title: 'b', start: '2027-06', end: '2027-06', startIndex: 2, span: 1 },
    ]);
  });

  it('lists actions without dates, with invalid dates or ending before they start as not planned', () => {
    const result = timeline(
      [
        action('none', null, null),
        action('planned', '2027-02', '2027-03'),
        action('invalid', '2027-13', 'soon'),
        action('reversed', '2027-09', '2027-02'),
      ],
      'month',
    );
    expect(result.unplanned).toEqual(['none', 'invalid', 'reversed']);
    expect(result.rows.map((row) => row.uid)).toEqual(['planned']);
    expect(result.periods).toEqual(['2027-02', '2027-03']);
  });

  it('ignores one invalid month when the other is valid', () => {
    expect(plannedSpan({ start: '2027-05', end: '2027-5' })).toEqual({ start: '2027-05', end: '2027-05' });
  });

  it('has no periods when nothing is planned', () => {
    expect(timeline([], 'month')).toEqual({ periods: [], rows: [], unplanned: [] });
    expect(timeline([action('a', null, null)], 'quarter')).toEqual({ periods: [], rows: [], unplanned: ['a'] });
  });
});

describe('timeline by quarter', () => {
  it('groups months into quarters', () => {
    expect(periodOf('2027-01', 'quarter')).toBe('2027-Q1');
    expect(periodOf('2027-03', 'quarter')).toBe('2027-Q1');
    expect(periodOf('2027-04', 'quarter')).toBe('2027-Q2');
    expect(periodOf('2027-12', 'quarter')).toBe('2027-Q4');
    expect(periodOf('2027-12', 'month')).toBe('2027-12');
  });

  it('spans years and counts a bar in every quarter it touches', () => {
    const result = timeline([action('a', '2026-12', '2027-04'), action('b', '2027-06', '2027-07')], 'quarter');
    expect(result.periods).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
    expect(result.rows).toEqual([
      { uid: 'a', title: 'a', start: '2026-12', end: '2027-04', startIndex: 0, span: 3 },
      { uid: 'b', title: 'b', start: '2027-06', end: '2027-07', startIndex: 2, span: 2 },
    ]);
  });

  it('keeps an action within one quarter to a single period', () => {
    const result = timeline([action('a', '2028-04', '2028-06')], 'quarter');
    expect(result.periods).toEqual(['2028-Q2']);
    expect(result.rows[0]).toMatchObject({ startIndex: 0, span: 1 });
  });
});

describe('timeline on any input', () => {
  it('keeps every bar inside the periods, and every action either planned or not', () => {
    const months = ['2026-01', '2026-12', '2027-02', '2027-07', '2029-11', null, 'x'];
    const actions: TimelineInput[] = [];
    months.forEach((start, i) => months.forEach((end, j) => actions.push(action(`${i}-${j}`, start, end))));
    for (const scale of ['month', 'quarter'] as const) {
      const result = timeline(actions, scale);
      expect(result.rows.length + result.unplanned.length).toBe(actions.length);
      for (const row of result.rows) {
        expect(row.span).toBeGreaterThanOrEqual(1);
        expect(row.startIndex + row.span).toBeLessThanOrEqual(result.periods.length);
        expect(result.periods[row.startIndex]).toBe(periodOf(row.start, scale));
        expect(result.periods[row.startIndex + row.span - 1]).toBe(periodOf(row.end, scale));
      }
    }
  });
});
