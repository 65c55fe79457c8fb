'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateInput } from '@/components/ui/form/fields';
import { FoldingGroup } from '@/components/ui/form/FoldingGroup';
import { formatDate } from '@/lib/format';
import { APPROVAL_DATES } from '@/lib/steps/action';
import styles from '../ActionStep.module.css';

const LABELS = {
  preventionServiceAdvice: 'approvalPreventionServiceAdvice',
  psychosocialAdvice: 'approvalPsychosocialAdvice',
  committeeAdvice: 'approvalCommitteeAdvice',
  managementApproval: 'approvalManagementApproval',
} as const;

/** Each date as its summary row says it (keys in `steps.action`). */
const FACT_KEYS = {
  preventionServiceAdvice: 'approvalFacts.preventionServiceAdvice',
  psychosocialAdvice: 'approvalFacts.psychosocialAdvice',
  committeeAdvice: 'approvalFacts.committeeAdvice',
  managementApproval: 'approvalFacts.managementApproval',
} as const;

/** The dates of the advice on the plan (prevention service, psychosocial adviser, committee) and of the management's approval. */
export function ApprovalDates() {
  const t = useTranslations('steps.action');
  const tList = useTranslations('common.list');
  const locale = useLocale();
  const { control } = useFormContext();
  const approval = (useWatch({ control, name: 'approval' }) ?? {}) as Partial<Record<string, unknown>>;
  const facts = APPROVAL_DATES.flatMap((name) => {
    const value = approval[name];
    return typeof value === 'string' && value.trim() !== ''
      ? [t(FACT_KEYS[name], { date: formatDate(value.trim(), locale) })]
      : [];
  });
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('approvalHeading')}</legend>
      <p>{t('approvalIntro')}</p>
      <FoldingGroup
        name="approval"
        legend={tList('answers')}
        empty={facts.length === 0}
        facts={facts.length === 0 ? [tList('nothingYet')] : facts}
      >
        <div className="field-grid">
          {APPROVAL_DATES.map((name) => (
            <DateInput
              key={name}
              name={`approval.${name}`}
              label={t(LABELS[name])}
              hint={name === 'committeeAdvice' ? t('approvalCommitteeAdviceHint') : undefined}
              className={styles.dateInput}
            />
          ))}
        </div>
      </FoldingGroup>
    </fieldset>
  );
}
