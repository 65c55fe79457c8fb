'use client';

import { useTranslations } from 'next-intl';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { BoardText } from './resources/BoardText';
import { BudgetLines } from './resources/BudgetLines';
import { RoiCalculator } from './resources/RoiCalculator';
import { StaffAndExpertise } from './resources/StaffAndExpertise';

/** Step 5 — Resources and return: budget, internal time, expertise, return on investment, board text. */
export function ResourcesStep() {
  const t = useTranslations('steps.resources');
  const { current } = useDraftActions();
  const { form, onSubmit } = useStepForm('resources', current().steps.resources);

  return (
    <StepFormFrame stepId="resources" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('budgetHeading')}</legend>
        <p>{t('budgetIntro')}</p>
        <BudgetLines form={form} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('peopleHeading')}</legend>
        <StaffAndExpertise form={form} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('roi.heading')}</legend>
        <RoiCalculator form={form} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('board.heading')}</legend>
        <BoardText form={form} />
      </fieldset>

      <StepNotes />
    </StepFormFrame>
  );
}
