'use client';

import { useTranslations } from 'next-intl';
import { LongText } from '@/components/ui/form/fields';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { MirrorDocument } from './to-be/MirrorDocument';
import { Objectives } from './to-be/Objectives';
import { Slogan } from './to-be/Slogan';

/** Step 4 — To-be: results, strategic objectives, slogan and the mirror document. */
export function ToBeStep() {
  const t = useTranslations('steps.toBe');
  const { current } = useDraftActions();
  const { form, onSubmit } = useStepForm('to-be', current().steps['to-be']);

  return (
    <StepFormFrame stepId="to-be" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('resultsHeading')}</legend>
        <LongText name="results" label={t('results')} hint={t('resultsHint')} rows={6} />
      </fieldset>
      <Objectives form={form} />
      <Slogan form={form} />
      <MirrorDocument form={form} />
      <StepNotes />
    </StepFormFrame>
  );
}
