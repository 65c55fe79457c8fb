'use client';

import { useDraftSession } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { continuedPlan } from '@/lib/draft/nextYear';
import { CoverageView } from './as-is/CoverageView';
import { EffortImpactMatrix } from './as-is/EffortImpactMatrix';
import { EvaluationField } from './as-is/EvaluationField';
import { FiguresFields } from './as-is/FiguresFields';
import { InitiativeList } from './as-is/InitiativeList';
import { JdrFields } from './as-is/JdrFields';

/** Step 2 — As-is: last year's evaluation, current initiatives on an effort–impact matrix, their coverage, figures and JD-R. */
export function AsIsStep() {
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm('as-is', draft.steps['as-is']);
  // A plan started from last year's begins with what its evaluation showed.
  const previousPlan = continuedPlan(draft);
  return (
    <StepFormFrame stepId="as-is" form={form} onSubmit={onSubmit}>
      {previousPlan ? <EvaluationField form={form} previousPlan={previousPlan} /> : null}
      <InitiativeList form={form} />
      <EffortImpactMatrix form={form} />
      <CoverageView control={form.control} />
      <FiguresFields form={form} />
      <JdrFields form={form} />
      {previousPlan ? null : <EvaluationField form={form} previousPlan={null} />}
      <StepNotes form={form} />
    </StepFormFrame>
  );
}
