'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { APPROVAL_DATES } from '@/lib/steps/action';
import { emptyToNull } from '@/lib/steps/fields';
import styles from '../ActionStep.module.css';
import type { ActionForm } from './types';

const LABELS = {
  preventionServiceAdvice: 'approvalPreventionServiceAdvice',
  psychosocialAdvice: 'approvalPsychosocialAdvice',
  committeeAdvice: 'approvalCommitteeAdvice',
  managementApproval: 'approvalManagementApproval',
} as const;

/** The dates of the advice on the plan (prevention service, psychosocial adviser, committee) and of the management's approval. */
export function ApprovalDates({ form }: { form: ActionForm }) {
  const t = useTranslations('steps.action');
  const optional = useTranslations('common')('optional');
  const errorFor = useFieldError(form);
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('approvalHeading')}</legend>
      <p>{t('approvalIntro')}</p>
      {APPROVAL_DATES.map((name) => (
        <TextField
          key={name}
          id={fieldId(`approval.${name}`)}
          type="date"
          label={t(LABELS[name])}
          hint={name === 'committeeAdvice' ? t('approvalCommitteeAdviceHint') : undefined}
          optionalText={optional}
          error={errorFor(`approval.${name}`)}
          className={styles.dateInput}
          {...form.register(`approval.${name}`, { setValueAs: emptyToNull })}
        />
      ))}
    </fieldset>
  );
}
