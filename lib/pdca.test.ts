import { describe, expect, it } from 'vitest';
import { stepsSchema } from '@/lib/draft/envelope';
import type { ReviewMoment } from '@/lib/steps/measure';
import {
  addYears,
  daysBetween,
  isInCalendar,
  isoDay,
  legalCycle,
  nextActionPlanDeadline,
  reviewCalendar,
  reviewFromReminder,
} from './pdca';

const stepsWith = (lastRiskAnalysis: string | null) =>
  stepsSchema.parse({ 'as-is': { figures: { lastRiskAnalysis } } });
/** Noon local time, so the calendar day never depends on the machine's time zone. */
const day = (iso: string) => new Date(`${iso}T12:00:00`);

const byMoment = (steps: ReturnType<typeof stepsWith>, today: string) =>
  Object.fromEntries(legalCycle(steps, day(today)).map((item) => [item.moment, item]));

describe('date helpers', () => {
  it('adds years, keeping 29 February in leap years and clamping it otherwise', () => {
    expect(addYears('2021-03-15', 5)).toBe('2026-03-15');
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2021-02-30', 5)).toBeNull();
    expect(addYears('15/03/2021', 5)).toBeNull();
  });

  it('counts whole days across years and summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(daysBetween('2026-01-01', 'later')).toBeNull();
  });

  it('takes the calendar day in local time', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the annual action plan deadline (at the latest on 1 November)', () => {
  it('is 1 November of this year up to and including 1 November itself', () => {
    expect(nextActionPlanDeadline('2026-01-01')).toBe('2026-11-01');
    expect(nextActionPlanDeadline('2026-10-31')).toBe('2026-11-01');
    expect(nextActionPlanDeadline('2026-11-01')).toBe('2026-11-01');
  });

  it('rolls over to next year from 2 November on', () => {
    expect(nextActionPlanDeadline('2026-11-02')).toBe('2027-11-01');
    expect(nextActionPlanDeadline('2026-12-31')).toBe('2027-11-01');
  });

  it('on 31 October, 1 November and 2 November: the reminder, its days left and the suggested date', () => {
    expect(byMoment(stepsWith(null), '2026-10-31')['annual-action-plan']).toMatchObject({
      due: '2026-11-01',
      daysLeft: 1,
      status: 'soon',
      suggestion: { date: '2026-10-31' },
    });
    // On the deadline itself the plan can still be submitted that day: never a suggested day in the past.
    expect(byMoment(stepsWith(null), '2026-11-01')['annual-action-plan']).toMatchObject({
      due: '2026-11-01',
      daysLeft: 0,
      status: 'soon',
      suggestion: { date: '2026-11-01' },
    });
    expect(byMoment(stepsWith(null), '2026-11-02')['annual-action-plan']).toMatchObject({
      due: '2027-11-01',
      daysLeft: 364,
      status: 'later',
      suggestion: { date: '2027-10-31' },
    });
  });

  it('is due soon in the last two months and suggests a review the day before', () => {
    const early = byMoment(stepsWith(null), '2026-03-01')['annual-action-plan'];
    expect(early).toMatchObject({ due: '2026-11-01', status: 'later', daysLeft: 245 });
    const late = byMoment(stepsWith(null), '2026-09-15')['annual-action-plan'];
    expect(late).toMatchObject({ status: 'soon', suggestion: { date: '2026-10-31', phase: 'plan' } });
    const after = byMoment(stepsWith(null), '2026-11-02')['annual-action-plan'];
    expect(after).toMatchObject({ due: '2027-11-01', status: 'later', suggestion: { date: '2027-10-31' } });
  });
});

describe('legalCycle', () => {
  it('lists the four moments of the policy cycle in order', () => {
    expect(legalCycle(stepsWith(null), day('2026-05-01')).map((item) => item.moment)).toEqual([
      'risk-analysis',
      'prevention-plan',
      'psychosocial-evaluation',
      'annual-action-plan',
    ]);
  });

  it('has the yearly evaluation of the psychosocial measures, without inventing a day for it', () => {
    expect(byMoment(stepsWith('2022-06-15'), '2026-05-01')['psychosocial-evaluation']).toMatchObject({
      due: null,
      status: 'unknown',
      suggestion: { date: null, phase: 'check' },
    });
  });

  it('plans the next risk analysis five years after the last one (step 2)', () => {
    const risk = byMoment(stepsWith('2022-06-15'), '2026-05-01')['risk-analysis'];
    expect(risk).toMatchObject({ last: '2022-06-15', due: '2027-06-15', status: 'later' });
    expect(risk?.suggestion).toEqual({ date: '2027-06-15', phase: 'check' });
  });

  it('says a risk analysis is due soon within a year of its due date, and on the day itself', () => {
    expect(byMoment(stepsWith('2021-06-15'), '2025-06-15')['risk-analysis']?.status).toBe('soon');
    expect(byMoment(stepsWith('2021-06-15'), '2026-06-15')['risk-analysis']).toMatchObject({
      status: 'soon',
      daysLeft: 0,
    });
  });

  it('never calls a risk analysis overdue (the law sets no term): past its planned date it is to be planned', () => {
    expect(byMoment(stepsWith('2021-06-15'), '2026-06-16')['risk-analysis']).toMatchObject({
      due: '2026-06-15',
      status: 'replan',
      daysLeft: -1,
      suggestion: { date: null, phase: 'check' },
    });
    expect(byMoment(stepsWith('2015-01-01'), '2026-05-01')['risk-analysis']?.status).toBe('replan');
    const statuses = ['2015-01-01', '2021-06-15', '2024-01-01', null].flatMap((last) =>
      ['2026-05-01', '2026-11-01', '2031-12-31'].map(
        (today) => byMoment(stepsWith(last), today)['risk-analysis']?.status,
      ),
    );
    expect(statuses).not.toContain('overdue');
  });

  it('has no due date without the date of the last risk analysis', () => {
    expect(byMoment(stepsWith(null), '2026-05-01')['risk-analysis']).toMatchObject({
      last: null,
      due: null,
      daysLeft: null,
      status: 'unknown',
      suggestion: { date: null },
    });
  });

  it('never invents a date for the global prevention plan', () => {
    expect(byMoment(stepsWith('2022-06-15'), '2026-05-01')['prevention-plan']).toMatchObject({
      due: null,
      status: 'unknown',
    });
  });
});

describe('legal moments in the calendar', () => {
  const [risk, plan, , annual] = legalCycle(stepsWith('2022-06-15'), day('2026-05-01'));
  const text = { title: 'Risicoanalyse', participants: 'Preventieadviseur' };

  it('makes a review moment with the suggested date and phase, marked as legal', () => {
    expect(reviewFromReminder(risk!, text, 'r1')).toEqual({
      uid: 'r1',
      date: '2027-06-15',
      phase: 'check',
      title: 'Risicoanalyse',
      participants: 'Preventieadviseur',
      legal: 'risk-analysis',
    });
    expect(reviewFromReminder(plan!, text, 'r2').date).toBeNull();
  });

  it('knows when a legal moment is already in the calendar for its year', () => {
    expect(isInCalendar(annual!, [])).toBe(false);
    expect(isInCalendar(annual!, [{ legal: 'annual-action-plan', date: '2025-10-20' }])).toBe(false);
    expect(isInCalendar(annual!, [{ legal: 'annual-action-plan', date: '2026-10-20' }])).toBe(true);
    expect(isInCalendar(annual!, [{ legal: null, date: '2026-10-31' }])).toBe(false);
    expect(isInCalendar(plan!, [{ legal: 'prevention-plan', date: '2030-01-10' }])).toBe(true);
    expect(isInCalendar(risk!, [{ legal: 'risk-analysis', date: null }])).toBe(true);
  });
});

describe('reviewCalendar', () => {
  const review = (uid: string, date: string | null, phase: ReviewMoment['phase'] = null): ReviewMoment => ({
    uid,
    date,
    phase,
    title: uid,
    participants: '',
    legal: null,
  });

  it('sorts by date and groups by year, earliest first', () => {
    const calendar = reviewCalendar([
      review('c', '2027-03-01'),
      review('a', '2026-02-10'),
      review('d', '2027-11-30'),
      review('b', '2026-12-01'),
    ]);
    expect(calendar.years.map((year) => [year.year, year.reviews.map((r) => r.uid)])).toEqual([
      [2026, ['a', 'b']],
      [2027, ['c', 'd']],
    ]);
    expect(calendar.undated).toEqual([]);
  });

  it('orders moments on the same day by PDCA phase, then by entry order', () => {
    const calendar = reviewCalendar([
      review('act', '2026-06-01', 'act'),
      review('none', '2026-06-01'),
      review('check-1', '2026-06-01', 'check'),
      review('plan', '2026-06-01', 'plan'),
      review('check-2', '2026-06-01', 'check'),
    ]);
    expect(calendar.years[0]?.reviews.map((r) => r.uid)).toEqual(['plan', 'check-1', 'check-2', 'act', 'none']);
  });

  it('keeps moments without a valid date apart, in entry order', () => {
    const calendar = reviewCalendar([review('x', null), review('y', '2026-02-31'), review('z', '2026-01-01')]);
    expect(calendar.years).toHaveLength(1);
    expect(calendar.undated.map((r) => r.uid)).toEqual(['x', 'y']);
  });

  it('is empty for no moments', () => {
    expect(reviewCalendar([])).toEqual({ years: [], undated: [] });
  });
});
