'use client';

import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/ui/form/fields';
import { APPROVAL_DATES } from '@/lib/steps/action';
import styles from '../ActionStep.module.css';

const LABELS = {
  preventionServiceAdvice: 'approvalPreventionServiceAdvice',
  psychosocialAdvice: 'approvalPsychosocialAdvice',
  committeeAdvice: 'approvalCommitteeAdvice',
  managementApproval: 'approvalManagementApproval',
} as const;

/** The dates of the advice on the plan (prevention service, psychosocial adviser, committee) and of the management's approval. */
export function ApprovalDates() {
  const t = useTranslations('steps.action');
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('approvalHeading')}</legend>
      <p>{t('approvalIntro')}</p>
      {APPROVAL_DATES.map((name) => (
        <DateInput
          key={name}
          name={`approval.${name}`}
          label={t(LABELS[name])}
          hint={name === 'committeeAdvice' ? t('approvalCommitteeAdviceHint') : undefined}
          className={styles.dateInput}
        />
      ))}
    </fieldset>
  );
}
