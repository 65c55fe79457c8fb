import { evaluationFindings, fitsFindings, latestEvaluation } from '@/lib/followUp/operations';
import { isoDay } from '@/lib/pdca';
import { DRAFT_NAME_MAX, draftSchema, type Draft } from './envelope';
import { duplicated } from './operations';

/**
 * "Start next year's plan from this one": the PDCA cycle turned once.
 *
 * - Steps 1 (why) to 5 (resources) are kept as they are: the organisation, its
 *   inventory, roles, goals and means carry over and are updated, not redone.
 * - Step 2 records which plan this one continues and asks what its evaluation
 *   showed (`evaluation.findings`): filled from the latest yearly evaluation of
 *   the follow-up (its conclusions and adjustments), else empty for the user to
 *   answer first. A text longer than the field is kept as typed (`typed`), so
 *   the step shows it whole and asks to shorten it.
 * - The follow-up (measurements, benchmarks, findings, action history,
 *   evaluations) carries over: next year's trend continues the series.
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
  const findings = evaluationFindings(latestEvaluation(draft.followUp));
  const fits = fitsFindings(findings);
  return draftSchema.parse({
    ...copy,
    typed: fits ? copy.typed : { ...copy.typed, 'as-is': { ...copy.typed['as-is'], 'evaluation.findings': findings } },
    steps: {
      ...steps,
      'as-is': { ...steps['as-is'], evaluation: { previousPlan: draft.name, findings: fits ? findings : '' } },
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
