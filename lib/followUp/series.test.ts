import { describe, expect, it } from 'vitest';
import { createDraft, draftSchema } from '@/lib/draft/envelope';
import { indicatorSchema } from '@/lib/steps/measure';
import { indicatorSeries, isShown, orphans } from './series';
import { measurementSchema } from './schema';

const base = createDraft({ name: 'Plan', organisation: '', locale: 'nl' }, new Date('2027-01-05T10:00:00Z'), 'd1');
const absence = indicatorSchema.parse({
  uid: 'i1',
  catalogue: 'absence-percentage',
  name: 'Ziekteverzuim',
  baseline: '6,8 % (2026)',
  target: '6 %',
});
const m = (uid: string, date: string, value: number, team = '', headcount: number | null = null) =>
  measurementSchema.parse({
    uid,
    indicator: 'i1',
    date,
    value,
    level: team ? 'team' : 'organisation',
    team,
    headcount,
  });

const followUp = {
  ...base.followUp,
  measurements: [
    m('m2', '2027-06-30', 6.1),
    m('m1', '2027-03-31', 6.6),
    m('t1', '2027-06-30', 9.4, 'Onthaal', 8),
    m('t2', '2027-06-30', 5.2, 'Logistiek', 24),
    m('t3', '2027-06-30', 4.0, 'Zonder aantal'),
  ],
  benchmarks: [{ uid: 'b1', indicator: 'i1', value: 6.9, label: 'Vlaamse overheid' }],
};

describe('an indicator’s series', () => {
  it('never shows a team of fewer than ten people (or of unknown size): it is only counted', () => {
    const series = indicatorSeries(followUp, absence);
    expect(series.shown.map((item) => item.uid)).toEqual(['m1', 'm2', 't2']);
    expect(series.suppressed).toBe(2);
    expect(isShown(m('x', '2027-01-01', 1, 'Tien', 10))).toBe(true);
  });

  it('draws the organisation’s values and reads the trend against baseline, target and benchmark', () => {
    const series = indicatorSeries(followUp, absence);
    expect(series.points).toEqual([
      { date: '2027-03-31', value: 6.6 },
      { date: '2027-06-30', value: 6.1 },
    ]);
    expect([series.baseline, series.target, series.benchmark?.value]).toEqual([6.8, 6, 6.9]);
    expect(series.trend).toMatchObject({ status: 'improving', targetReached: false });
    expect(series.trend.benchmarkGap).toBeCloseTo(-0.8);
  });

  it('has no data for an indicator without measurements', () => {
    const series = indicatorSeries(base.followUp, absence);
    expect(series.trend.status).toBe('no-data');
    expect(series.suppressed).toBe(0);
  });
});

describe('records of deleted indicators and actions', () => {
  it('are listed, not dropped', () => {
    const draft = draftSchema.parse({
      ...base,
      followUp: { ...followUp, actions: [{ uid: 'f1', action: 'gone', history: [] }] },
    });
    const found = orphans(draft);
    expect(found.measurements).toHaveLength(5);
    expect(found.actions.map((entry) => entry.uid)).toEqual(['f1']);
    const kept = draftSchema.parse({ ...draft, steps: { ...draft.steps, measure: { indicators: [absence] } } });
    expect(orphans(kept).measurements).toEqual([]);
  });
});
