'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { continuedPlan, nextYearDraft } from '@/lib/draft/nextYear';
import { insertDraft } from '@/lib/draft/storage';
import { getStep, stepNumber } from '@/lib/steps/registry';
import { useDraftSession } from './DraftSession';
import { WorkspaceLink } from './WorkspaceLink';
import { draftHref } from '@/lib/workspaceUrl';

/** Where the evaluation of last year is asked (step 2, as-is). */
const EVALUATION_STEP = getStep('as-is');

let focusHeadingOnNextOverview = false;

/** The overview just opened replaces the one the user acted on: its heading takes focus, as after a page load. */
export function takeHeadingFocus(): boolean {
  const take = focusHeadingOnNextOverview;
  focusHeadingOnNextOverview = false;
  return take;
}

/**
 * "Start next year's plan from this one" (lib/draft/nextYear.ts): a new
 * draft, then its overview. The current draft is saved first and not changed.
 */
export function NextYear() {
  const { draft, flush } = useDraftSession();
  const t = useTranslations('nextYear');
  const locale = useLocale();
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="next-year-heading" className="section">
      <h2 className="heading-m" id="next-year-heading">
        {t('heading')}
      </h2>
      <p>{t('body')}</p>
      <Button
        variant="secondary"
        onClick={async () => {
          setFailed(false);
          try {
            await flush();
            const next = nextYearDraft(draft);
            await insertDraft(next);
            focusHeadingOnNextOverview = true;
            window.history.pushState(null, '', draftHref(locale, next.uid));
            window.scrollTo(0, 0);
          } catch {
            setFailed(true);
          }
        }}
      >
        {t('button')}
      </Button>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('failed')}
        </p>
      ) : null}
    </section>
  );
}

/** On the overview of a plan that continues last year's, until step 2's evaluation is written down. */
export function ContinuesNotice() {
  const { draft } = useDraftSession();
  const t = useTranslations();
  const previous = continuedPlan(draft);
  if (!previous || draft.steps['as-is'].evaluation.findings.trim()) return null;
  const number = stepNumber(EVALUATION_STEP.id);
  return (
    <div className="notice">
      <p>{t('nextYear.continues', { name: previous })}</p>
      <p>
        {t('nextYear.askEvaluation', { number })}{' '}
        <WorkspaceLink step={EVALUATION_STEP.id}>
          {t('nextYear.goToStep', { number, title: t(`${EVALUATION_STEP.messages}.title`) })}
        </WorkspaceLink>
      </p>
    </div>
  );
}
