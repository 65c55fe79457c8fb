import { isoDay } from '@/lib/pdca';
import { DRAFT_NAME_MAX, draftSchema, type Draft } from './envelope';
import { duplicated } from './operations';

/**
 * "Start next year's plan from this one": the PDCA cycle turned once.
 *
 * - Steps 1 (why) to 5 (resources) are kept as they are: the organisation, its
 *   inventory, roles, goals and means carry over and are updated, not redone.
 * - Step 2 records which plan this one continues and asks what its evaluation
 *   showed (`evaluation.findings`, empty: the user answers it first).
 * - Step 6's actions carry over with their status (done, in progress,
 *   postponed…) and everything else, but without start and end months: next
 *   year's timeline is planned anew.
 * - Step 7's indicators carry over. A review moment dated before today
 *   belonged to last year's cycle: its date is cleared so it is planned again
 *   (the step counts as in progress until it is). Moments still ahead, such as
 *   the next five-yearly risk analysis, keep their date.
 */

const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/g;

/** Every year in the name one later ("Welzijnsbeleid 2027–2029" → "… 2028–2030"); without one, `fallbackYear` is added. */
export function nextYearName(name: string, fallbackYear: number): string {
  const trimmed = name.trim();
  const bumped =
    trimmed.search(YEAR) !== -1
      ? trimmed.replace(YEAR, (year) => String(Number(year) + 1))
      : `${trimmed} ${fallbackYear}`;
  return bumped.slice(0, DRAFT_NAME_MAX);
}

export function nextYearDraft(draft: Draft, now: Date = new Date(), uid: string = crypto.randomUUID()): Draft {
  const copy = duplicated(draft, nextYearName(draft.name, now.getFullYear() + 1), now, uid);
  const today = isoDay(now);
  const { steps } = copy;
  return draftSchema.parse({
    ...copy,
    steps: {
      ...steps,
      'as-is': { ...steps['as-is'], evaluation: { previousPlan: draft.name, findings: '' } },
      action: {
        ...steps.action,
        actions: steps.action.actions.map((action) => ({ ...action, start: null, end: null })),
      },
      measure: {
        ...steps.measure,
        reviews: steps.measure.reviews.map((review) =>
          review.date != null && review.date < today ? { ...review, date: null } : review,
        ),
      },
    },
  });
}

/** The plan this draft continues, when it was started from last year's; null otherwise. */
export function continuedPlan(draft: Draft): string | null {
  const name = draft.steps['as-is'].evaluation.previousPlan.trim();
  return name || null;
}
