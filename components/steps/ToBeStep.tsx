'use client';

import { useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame, useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId, useStepForm } from '@/components/workspace/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import { MirrorDocument } from './to-be/MirrorDocument';
import { Objectives } from './to-be/Objectives';
import { Slogan } from './to-be/Slogan';

/** Step 4 — To-be: results, strategic objectives, slogan and the mirror document. */
export function ToBeStep() {
  const t = useTranslations('steps.toBe');
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm('to-be', draft.steps['to-be']);
  const errorFor = useFieldError(form);

  return (
    <StepFormFrame stepId="to-be" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('resultsHeading')}</legend>
        <TextArea
          id={fieldId('results')}
          label={t('results')}
          hint={t('resultsHint')}
          error={errorFor('results')}
          rows={6}
          maxLength={LIMITS.long}
          {...form.register('results')}
        />
      </fieldset>
      <Objectives form={form} />
      <Slogan form={form} />
      <MirrorDocument form={form} />
      <StepNotes form={form} />
    </StepFormFrame>
  );
}
