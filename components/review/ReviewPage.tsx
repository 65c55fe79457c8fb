'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ExportPdf } from '@/components/export/ExportPdf';
import { PlanFiles } from '@/components/export/PlanFiles';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { useDocumentTitle } from '@/components/workspace/useDocumentTitle';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { toLocale } from '@/i18n/routing';
import { reviewSteps, type ReviewRow } from '@/lib/review';
import { getStep, type StepId } from '@/lib/steps/registry';
import { BlockView, type BlockWords } from './BlockView';
import { CoherenceChecks } from './CoherenceChecks';
import { useCoherence } from '@/components/workspace/useCoherence';
import { blockWords, useToday } from './useReviewData';
import styles from './review.module.css';

/**
 * "Check your answers" (GOV.UK): the coherence checks, then every registry
 * step's answers as summary lists with "Change" links that open the step at
 * the field and come back here; the export and the accessible version.
 */
export function ReviewPage() {
  const { draft } = useDraftSession();
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const today = useToday();
  useDocumentTitle(t('review.title'), draft.name);
  const steps = useMemo(() => reviewSteps(draft, locale, today), [draft, locale, today]);
  const words = useMemo(() => blockWords(locale), [locale]);
  const { issues } = useCoherence();
  return (
    <>
      <WorkspaceLink step={null} className="back-link">
        {t('stepPage.backToOverview')}
      </WorkspaceLink>
      <span className="caption">{draft.name}</span>
      <h1 className="heading-xl" tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      <CoherenceChecks issues={issues} />
      {steps.map((step) => {
        const title = t(`${getStep(step.id).messages}.title`);
        const headingId = `review-${step.id}`;
        return (
          <section key={step.id} aria-labelledby={headingId} className={styles.step}>
            <div className={styles.stepHeader}>
              <h2 className="heading-l" id={headingId}>
                {step.number}. {title}
              </h2>
              <strong className={`tag tag--${step.status}`}>
                <span className="visually-hidden">{t('review.stepStatus', { number: step.number })} </span>
                {t(`status.${step.status}`)}
              </strong>
            </div>
            {step.notices.map((notice) => (
              <p key={notice} className="hint">
                {notice}
              </p>
            ))}
            <dl className={styles.summaryList}>
              {step.rows.map((row, index) => (
                <Row key={`${row.key}-${index}`} row={row} step={step.id} words={words} />
              ))}
            </dl>
          </section>
        );
      })}
      <ExportPdf onReviewPage />
      <PlanFiles />
      <section aria-labelledby="print-heading">
        <h2 className="heading-m" id="print-heading">
          {t('review.printHeading')}
        </h2>
        <p>{t('review.printIntro')}</p>
        <p>
          <WorkspaceLink step={{ view: 'print' }}>{t('review.printLink')}</WorkspaceLink>
        </p>
      </section>
    </>
  );
}

function Row({ row, step, words }: { row: ReviewRow; step: StepId; words: BlockWords }) {
  const t = useTranslations('review');
  const wide = row.answer?.kind === 'block' && row.answer.block.kind !== 'text' && row.answer.block.kind !== 'list';
  return (
    <div className={`${styles.row} ${wide ? styles.rowWide : ''}`}>
      <dt className={styles.key}>{row.key}</dt>
      <dd className={styles.value}>
        {row.answer === null ? (
          <span className={styles.notProvided}>{t('notProvided')}</span>
        ) : row.answer.kind === 'value' ? (
          <span className={styles.userText}>{row.answer.text}</span>
        ) : (
          <BlockView block={row.answer.block} level={3} words={words} hideTitle />
        )}
      </dd>
      {row.field ? (
        <dd className={styles.actions}>
          <WorkspaceLink step={{ step, field: row.field, from: 'review' }}>
            {t('change')}
            <span className="visually-hidden"> {row.key}</span>
          </WorkspaceLink>
        </dd>
      ) : null}
    </div>
  );
}
