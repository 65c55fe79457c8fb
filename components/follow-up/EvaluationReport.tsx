'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { MissingGlyphsNote, useMissingGlyphs } from '@/components/export/MissingGlyphs';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download';
import { InlineRadios } from '@/components/ui/InlineRadios';
import { DownloadStatus, useDownload } from '@/components/ui/useDownload';
import { useDraftActions, useDraftSession, useDraftValue } from '@/components/workspace/DraftSession';
import { locales, type Locale } from '@/i18n/routing';
import { EXPORT_TYPES, exportFileName, localIsoDate } from '@/lib/export/fileName';
import type { ExportOptions } from '@/lib/export/viewModel';
import { chosenEvaluation } from '@/lib/followUp/operations';

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The yearly evaluation report for the committee, as PDF or Word in either language: the same workers, view
 * layers and file names as the plan's export (components/export/ExportPdf.tsx), asked for the evaluation report
 * (`ExportOptions.document`).
 */
export function EvaluationReport() {
  const t = useTranslations('followUp.report');
  const tLanguages = useTranslations('export.ui.languages');
  const id = useId();
  const [language, setLanguage] = useState<Locale>(useLocale() === 'fr' ? 'fr' : 'nl');
  const [chosen, setChosen] = useState<string | null>(null);
  const download = useDownload();
  const { current } = useDraftActions();
  const evaluations = useDraftValue((draft) => draft.followUp.evaluations);
  // Every character of the draft, as the plan's export checks it: the report shows names, indicators, actions,
  // objectives and the follow-up, and a subset picked here could miss one of them.
  const { draft } = useDraftSession();
  const glyphCheck = useMissingGlyphs(draft);
  const evaluation = chosenEvaluation({ ...current().followUp, evaluations }, chosen);
  if (!evaluation) return <p>{t('none')}</p>;
  const year = evaluation.year === null ? '' : String(evaluation.year);

  const run = (format: Format) =>
    download.start(async () => {
      const draft = current();
      const date = localIsoDate();
      const options: ExportOptions = {
        status: 'final',
        date,
        document: { kind: 'evaluation', evaluation: evaluation.uid },
      };
      const file = exportFileName(draft, date, format, t('fileName', { year }));
      if (format === 'docx') {
        const { renderDocxInWorker } = await import('@/lib/export/docx/client');
        downloadFile(file, await renderDocxInWorker(draft, language, options), EXPORT_TYPES.docx);
      } else {
        const { renderPdfInWorker } = await import('@/lib/export/pdf/client');
        downloadFile(file, await renderPdfInWorker(draft, language, options), EXPORT_TYPES.pdf);
      }
      return file;
    });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 className="heading-m" id={`${id}-heading`}>
        {t('heading')}
      </h3>
      <p>{t('intro')}</p>
      {evaluations.length > 1 ? (
        <div className="field">
          <label className="label" htmlFor={`${id}-evaluation`}>
            {t('evaluation')}
          </label>
          <select
            className="select"
            id={`${id}-evaluation`}
            value={evaluation.uid}
            onChange={(event) => setChosen(event.target.value)}
          >
            {evaluations.map((entry) => (
              <option key={entry.uid} value={entry.uid}>
                {t('evaluationOption', { year: entry.year === null ? '' : String(entry.year) })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <InlineRadios
        legend={t('language')}
        values={locales}
        value={language}
        onChange={setLanguage}
        label={(code) => tLanguages(code)}
      />
      <MissingGlyphsNote {...glyphCheck} id={`${id}-glyphs`} />
      <div className="button-group">
        {FORMATS.map((format) => (
          <Button
            key={format}
            type="button"
            variant="secondary"
            aria-disabled={download.busy}
            aria-describedby={format === 'pdf' && glyphCheck.missing.length > 0 ? `${id}-glyphs` : undefined}
            onClick={() => void run(format)}
          >
            {t(format === 'pdf' ? 'pdf' : 'word')}
          </Button>
        ))}
      </div>
      <DownloadStatus
        state={download.state}
        working={t('working')}
        done={(file) => t('done', { file })}
        failed={t('failed')}
      />
    </section>
  );
}
