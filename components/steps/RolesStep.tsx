'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ChoiceGroup, TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame, useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId, useStepForm } from '@/components/workspace/useStepForm';
import { participationLabels } from '@/content/reference/roles';
import { LIMITS } from '@/lib/steps/fields';
import { PARTICIPATION_CHANNELS } from '@/lib/steps/roles';
import { StakeholderList } from './roles/StakeholderList';
import { TaskList } from './roles/TaskList';

/** Step 3 — Roles and responsibilities: stakeholders and their grid, the RACI matrix, support among staff. */
export function RolesStep() {
  const t = useTranslations('steps.roles');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const { draft } = useDraftSession();
  const { form, onSubmit } = useStepForm('roles', draft.steps.roles);
  const errorFor = useFieldError(form);

  return (
    <StepFormFrame stepId="roles" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('stakeholdersHeading')}</legend>
        <p>{t('stakeholdersIntro')}</p>
        <StakeholderList form={form} errorFor={errorFor} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('tasksHeading')}</legend>
        <p>{t('tasksIntro')}</p>
        <TaskList form={form} errorFor={errorFor} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('supportHeading')}</legend>
        <p>{t('supportIntro')}</p>
        <TextArea
          id={fieldId('support.ambassadors')}
          label={t('ambassadors')}
          hint={t('ambassadorsHint')}
          optionalText={optional}
          error={errorFor('support.ambassadors')}
          rows={4}
          maxLength={LIMITS.long}
          {...form.register('support.ambassadors')}
        />
        <ChoiceGroup
          id={fieldId('support.participation')}
          type="checkbox"
          legend={t('participation')}
          hint={t('participationHint')}
          error={errorFor('support.participation')}
          options={PARTICIPATION_CHANNELS.map((code) => ({
            value: code,
            label: participationLabels[locale][code].label,
          }))}
          inputProps={form.register('support.participation')}
        />
        <TextArea
          id={fieldId('support.staffInvolvement')}
          label={t('staffInvolvement')}
          hint={t('staffInvolvementHint')}
          error={errorFor('support.staffInvolvement')}
          rows={5}
          maxLength={LIMITS.long}
          {...form.register('support.staffInvolvement')}
        />
      </fieldset>

      <StepNotes form={form} />
    </StepFormFrame>
  );
}
