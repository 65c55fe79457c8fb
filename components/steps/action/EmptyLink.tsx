'use client';

import { useTranslations } from 'next-intl';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import type { StepId } from '@/lib/steps/registry';
import { useStepTitle } from './useLinkOptions';

/** "Step X has no … yet", with a link to that step. */
export function EmptyLink({
  step,
  messageKey,
}: {
  step: StepId;
  messageKey: 'noStrategic' | 'noStakeholders' | 'noBudgetLines';
}) {
  const t = useTranslations('steps.action');
  const title = useStepTitle()(step);
  return (
    <p className="notice">
      {t(messageKey, { step: title })} <WorkspaceLink step={step}>{t('goToStep', { step: title })}</WorkspaceLink>
    </p>
  );
}
