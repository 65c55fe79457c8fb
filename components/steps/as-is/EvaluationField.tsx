'use client';

import { useTranslations } from 'next-intl';
import { LongText } from '@/components/ui/form/fields';

/**
 * What the evaluation of the previous plan showed (closing the PDCA loop).
 * In a plan started from last year's (`previousPlan` set) it opens the step and
 * is needed to complete it; otherwise it is an optional question near the end.
 */
export function EvaluationField({ previousPlan }: { previousPlan: string | null }) {
  const t = useTranslations('steps.asIs');
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{previousPlan ? t('evaluationHeading') : t('evaluationOptionalHeading')}</legend>
      {previousPlan ? <p className="notice">{t('evaluationContinues', { name: previousPlan })}</p> : null}
      <LongText
        name="evaluation.findings"
        label={previousPlan ? t('evaluationFindings') : t('evaluationOptional')}
        hint={previousPlan ? t('evaluationFindingsHint') : t('evaluationOptionalHint')}
        optional={!previousPlan}
        rows={previousPlan ? 8 : 4}
      />
    </fieldset>
  );
}
