'use client';

import { useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/wizard/DraftSession';
import { StepFormFrame, useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId, useStepForm } from '@/components/wizard/useStepForm';
import type { StepId } from '@/lib/steps/registry';

type NotesStepId = Exclude<StepId, 'why'>;

/** Working notes for the steps whose full forms follow in later issues. */
export function NotesStep({ stepId }: { stepId: NotesStepId }) {
  const t = useTranslations('steps.notes');
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm(stepId, draft.steps[stepId]);
  const errorFor = useFieldError(form);
  return (
    <StepFormFrame stepId={stepId} form={form} onSubmit={onSubmit}>
      <TextArea
        id={fieldId('notes')}
        label={t('label')}
        hint={t('hint')}
        error={errorFor('notes')}
        rows={10}
        {...form.register('notes')}
      />
    </StepFormFrame>
  );
}
