'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { InlineRadios } from '@/components/ui/InlineRadios';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { useDocumentTitle } from '@/components/workspace/useDocumentTitle';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { locales, toLocale, type Locale } from '@/i18n/routing';
import { buildExportView, type ExportStatus, type PlanView } from '@/lib/export/viewModel';
import { BlockView, type BlockWords } from './BlockView';
import { FinalBlockedNote } from './FinalBlockedNote';
import { useCoherence } from '@/components/workspace/useCoherence';
import { blockWords, useToday } from './useReviewData';
import styles from './document.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

const STATUSES: readonly ExportStatus[] = ['draft', 'final'];
const APPROVAL_ROWS = 3;

/**
 * The accessible version: the whole policy and action plan as semantic HTML,
 * from the same export view model as the PDF (one section per registry step),
 * in the chosen language (`lang` on the document). Print CSS drops the app's
 * chrome and these controls; "Print / save as PDF" opens the print dialog.
 */
export function PrintView() {
  const { draft } = useDraftSession();
  const t = useTranslations();
  const [language, setLanguage] = useState<Locale>(toLocale(useLocale()));
  const [chosenStatus, setStatus] = useState<ExportStatus>('draft');
  const { finalAllowed } = useCoherence();
  const status = finalAllowed ? chosenStatus : 'draft';
  const today = useToday();
  useDocumentTitle(t('print.title'), draft.name);
  const view = useMemo(
    () => buildExportView(draft, language, { status, date: today }),
    [draft, language, status, today],
  );
  const words = useMemo(() => blockWords(language), [language]);

  return (
    <>
      <div className={`no-print ${styles.controls}`}>
        <WorkspaceLink step={{ view: 'review' }} className="back-link">
          {t('review.backToReview')}
        </WorkspaceLink>
        <p>{t('print.intro')}</p>
        <section aria-label={t('print.options')}>
          <InlineRadios
            legend={t('export.ui.language')}
            values={locales}
            value={language}
            onChange={setLanguage}
            label={(code) => t(`export.ui.languages.${code}`)}
          />
          <InlineRadios
            legend={t('export.ui.status')}
            hint={finalAllowed ? null : <FinalBlockedNote />}
            values={finalAllowed ? STATUSES : ['draft']}
            value={status}
            onChange={setStatus}
            label={(code) => t(code === 'draft' ? 'export.ui.statusDraft' : 'export.ui.statusFinal')}
          />
          <Button type="button" onClick={() => window.print()}>
            {t('print.button')}
          </Button>
        </section>
      </div>
      <PrintDocument view={view} words={words} />
    </>
  );
}

/** The document itself: cover, summary, the two parts with one section per step, approval. */
function PrintDocument({ view, words }: { view: PlanView; words: BlockWords }) {
  const { cover, summary, approval } = view;
  return (
    <article lang={view.language} className={styles.document} aria-labelledby="document-title">
      <header className={styles.cover}>
        {cover.organisation ? <p className="caption">{cover.organisation}</p> : null}
        <h1 className="heading-xl" id="document-title" tabIndex={-1}>
          {cover.title}
        </h1>
        <p className="lead">{cover.subtitle}</p>
        {cover.slogan ? <p className={styles.slogan}>{cover.slogan}</p> : null}
        <dl className={styles.fields}>
          <div className={styles.fieldRow}>
            <dt>{cover.dateLabel}</dt>
            <dd>{cover.date}</dd>
          </div>
          <div className={styles.fieldRow}>
            <dt>{cover.statusLabel}</dt>
            <dd>{cover.status}</dd>
          </div>
        </dl>
        {cover.incomplete ? <p>{cover.incomplete}</p> : null}
      </header>
      {summary ? (
        <section aria-labelledby={summary.anchor} className={styles.section}>
          <h2 id={summary.anchor}>{summary.title}</h2>
          {summary.blocks.map((block, index) => (
            <BlockView key={index} block={block} level={3} words={words} />
          ))}
        </section>
      ) : null}
      {view.parts.map((part) => (
        <section key={part.id} aria-labelledby={part.anchor} className={styles.part}>
          <h2 id={part.anchor}>{part.title}</h2>
          {part.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.anchor} className={styles.section}>
              <h3 id={section.anchor}>{[section.number, section.title].filter(Boolean).join(' ')}</h3>
              {section.blocks.map((block, index) => (
                <BlockView key={index} block={block} level={4} words={words} />
              ))}
            </section>
          ))}
        </section>
      ))}
      <section aria-labelledby={approval.anchor} className={styles.approval}>
        <h2 id={approval.anchor}>{approval.title}</h2>
        <p>{approval.advice.intro}</p>
        <ul className="list list--bullet">
          {approval.advice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{approval.advice.note}</p>
        {approval.approved ? <p>{approval.approved}</p> : null}
        <p>{approval.intro}</p>
        {/* On a narrow screen the four columns scroll inside this region, not the page. */}
        <TableRegion
          caption={approval.title}
          captionClassName="visually-hidden"
          tableClassName={`${styles.table} ${styles.approvalTable}`}
        >
          <thead>
            <tr>
              {[approval.name, approval.role, approval.date, approval.signature].map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: APPROVAL_ROWS }, (_, row) => (
              <tr key={row}>
                {[0, 1, 2, 3].map((cell) => (
                  <td key={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>
    </article>
  );
}
