'use client';

import { useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/wizard/DraftSession';
import { StepFormFrame, useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId, useStepForm } from '@/components/wizard/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import { CoverageView } from './as-is/CoverageView';
import { EffortImpactMatrix } from './as-is/EffortImpactMatrix';
import { FiguresFields } from './as-is/FiguresFields';
import { InitiativeList } from './as-is/InitiativeList';
import { JdrFields } from './as-is/JdrFields';

/** Step 2 — As-is: current initiatives on an effort–impact matrix, their coverage, figures and JD-R. */
export function AsIsStep() {
  const tNotes = useTranslations('steps.notes');
  const optional = useTranslations('common')('optional');
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm('as-is', draft.steps['as-is']);
  const errorFor = useFieldError(form);
  return (
    <StepFormFrame stepId="as-is" form={form} onSubmit={onSubmit}>
      <InitiativeList form={form} />
      <EffortImpactMatrix form={form} />
      <CoverageView control={form.control} />
      <FiguresFields form={form} />
      <JdrFields form={form} />
      <TextArea
        id={fieldId('notes')}
        label={tNotes('label')}
        hint={tNotes('hint')}
        optionalText={optional}
        error={errorFor('notes')}
        rows={6}
        maxLength={LIMITS.long}
        {...form.register('notes')}
      />
    </StepFormFrame>
  );
}
