import type { IndicatorCatalogueCode } from '@/lib/steps/measure';
import { parseDecimal } from '@/lib/steps/fields';

/**
 * How an indicator is doing, from its measurements: the plain status the follow-up shows (improving, stable,
 * worsening, no data), whether the target is reached, and how it stands against the benchmark. Pure: the
 * measurements come in dated and in any order.
 */

/** Which way is better for an indicator; `none` where a rise is neither good nor bad (more requests may mean more trust). */
export type Direction = 'lower' | 'higher' | 'none';

export const DIRECTIONS: Record<IndicatorCatalogueCode, Direction> = {
  'absence-percentage': 'lower',
  'absence-frequency': 'lower',
  'absence-duration': 'lower',
  'long-term-absence': 'lower',
  'return-to-work': 'higher',
  'staff-survey-wellbeing': 'higher',
  'staff-survey-engagement': 'higher',
  'workable-work': 'higher',
  'psychosocial-requests': 'none',
  turnover: 'lower',
  'action-participation': 'higher',
  'action-satisfaction': 'higher',
  'focus-groups': 'none',
  interviews: 'none',
  custom: 'none',
};

export interface Point {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export type TrendStatus = 'improving' | 'stable' | 'worsening' | 'rising' | 'falling' | 'no-data';

export interface Trend {
  status: TrendStatus;
  /** The latest measurement and what it is compared with (the one before, else the baseline). */
  latest: Point | null;
  reference: number | null;
  /** Latest − reference. */
  change: number | null;
  /** Whether the latest value meets the target; null without a target or a direction. */
  targetReached: boolean | null;
  /** Latest − benchmark; null without one. */
  benchmarkGap: number | null;
}

/** Changes within 5 % of the reference value count as stable: measurement noise, not a trend. */
export const STABLE_WITHIN = 0.05;

/** The first number in a text as users write baselines and targets: "6,8 % (2025)" → 6.8; null when there is none. */
export function leadingNumber(text: string | null | undefined): number | null {
  const match = /-?\d[\d.,\s\u00a0\u202f]*/.exec(text ?? '');
  if (!match) return null;
  const value = parseDecimal(match[0].trim().replace(/[.,]$/, ''));
  return typeof value === 'number' ? value : null;
}

export function trend(
  points: readonly Point[],
  options: { direction: Direction; baseline?: number | null; target?: number | null; benchmark?: number | null },
): Trend {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1) ?? null;
  const before = sorted.at(-2)?.value ?? options.baseline ?? null;
  const { direction } = options;
  const target = options.target ?? null;
  const benchmark = options.benchmark ?? null;
  if (!latest)
    return {
      status: 'no-data',
      latest: null,
      reference: before,
      change: null,
      targetReached: null,
      benchmarkGap: null,
    };
  const change = before === null ? null : latest.value - before;
  let status: TrendStatus = 'no-data';
  if (change !== null && before !== null) {
    const tolerance = Math.abs(before) * STABLE_WITHIN;
    if (Math.abs(change) <= tolerance) status = 'stable';
    else if (direction === 'none') status = change > 0 ? 'rising' : 'falling';
    else status = change < 0 === (direction === 'lower') ? 'improving' : 'worsening';
  }
  return {
    status,
    latest,
    reference: before,
    change,
    targetReached:
      target === null || direction === 'none'
        ? null
        : direction === 'lower'
          ? latest.value <= target
          : latest.value >= target,
    benchmarkGap: benchmark === null ? null : latest.value - benchmark,
  };
}
