'use client';

import { useTranslations } from 'next-intl';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { getStep, stepNumber, type StepId } from '@/lib/steps/registry';

/** "Go to step 3: Roles and responsibilities", moving within the workspace. */
export function StepLink({ step }: { step: StepId }) {
  const t = useTranslations();
  return (
    <WorkspaceLink step={step}>
      {t('steps.measure.goToStep', { number: stepNumber(step), title: t(`${getStep(step).messages}.title`) })}
    </WorkspaceLink>
  );
}
