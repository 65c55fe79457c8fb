'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { useDraftSession } from '@/components/wizard/DraftSession';
import { locales, type Locale } from '@/i18n/routing';
import { exportFileName, localIsoDate } from '@/lib/export/fileName';
import type { ExportStatus } from '@/lib/export/viewModel';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed' };

const STATUSES: readonly ExportStatus[] = ['draft', 'final'];


const loadClient = () => import('@/lib/export/pdf/client');

/**
 * Warm the export worker once the page is idle and online: it then holds
 * react-pdf, the fonts and the hyphenation patterns, so exporting still works
 * after the network dropped. Nothing is fetched while offline.
 */
function useWarmUp() {
  useEffect(() => {
    let cancelled = false;
    const warm = () => {
      if (cancelled || !navigator.onLine) return;
      void loadClient().then((client) => !cancelled && client.warmUpExport());
    };
    const timer = window.setTimeout(warm, 1500);
    window.addEventListener('online', warm);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      window.removeEventListener('online', warm);
    };
  }, []);
}

function download(bytes: ArrayBuffer, file: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Export PDF" on the draft overview and the review: language and version,
 * rendered in a worker. `finalBlocked`: set while a blocking coherence check is
 * open; the final version is then not offered and this says why.
 */
export function ExportPdf({ finalBlocked = null }: { finalBlocked?: ReactNode } = {}) {
  const { draft } = useDraftSession();
  const uiLocale = useLocale();
  const t = useTranslations('export.ui');
  const id = useId();
  const [language, setLanguage] = useState<Locale>(uiLocale);
  const [chosenStatus, setStatus] = useState<ExportStatus>('draft');
  const status: ExportStatus = finalBlocked ? 'draft' : chosenStatus;
  const [state, setState] = useState<State>({ kind: 'idle' });
  useWarmUp();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      const date = localIsoDate();
      const { renderPdfInWorker } = await loadClient();
      const bytes = await renderPdfInWorker(draft, language, { status, date });
      const file = exportFileName(draft, date);
      download(bytes, file);
      setState({ kind: 'done', file });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  }

  const radios = <T extends string>(name: string, values: readonly T[], value: T, set: (next: T) => void, label: (v: T) => string) =>
    values.map((option) => (
      <div className="choice" key={option}>
        <input
          className="choice__input"
          type="radio"
          id={`${id}-${name}-${option}`}
          name={`${id}-${name}`}
          value={option}
          checked={value === option}
          onChange={() => set(option)}
        />
        <label className="choice__label" htmlFor={`${id}-${name}-${option}`}>
          {label(option)}
        </label>
      </div>
    ));

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="heading-m" id={`${id}-heading`}>
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <fieldset className="fieldset">
            <legend className="legend legend--s">{t('language')}</legend>
            <div className="choices choices--inline">
              {radios('language', locales, language, setLanguage, (code) => t(`languages.${code}`))}
            </div>
          </fieldset>
        </div>
        <div className="field">
          <fieldset className="fieldset" aria-describedby={`${id}-status-hint`}>
            <legend className="legend legend--s">{t('status')}</legend>
            <div className="hint" id={`${id}-status-hint`}>
              {t('statusDraftHint')}
            </div>
            {finalBlocked ? <p className="hint">{finalBlocked}</p> : null}
            <div className="choices choices--inline">
              {radios('status', finalBlocked ? ['draft'] : STATUSES, status, setStatus, (code) =>
                t(code === 'draft' ? 'statusDraft' : 'statusFinal'),
              )}
            </div>
          </fieldset>
        </div>
        <Button type="submit" variant="secondary" aria-disabled={state.kind === 'working'}>
          {t('button')}
        </Button>
      </form>
      <p role="status" aria-live="polite" className={state.kind === 'failed' ? 'error-message' : undefined}>
        {state.kind === 'working' ? t('working') : null}
        {state.kind === 'done' ? t('done', { file: state.file }) : null}
        {state.kind === 'failed' ? t('failed') : null}
      </p>
    </section>
  );
}
