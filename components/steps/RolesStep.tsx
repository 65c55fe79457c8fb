'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ChoiceChecks, LongText } from '@/components/ui/form/fields';
import { FoldingGroup } from '@/components/ui/form/FoldingGroup';
import { optionsOf } from '@/components/ui/form/options';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { participationLabels } from '@/content/reference/roles';
import { excerpt } from '@/lib/format';
import { PARTICIPATION_CHANNELS } from '@/lib/steps/roles';
import { StakeholderList } from './roles/StakeholderList';
import { TaskList } from './roles/TaskList';

/** Step 3 — Roles and responsibilities: stakeholders and their grid, the RACI matrix, support among staff. */
export function RolesStep() {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const { current } = useDraftActions();
  const { form, onSubmit } = useStepForm('roles', current().steps.roles);
  const tList = useTranslations('common.list');
  const support = useWatch({ control: form.control, name: 'support' });
  // The summary row of the support questions: the start of each answer and the channels ticked.
  const supportFacts = [
    excerpt(support?.ambassadors, 60),
    (support?.participation ?? []).map((channel) => participationLabels[locale][channel].label).join(', '),
    excerpt(support?.staffInvolvement, 60),
  ];

  return (
    <StepFormFrame stepId="roles" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('stakeholdersHeading')}</legend>
        <p>{t('stakeholdersIntro')}</p>
        <StakeholderList form={form} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('tasksHeading')}</legend>
        <p>{t('tasksIntro')}</p>
        <TaskList form={form} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('supportHeading')}</legend>
        <p>{t('supportIntro')}</p>
        <FoldingGroup
          name="support"
          legend={tList('answers')}
          empty={supportFacts.every((fact) => !fact)}
          facts={supportFacts.some(Boolean) ? supportFacts : [tList('nothingYet')]}
        >
          <LongText name="support.ambassadors" label={t('ambassadors')} hint={t('ambassadorsHint')} rows={4} />
          <ChoiceChecks
            name="support.participation"
            label={t('participation')}
            hint={t('participationHint')}
            options={optionsOf(PARTICIPATION_CHANNELS, participationLabels[locale]).map(({ value, label }) => ({
              value,
              label,
            }))}
          />
          <LongText
            name="support.staffInvolvement"
            label={t('staffInvolvement')}
            hint={t('staffInvolvementHint')}
            optional={false}
            rows={5}
          />
        </FoldingGroup>
      </fieldset>

      <StepNotes />
    </StepFormFrame>
  );
}
