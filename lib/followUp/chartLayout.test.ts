import { describe, expect, it } from 'vitest';
import { chartLayout, MARGIN, MAX_X_TICKS, niceStep, yDomain } from './chartLayout';

const size = { width: 600, height: 240 };

describe('trend chart layout', () => {
  it('puts the points in date order across the plot, the lowest value at the bottom tick', () => {
    const layout = chartLayout({
      ...size,
      points: [
        { date: '2027-06-30', value: 5.9 },
        { date: '2027-03-31', value: 6.4 },
        { date: '2027-12-31', value: 5.2 },
      ],
      references: [],
    });
    expect(layout.points.map((point) => point.date)).toEqual(['2027-03-31', '2027-06-30', '2027-12-31']);
    expect(layout.points[0]?.x).toBe(MARGIN.left);
    expect(layout.points[2]?.x).toBe(size.width - MARGIN.right);
    // Domain 5–6.5 in steps of 0.5: 6.4 sits near the top, 5.2 near the bottom.
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([5, 5.5, 6, 6.5]);
    expect(layout.yTicks[0]?.y).toBe(size.height - MARGIN.bottom);
    expect(layout.points[0]!.y).toBeLessThan(layout.points[2]!.y);
    expect(layout.path).toMatch(/^M56 \S+ L\S+ \S+ L584 \S+$/);
  });

  it('includes the baseline, target and benchmark in the scale and leaves out a missing one', () => {
    const layout = chartLayout({
      ...size,
      points: [{ date: '2027-03-31', value: 6 }],
      references: [
        { kind: 'baseline', value: 6.8 },
        { kind: 'target', value: 5 },
        { kind: 'benchmark', value: null },
      ],
    });
    expect(layout.references.map((reference) => reference.kind)).toEqual(['baseline', 'target']);
    const [baseline, target] = layout.references;
    expect(target!.y).toBeGreaterThan(baseline!.y);
    expect(layout.yTicks[0]!.value).toBeLessThanOrEqual(5);
    expect(layout.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(6.8);
    // One point: in the middle.
    expect(layout.points[0]?.x).toBe((MARGIN.left + size.width - MARGIN.right) / 2);
  });

  it('labels at most six dates, the first and the last among them', () => {
    const points = Array.from({ length: 24 }, (_, index) => ({
      date: `${2026 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
      value: index,
    }));
    const ticks = chartLayout({ ...size, points, references: [] }).xTicks;
    expect(ticks.length).toBeLessThanOrEqual(MAX_X_TICKS);
    expect(ticks[0]?.date).toBe('2026-01-01');
    expect(ticks.at(-1)?.date).toBe('2027-12-01');
  });

  it('draws nothing but an empty grid without points', () => {
    const layout = chartLayout({ ...size, points: [], references: [] });
    expect([layout.path, layout.points, layout.xTicks]).toEqual(['', [], []]);
    expect(layout.yTicks.length).toBeGreaterThan(1);
  });

  it('picks round steps and gives a flat series room', () => {
    expect([niceStep(1.5), niceStep(40), niceStep(7)]).toEqual([0.5, 10, 2]);
    expect(yDomain([4, 4])).toEqual({ min: 3.6, max: 4.4, step: 0.2 });
    expect(yDomain([])).toEqual({ min: 0, max: 1, step: 0.25 });
  });
});
