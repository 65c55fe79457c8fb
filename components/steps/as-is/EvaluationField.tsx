'use client';

import { useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import type { AsIsForm } from './types';

/**
 * What the evaluation of the previous plan showed (closing the PDCA loop).
 * In a plan started from last year's (`previousPlan` set) it opens the step and
 * is needed to complete it; otherwise it is an optional question near the end.
 */
export function EvaluationField({ form, previousPlan }: { form: AsIsForm; previousPlan: string | null }) {
  const t = useTranslations('steps.asIs');
  const optional = useTranslations('common')('optional');
  const errorFor = useFieldError(form);
  const field = form.register('evaluation.findings');
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{previousPlan ? t('evaluationHeading') : t('evaluationOptionalHeading')}</legend>
      {previousPlan ? <p className="notice">{t('evaluationContinues', { name: previousPlan })}</p> : null}
      <TextArea
        id={fieldId('evaluation.findings')}
        label={previousPlan ? t('evaluationFindings') : t('evaluationOptional')}
        hint={previousPlan ? t('evaluationFindingsHint') : t('evaluationOptionalHint')}
        optionalText={previousPlan ? undefined : optional}
        error={errorFor('evaluation.findings')}
        rows={previousPlan ? 8 : 4}
        maxLength={LIMITS.long}
        {...field}
      />
    </fieldset>
  );
}
