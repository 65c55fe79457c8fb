'use client';

import { useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/wizard/DraftSession';
import { StepFormFrame, useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId, useStepForm } from '@/components/wizard/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import { BoardText } from './resources/BoardText';
import { BudgetLines } from './resources/BudgetLines';
import { RoiCalculator } from './resources/RoiCalculator';
import { StaffAndExpertise } from './resources/StaffAndExpertise';

/** Step 5 — Resources and return: budget, internal time, expertise, return on investment, board text. */
export function ResourcesStep() {
  const t = useTranslations('steps.resources');
  const tNotes = useTranslations('steps.notes');
  const optional = useTranslations('common')('optional');
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm('resources', draft.steps.resources);
  const errorFor = useFieldError(form);

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
