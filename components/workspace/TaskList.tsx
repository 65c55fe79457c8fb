'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { ExportPdf } from '@/components/export/ExportPdf';
import { PlanFiles } from '@/components/export/PlanFiles';
import { completedCount, stepStatus } from '@/lib/draft/status';
import { STEPS, stepNumber } from '@/lib/steps/registry';
import { useDraftSession } from './DraftSession';
import { ContinuesNotice, NextYear, takeHeadingFocus } from './NextYear';
import { useDocumentTitle } from './useDocumentTitle';
import { WorkspaceLink } from './WorkspaceLink';

/** GOV.UK task list: the steps in registry order, each with its status. */
export function TaskList() {
  const { draft } = useDraftSession();
  const t = useTranslations();
  const locale = useLocale();
  useDocumentTitle(draft.name);
  const { measurements, actions, evaluations } = draft.followUp;
  const followUpStatus =
    evaluations.length > 0 ? 'completed' : measurements.length + actions.length > 0 ? 'in-progress' : 'not-started';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <>
      <span className="caption">{draft.organisation || t('draft.overviewTitle')}</span>
      <h1 className="heading-xl" tabIndex={-1} ref={heading}>
        {draft.name}
      </h1>
      <ContinuesNotice />
      <p>{t('draft.progress', { done: completedCount(draft), total: STEPS.length })}</p>
      <h2 className="heading-m">{t('draft.stepsHeading')}</h2>
      <ol className="task-list">
        {STEPS.map((step) => {
          const status = stepStatus(draft, step.id);
          const statusId = `status-${step.id}`;
          return (
            <li className="task-list__item" key={step.id}>
              <span className="task-list__number" aria-hidden="true">
                {stepNumber(step.id)}.
              </span>
              <WorkspaceLink step={step.id} className="task-list__link" aria-describedby={statusId}>
                {t(`${step.messages}.title`)}
              </WorkspaceLink>
              <strong className={`tag tag--${status}`} id={statusId}>
                {t(`status.${status}`)}
              </strong>
            </li>
          );
        })}
        <li className="task-list__item">
          <span className="task-list__number" aria-hidden="true" />
          <WorkspaceLink step={{ view: 'follow-up' }} className="task-list__link" aria-describedby="follow-up-status">
            {t('followUp.title')}
          </WorkspaceLink>
          <strong className={`tag tag--${followUpStatus}`} id="follow-up-status">
            {t(`status.${followUpStatus}`)}
          </strong>
        </li>
      </ol>
      <p className="hint">{t('followUp.taskListHint')}</p>
      <p>
        <WorkspaceLink step={{ view: 'review' }} className="task-list__link" aria-describedby="review-hint">
          {t('review.title')}
        </WorkspaceLink>
      </p>
      <p className="hint" id="review-hint">
        {t('review.taskListHint')}
      </p>
      <ExportPdf />
      <PlanFiles />
      <BackupPanel />
      <NextYear />
      <p>
        {/* No prefetch: the overview must not touch the network (it may be shown offline). */}
        <Link href={`/${locale}/`} prefetch={false}>
          {t('draft.backToHome')}
        </Link>
      </p>
    </>
  );
}
