import type { Point } from '@/lib/trend';

/**
 * The layout of an indicator's trend chart: dated values as a line, with the baseline, the target and the
 * benchmark as horizontal reference lines, on a y axis with round ticks. Shared by the follow-up page (SVG) and
 * the exports. Pure: numbers in, coordinates out; labels and number formats are the caller's.
 */

export type ReferenceKind = 'baseline' | 'target' | 'benchmark';

export interface ChartInput {
  points: readonly Point[];
  references: readonly { kind: ReferenceKind; value: number | null }[];
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number }[];
  /** At most `MAX_X_TICKS` of the points' dates, the first and the last included. */
  xTicks: { date: string; x: number }[];
  /** The points in date order. */
  points: (Point & { x: number; y: number })[];
  /** An SVG path through the points ("M x y L x y …"); empty without points. */
  path: string;
  references: { kind: ReferenceKind; value: number; y: number }[];
}

export const MARGIN = { left: 56, right: 16, top: 16, bottom: 32 } as const;
export const MAX_X_TICKS = 6;
const Y_TICKS = 5;

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const round = (value: number) => Math.round(value * 100) / 100;
const EPSILON = 1e-9;
const tidy = (value: number) => Number(value.toPrecision(12));

/** A round step (1, 2 or 5 times a power of ten) that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number = Y_TICKS - 1): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Tolerance: 0.8 / 4 is 0.20000000000000007 in floating point.
  const step = [1, 2, 5, 10].find((factor) => factor * power >= raw * (1 - EPSILON)) ?? 10;
  return step * power;
}

/** The y domain: every value and reference, widened to round ticks; a flat series gets room around it. */
export function yDomain(values: readonly number[]): { min: number; max: number; step: number } {
  if (values.length === 0) return { min: 0, max: 1, step: 0.25 };
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low);
  return {
    min: tidy(Math.floor(low / step + EPSILON) * step),
    max: tidy(Math.ceil(high / step - EPSILON) * step),
    step,
  };
}

export function chartLayout(input: ChartInput): ChartLayout {
  const { width, height } = input;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };
  const sorted = [...input.points].sort((a, b) => a.date.localeCompare(b.date));
  const references = input.references.filter(
    (reference): reference is { kind: ReferenceKind; value: number } =>
      typeof reference.value === 'number' && Number.isFinite(reference.value),
  );
  const domain = yDomain([...sorted.map((point) => point.value), ...references.map((reference) => reference.value)]);
  const yOf = (value: number) =>
    round(plot.bottom - ((value - domain.min) / (domain.max - domain.min)) * (plot.bottom - plot.top));
  const first = sorted[0] ? dayOf(sorted[0].date) : 0;
  const last = sorted.at(-1) ? dayOf(sorted.at(-1)!.date) : 0;
  const xOf = (date: string) =>
    last === first
      ? round((plot.left + plot.right) / 2)
      : round(plot.left + ((dayOf(date) - first) / (last - first)) * (plot.right - plot.left));
  const points = sorted.map((point) => ({ ...point, x: xOf(point.date), y: yOf(point.value) }));
  const yTicks: ChartLayout['yTicks'] = [];
  for (let value = domain.min; value <= domain.max + domain.step / 1000; value += domain.step) {
    yTicks.push({ value: tidy(value), y: yOf(tidy(value)) });
  }
  const dates = [...new Set(points.map((point) => point.date))];
  const every = Math.max(1, Math.ceil((dates.length - 1) / (MAX_X_TICKS - 1)));
  const tickDates = dates.filter((_, index) => index % every === 0 || index === dates.length - 1);
  if (tickDates.length > MAX_X_TICKS) tickDates.splice(-2, 1);
  return {
    width,
    height,
    plot,
    yTicks,
    xTicks: tickDates.map((date) => ({ date, x: xOf(date) })),
    points,
    path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
    references: references.map((reference) => ({ ...reference, y: yOf(reference.value) })),
  };
}

/** The size every export draws a trend chart at (points; the page draws it at its own size). */
export const EXPORT_CHART = { width: 480, height: 180 } as const;

/** An indicator's chart: its organisation values with its baseline, target and benchmark as reference lines. */
export function seriesChart(
  series: {
    points: readonly Point[];
    baseline: number | null;
    target: number | null;
    benchmark: { value: number | null } | null;
  },
  size: { width: number; height: number },
): ChartLayout {
  return chartLayout({
    ...size,
    points: series.points,
    references: [
      { kind: 'baseline', value: series.baseline },
      { kind: 'target', value: series.target },
      { kind: 'benchmark', value: series.benchmark?.value ?? null },
    ],
  });
}
