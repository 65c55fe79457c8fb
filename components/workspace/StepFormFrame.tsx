'use client';

import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { errorTargetId, SchemaForm } from '@/components/ui/form/context';
import { OpenEntryScope } from '@/components/ui/form/openEntry';
import { useMessageKey } from '@/components/ui/useMessageKey';
import { getStep, nextStep, type StepId } from '@/lib/steps/registry';
import { afterStep } from '@/lib/workspaceUrl';
import { useDraftActions } from './DraftSession';
import { flattenErrors } from './useStepForm';

/**
 * Error summary, the form element and "Save and continue", shared by every
 * step. The fields of the form kit (components/ui/form) inside it find the
 * form and the step's schemas by context.
 */
export function StepFormFrame<T extends FieldValues>({
  stepId,
  form,
  onSubmit,
  children,
}: {
  stepId: StepId;
  form: UseFormReturn<T>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
}) {
  const t = useTranslations('stepPage');
  const message = useMessageKey();
  const step = getStep(stepId);
  // The button says where it goes: the next step, or the review of all answers.
  const { location, current } = useDraftActions();
  const { from, field } = location;
  // Each list remembers its open entry per draft; a "Change" link opens the entry it points into.
  const draftUid = current().uid;
  const openScope = useMemo(() => ({ scope: draftUid, field }), [draftUid, field]);
  const { errors, isSubmitted, submitCount } = form.formState;
  const items = isSubmitted
    ? flattenErrors(errors).map((error) => ({ fieldId: errorTargetId(error.path), text: message(error.message) }))
    : [];
  return (
    <>
      <ErrorSummary title={t('errorSummaryTitle')} items={items} focusKey={submitCount} />
      <SchemaForm form={form} schema={step.schema} complete={step.complete}>
        <OpenEntryScope value={openScope}>
          <form noValidate onSubmit={onSubmit} className="step-form">
            {children}
            <p className="hint">{t('incompleteNote')}</p>
            <Button type="submit">
              {afterStep(nextStep(stepId), from).view ? t('saveAndReview') : t('saveAndContinue')}
            </Button>
          </form>
        </OpenEntryScope>
      </SchemaForm>
    </>
  );
}
