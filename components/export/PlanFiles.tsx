'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download';
import { InlineRadios } from '@/components/ui/InlineRadios';
import { DownloadStatus, useDownload } from '@/components/ui/useDownload';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { locales, type Locale } from '@/i18n/routing';
import { localIsoDate } from '@/lib/export/fileName';
import type { PlanFileFormat } from '@/lib/export/planFiles';

const BUTTONS = { xlsx: 'buttonSheet', csv: 'buttonCsv', ics: 'buttonCalendar' } as const satisfies Record<
  PlanFileFormat,
  string
>;

/**
 * The action plan as a spreadsheet and the plan's dates as a calendar file, in either language, built on the
 * device at the click (the writers load then). Reads the draft at the click, so typing never re-renders it.
 */
export function PlanFiles() {
  const { current } = useDraftActions();
  const t = useTranslations('export.ui');
  const id = useId();
  const [language, setLanguage] = useState<Locale>(useLocale());
  const download = useDownload();

  const make = (format: PlanFileFormat) =>
    download.start(async () => {
      const { planFile } = await import('@/lib/export/planFiles');
      const result = planFile(format, current(), language, localIsoDate());
      downloadFile(result.file, result.bytes as Uint8Array<ArrayBuffer>, result.type);
      return result.file;
    });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="heading-m" id={`${id}-heading`}>
        {t('filesHeading')}
      </h2>
      <p>{t('filesIntro')}</p>
      <InlineRadios
        legend={t('language')}
        values={locales}
        value={language}
        onChange={setLanguage}
        label={(code) => t(`languages.${code}`)}
      />
      <p className="hint" id={`${id}-csv`}>
        {t('csvNote')}
      </p>
      <div className="button-group">
        {(Object.keys(BUTTONS) as PlanFileFormat[]).map((format) => (
          <Button
            key={format}
            type="button"
            variant="secondary"
            aria-disabled={download.busy}
            aria-describedby={format === 'csv' ? `${id}-csv` : undefined}
            onClick={() => void make(format)}
          >
            {t(BUTTONS[format])}
          </Button>
        ))}
      </div>
      <DownloadStatus
        state={download.state}
        working={t('fileWorking')}
        done={(file) => t('fileDone', { file })}
        failed={t('fileFailed')}
      />
    </section>
  );
}
