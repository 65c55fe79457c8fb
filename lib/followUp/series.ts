import type { Draft } from '@/lib/draft/envelope';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import type { Indicator } from '@/lib/steps/measure';
import { DIRECTIONS, leadingNumber, trend, type Point, type Trend } from '@/lib/trend';
import type { ActionFollowUp, Benchmark, Finding, Measurement } from './schema';

/**
 * What the follow-up shows of an indicator: its measurements that may be shown, how many team values were left
 * out because the team has fewer than ten people (never shown or exported, only counted), the organisation's
 * series and its trend against baseline, target and benchmark. Pure.
 */

/** A team value is shown only for a team of at least ten people; a team without a headcount is not shown either. */
export function isShown(measurement: Measurement): boolean {
  return (
    measurement.level === 'organisation' ||
    (typeof measurement.headcount === 'number' && measurement.headcount >= MIN_GROUP_SIZE)
  );
}

export interface IndicatorSeries {
  indicator: Indicator;
  /** Shown measurements, by date, organisation before teams on the same date. */
  shown: Measurement[];
  /** Team values left out (fewer than ten people). */
  suppressed: number;
  /** The organisation's values: the line of the chart and the trend. */
  points: Point[];
  baseline: number | null;
  target: number | null;
  benchmark: Benchmark | null;
  trend: Trend;
}

const byDate = (a: Measurement, b: Measurement) =>
  (a.date ?? '').localeCompare(b.date ?? '') ||
  (a.level === b.level ? a.team.localeCompare(b.team) : a.level === 'organisation' ? -1 : 1);

export function indicatorSeries(followUp: Draft['followUp'], indicator: Indicator): IndicatorSeries {
  const own = followUp.measurements.filter((measurement) => measurement.indicator === indicator.uid);
  const shown = own.filter(isShown).sort(byDate);
  const points = shown
    .filter((measurement) => measurement.level === 'organisation')
    .flatMap((measurement) =>
      measurement.date !== null && measurement.value !== null
        ? [{ date: measurement.date, value: measurement.value }]
        : [],
    );
  const benchmark = followUp.benchmarks.find((entry) => entry.indicator === indicator.uid) ?? null;
  const baseline = leadingNumber(indicator.baseline);
  const target = leadingNumber(indicator.target);
  return {
    indicator,
    shown,
    suppressed: own.length - shown.length,
    points,
    baseline,
    target,
    benchmark,
    trend: trend(points, {
      direction: DIRECTIONS[indicator.catalogue ?? 'custom'],
      baseline,
      target,
      benchmark: benchmark?.value ?? null,
    }),
  };
}

export interface Orphans {
  measurements: Measurement[];
  findings: Finding[];
  actions: ActionFollowUp[];
}

/**
 * Follow-up records whose indicator or action was deleted from the plan: kept, and listed so the user can
 * remove them (deleting from the plan never drops them silently).
 */
export function orphans(draft: Draft): Orphans {
  const indicators = new Set(draft.steps.measure.indicators.map((indicator) => indicator.uid));
  const actions = new Set(draft.steps.action.actions.map((action) => action.uid));
  const gone = (uid: string | null) => uid !== null && !indicators.has(uid);
  return {
    measurements: draft.followUp.measurements.filter((measurement) => gone(measurement.indicator)),
    findings: draft.followUp.findings.filter((finding) => gone(finding.indicator)),
    actions: draft.followUp.actions.filter((entry) => entry.action !== null && !actions.has(entry.action)),
  };
}
