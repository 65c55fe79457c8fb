'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { uidsOf, withoutDanglingLinks } from '@/lib/actions';
import { referencesTo, type Reference } from '@/lib/links';
import { ActionList } from './action/ActionList';
import { ApprovalDates } from './action/ApprovalDates';
import { CommunicationPlan } from './action/CommunicationPlan';
import { OperationalObjectives } from './action/OperationalObjectives';
import { Timeline } from './action/Timeline';
import type { RequestRemoval } from './action/types';
import { useStepTitle } from './action/useLinkOptions';

type PendingRemoval = Parameters<RequestRemoval>[0] & { referrers: Reference[] };

/** Step 6 — Action: operational objectives, actions with a timeline, communication plan. */
export function ActionStep() {
  const t = useTranslations('steps.action');
  const tCommon = useTranslations('common');
  const stepTitle = useStepTitle();
  // The form holds this step's values; it does not re-render when the draft is saved.
  const { current, unlink } = useDraftActions();
  // Links to entities deleted in other steps read as "not linked".
  const [defaults] = useState(() => {
    const { steps } = current();
    return withoutDanglingLinks(steps.action, {
      stakeholders: uidsOf(steps.roles.stakeholders),
      strategicObjectives: uidsOf(steps['to-be'].objectives),
      budgetLines: uidsOf(steps.resources.budgetLines),
    });
  });
  const { form, onSubmit } = useStepForm('action', defaults);
  const [pending, setPending] = useState<PendingRemoval | null>(null);

  // Other steps (step 7's indicators) may point at an objective or action: ask first, then clear those links.
  const requestRemoval = useCallback<RequestRemoval>(
    (removal) => {
      const referrers = referencesTo(current().steps, removal.uid).filter((reference) => reference.step !== 'action');
      if (referrers.length === 0) removal.run();
      else setPending({ ...removal, referrers });
    },
    [current],
  );

  return (
    <StepFormFrame stepId="action" form={form} onSubmit={onSubmit}>
      <OperationalObjectives form={form} requestRemoval={requestRemoval} />
      <ActionList form={form} requestRemoval={requestRemoval} />
      <Timeline form={form} />
      <CommunicationPlan form={form} />
      <ApprovalDates />
      <StepNotes />
      <ConfirmDialog
        open={pending !== null}
        danger
        title={
          pending
            ? t(pending.kind === 'objective' ? 'deleteObjectiveTitle' : 'deleteActionTitle', { name: pending.label })
            : ''
        }
        confirmLabel={t('deleteConfirm')}
        cancelLabel={tCommon('cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          pending.run();
          unlink([pending.uid], 'action');
          setPending(null);
        }}
      >
        {pending ? (
          <>
            <p>{t('referencedBy', { step: stepTitle(pending.referrers[0]?.step ?? 'measure') })}</p>
            <ul className="list list--bullet">
              {pending.referrers.map((reference) => (
                <li key={reference.uid}>{reference.text || tCommon('list.untitled')}</li>
              ))}
            </ul>
            <p>{t('linksCleared')}</p>
          </>
        ) : null}
      </ConfirmDialog>
    </StepFormFrame>
  );
}
