import { MONTH_PATTERN } from './steps/fields';

/**
 * The layout of the action plan's timeline (a Gantt chart by month or by
 * quarter), shared by the step form and the exports. Pure: codes and months in,
 * periods and bars out; labels and formats are the caller's.
 */

export type TimelineScale = 'month' | 'quarter';

export interface TimelineInput {
  uid: string;
  title: string;
  start: string | null;
  end: string | null;
}

export interface TimelineRow {
  uid: string;
  title: string;
  /** First month of the bar, 'YYYY-MM'. */
  start: string;
  /** Last month of the bar, 'YYYY-MM' (equals `start` when only one month was given). */
  end: string;
  /** Index in `periods` of the bar's first period. */
  startIndex: number;
  /** Number of periods the bar covers (at least 1). */
  span: number;
}

export interface Timeline {
  /** Every period from the earliest start to the latest end, without gaps: 'YYYY-MM' or 'YYYY-Qn'. */
  periods: string[];
  /** Planned actions, in the order given. */
  rows: TimelineRow[];
  /** Actions without usable dates (none, invalid, or an end before the start), in the order given. */
  unplanned: string[];
}

const validMonth = (value: string | null | undefined): value is string =>
  typeof value === 'string' && MONTH_PATTERN.test(value);

/** Months since year 0, so periods can be counted and compared. */
function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function periodNumber(month: string, scale: TimelineScale): number {
  const months = monthNumber(month);
  return scale === 'month' ? months : Math.floor(months / 3);
}

function periodKey(period: number, scale: TimelineScale): string {
  if (scale === 'quarter') return `${Math.floor(period / 4)}-Q${(period % 4) + 1}`;
  const year = Math.floor(period / 12);
  return `${year}-${String((period % 12) + 1).padStart(2, '0')}`;
}

/** The period of a month on a scale: '2027-05' → '2027-05' (month) or '2027-Q2' (quarter). */
export function periodOf(month: string, scale: TimelineScale): string {
  return periodKey(periodNumber(month, scale), scale);
}

/** The bar of one action, or null when it cannot be placed. One given month makes a one-month bar. */
export function plannedSpan(action: {
  start?: string | null | undefined;
  end?: string | null | undefined;
}): { start: string; end: string } | null {
  const start = validMonth(action.start) ? action.start : null;
  const end = validMonth(action.end) ? action.end : null;
  if (start && end) return start <= end ? { start, end } : null;
  const only = start ?? end;
  return only ? { start: only, end: only } : null;
}

export function timeline(actions: readonly TimelineInput[], scale: TimelineScale): Timeline {
  const placed: { action: TimelineInput; first: number; last: number; start: string; end: string }[] = [];
  const unplanned: string[] = [];
  for (const action of actions) {
    const span = plannedSpan(action);
    if (!span) {
      unplanned.push(action.uid);
      continue;
    }
    placed.push({
      action,
      first: periodNumber(span.start, scale),
      last: periodNumber(span.end, scale),
      ...span,
    });
  }
  if (placed.length === 0) return { periods: [], rows: [], unplanned };
  const origin = Math.min(...placed.map((item) => item.first));
  const finish = Math.max(...placed.map((item) => item.last));
  const periods = Array.from({ length: finish - origin + 1 }, (_, offset) => periodKey(origin + offset, scale));
  const rows = placed.map(({ action, first, last, start, end }) => ({
    uid: action.uid,
    title: action.title,
    start,
    end,
    startIndex: first - origin,
    span: last - first + 1,
  }));
  return { periods, rows, unplanned };
}
