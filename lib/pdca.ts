import type { DraftSteps } from '@/lib/draft/envelope';
import { PDCA_PHASES, type LegalMoment, type PdcaPhase, type ReviewMoment } from '@/lib/steps/measure';

/**
 * The PDCA calendar of step 7: the legal cycle of a Belgian wellbeing policy
 * as reminders, and the review moments in date order. Pure: "today" is a
 * parameter, dates are ISO strings (YYYY-MM-DD) in the user's calendar.
 */

/**
 * The planned rhythm of the psychosocial risk analysis. The Codex sets no frequency for it (art. I.3-1): five years
 * is the practice of the Flemish government, so it is the organisation's own rhythm, never a legal term.
 */
export const FIVE_YEARLY = 5;
/**
 * The annual action plan is submitted for advice to the prevention committee (CPBW/CPPT or basisoverlegcomité /
 * comité de concertation de base) at the latest on 1 November, for the service year that starts on 1 January
 * (Codex art. I.2-9).
 */
export const ACTION_PLAN_DEADLINE = { month: 11, day: 1 } as const;
/** How long before a due date a reminder counts as "due soon", per moment (preparing takes time). */
export const LEAD_DAYS: Record<LegalMoment, number> = {
  'risk-analysis': 365,
  'prevention-plan': 365,
  'psychosocial-evaluation': 60,
  'annual-action-plan': 60,
};

/**
 * `replan`: the planned date of the risk analysis has passed. That is the organisation's own rhythm, not a legal
 * term, so nothing is ever "overdue".
 */
export type ReminderStatus = 'replan' | 'soon' | 'later' | 'unknown';

export interface LegalReminder {
  moment: LegalMoment;
  /** When it last happened, if the draft says (step 2). */
  last: string | null;
  /** The date it is planned for or due by (ISO); null when the draft does not tell. */
  due: string | null;
  /** Whole days from today to `due`; negative once that day has passed. */
  daysLeft: number | null;
  status: ReminderStatus;
  /** The review moment to put in the calendar for it. */
  suggestion: { date: string | null; phase: PdcaPhase };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function parts(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar day of `date` in the user's time zone, as YYYY-MM-DD. */
/** "2026-11-23" as that calendar day at local midnight: the `today` that `legalCycle` reads in local time. */
export function localDate(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function isoDay(date: Date): string {
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The same day `years` later; 29 February becomes 28 February in a common year. Null for an invalid date. */
export function addYears(iso: string, years: number): string | null {
  const date = parts(iso);
  if (!date) return null;
  const year = date.year + years;
  return isoOf(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}

/** The day `days` later (earlier when negative); null for an invalid date. */
export function addDays(iso: string, days: number): string | null {
  const date = parts(iso);
  if (!date) return null;
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return isoOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return null;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * The next deadline for the annual action plan: 1 November this year up to and including 1 November itself
 * ("at the latest on 1 November"), next year's from 2 November on.
 */
export function nextActionPlanDeadline(today: string): string | null {
  const date = parts(today);
  if (!date) return null;
  const { month, day } = ACTION_PLAN_DEADLINE;
  const thisYear = isoOf(date.year, month, day);
  return today <= thisYear ? thisYear : isoOf(date.year + 1, month, day);
}

function statusOf(moment: LegalMoment, daysLeft: number | null): ReminderStatus {
  if (daysLeft == null) return 'unknown';
  if (daysLeft < 0) return 'replan';
  return daysLeft <= LEAD_DAYS[moment] ? 'soon' : 'later';
}

function reminder(
  moment: LegalMoment,
  last: string | null,
  due: string | null,
  today: string,
  suggestion: LegalReminder['suggestion'],
): LegalReminder {
  const daysLeft = due == null ? null : daysBetween(today, due);
  return { moment, last, due, daysLeft, status: statusOf(moment, daysLeft), suggestion };
}

/**
 * The policy cycle as reminders, in the order a policy year meets them:
 * - the psychosocial risk analysis, planned five years after the last one (step 2's date). The law sets no term:
 *   once that day has passed it is to be planned again (no date is suggested: the user plans it);
 * - the global prevention plan, for five years, drawn up from the risk analysis (the draft holds no date for it);
 * - the yearly evaluation of the psychosocial prevention measures (Codex art. I.3-6; no fixed day in the year);
 * - the annual action plan, submitted for the committee's advice at the latest on the next 1 November.
 */
export function legalCycle(steps: DraftSteps, today: Date): LegalReminder[] {
  const now = isoDay(today);
  const last = steps['as-is'].figures.lastRiskAnalysis;
  const lastValid = last != null && parts(last) ? last : null;
  const riskDue = lastValid ? addYears(lastValid, FIVE_YEARLY) : null;
  // An overdue analysis needs a new date, chosen by the user: never suggest a day in the past.
  const riskReview = riskDue != null && riskDue >= now ? riskDue : null;
  const planDeadline = nextActionPlanDeadline(now);
  // Suggest the day before the deadline, so the plan is there in time; on 1 November itself, that day.
  const dayBefore = planDeadline ? addDays(planDeadline, -1) : null;
  const planReview = dayBefore != null && dayBefore >= now ? dayBefore : planDeadline;
  return [
    reminder('risk-analysis', lastValid, riskDue, now, { date: riskReview, phase: 'check' }),
    reminder('prevention-plan', null, null, now, { date: null, phase: 'plan' }),
    reminder('psychosocial-evaluation', null, null, now, { date: null, phase: 'check' }),
    reminder('annual-action-plan', null, planDeadline, now, { date: planReview, phase: 'plan' }),
  ];
}

/**
 * Whether the calendar already holds a review moment for this reminder: one
 * added from the same legal moment, in the same year when the reminder has a date.
 */
export function isInCalendar(
  reminderItem: LegalReminder,
  reviews: readonly Pick<ReviewMoment, 'legal' | 'date'>[],
): boolean {
  const year = reminderItem.suggestion.date?.slice(0, 4);
  return reviews.some(
    (review) =>
      review.legal === reminderItem.moment && (year == null || review.date == null || review.date.startsWith(year)),
  );
}

/** A review moment for a legal reminder, with the title and participants in the user's language. */
export function reviewFromReminder(
  reminderItem: LegalReminder,
  text: { title: string; participants: string },
  uid: string,
): ReviewMoment {
  return {
    uid,
    date: reminderItem.suggestion.date,
    phase: reminderItem.suggestion.phase,
    title: text.title,
    participants: text.participants,
    legal: reminderItem.moment,
  };
}

export interface CalendarYear<T> {
  year: number;
  reviews: T[];
}

export interface ReviewCalendar<T> {
  /** Years in ascending order, each with its moments by date (then PDCA phase, then entry order). */
  years: CalendarYear<T>[];
  /** Moments without a (valid) date yet, in entry order. */
  undated: T[];
}

const phaseRank = (phase: PdcaPhase | null | undefined) =>
  phase == null ? PDCA_PHASES.length : PDCA_PHASES.indexOf(phase);

/** Review moments sorted by date and grouped by year, for the calendar view and the exports. */
export function reviewCalendar<T extends Pick<ReviewMoment, 'date' | 'phase'>>(
  reviews: readonly T[],
): ReviewCalendar<T> {
  const dated = reviews
    .map((review, index) => ({ review, index, date: review.date != null && parts(review.date) ? review.date : null }))
    .filter((item): item is { review: T; index: number; date: string } => item.date != null)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || phaseRank(a.review.phase) - phaseRank(b.review.phase) || a.index - b.index,
    );
  const years: CalendarYear<T>[] = [];
  for (const { review, date } of dated) {
    const year = Number(date.slice(0, 4));
    const last = years.at(-1);
    if (last?.year === year) last.reviews.push(review);
    else years.push({ year, reviews: [review] });
  }
  const undated = reviews.filter((review) => review.date == null || !parts(review.date));
  return { years, undated };
}
