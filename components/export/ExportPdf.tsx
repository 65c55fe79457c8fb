'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { useCoherence } from '@/components/workspace/useCoherence';
import { FinalBlockedNote } from '@/components/review/FinalBlockedNote';
import { locales, type Locale } from '@/i18n/routing';
import { EXPORT_TYPES, exportFileName, localIsoDate } from '@/lib/export/fileName';
import type { Draft } from '@/lib/draft/envelope';
import type { ExportStatus } from '@/lib/export/viewModel';
import { MissingGlyphsNote, useMissingGlyphs } from './MissingGlyphs';

type Format = 'pdf' | 'docx';
type State =
  | { kind: 'idle' }
  | { kind: 'working'; format: Format }
  | { kind: 'done'; format: Format; file: string }
  | { kind: 'failed'; format: Format };

/** Status messages per format (`export.ui.*`); Word's end in "Word". */
/** The status line's message per export state and format (keys in `export.ui`). */
const STATUS_KEYS = {
  pdf: { working: 'working', done: 'done', failed: 'failed' },
  docx: { working: 'workingWord', done: 'doneWord', failed: 'failedWord' },
} as const satisfies Record<Format, Record<'working' | 'done' | 'failed', string>>;

const STATUSES: readonly ExportStatus[] = ['draft', 'final'];

const loadClient = () => import('@/lib/export/pdf/client');

/**
 * Warm the export worker once the page is idle and online: it then holds
 * react-pdf, the fonts and the hyphenation patterns, so the first export is
 * quick and works after the network dropped. Nothing is fetched while offline.
 * In production the service worker precaches all of it and takes over the
 * page; a worker started before that would keep using the network, so the
 * warm-up waits for it.
 */
function useWarmUp(): boolean {
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const serviceWorker = process.env.NODE_ENV === 'production' ? navigator.serviceWorker : undefined;
    const warm = () => {
      if (cancelled || !navigator.onLine) return;
      if (serviceWorker && !serviceWorker.controller) {
        serviceWorker.addEventListener('controllerchange', warm, { once: true });
        return;
      }
      void loadClient().then((client) => {
        if (cancelled) return;
        client.warmUpExport();
        setWarm(true);
      });
    };
    const timer = window.setTimeout(warm, 1500);
    window.addEventListener('online', warm);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      window.removeEventListener('online', warm);
      serviceWorker?.removeEventListener('controllerchange', warm);
    };
  }, []);
  return warm;
}

/** How long the form must sit unchanged before the PDF is rendered ahead. */
const AHEAD_DELAY_MS = 800;

/**
 * Once the worker is warm, renders the PDF of the draft as the form stands
 * while the page sits idle, so "Export PDF" on an unchanged draft downloads
 * at once (the click takes the same render). Every change waits again.
 */
function useRenderAhead(warm: boolean, draft: Draft, language: Locale, status: ExportStatus) {
  useEffect(() => {
    if (!warm) return;
    let cancelled = false;
    let idle: number | null = null;
    const timer = window.setTimeout(() => {
      const start = () => {
        if (cancelled) return;
        void loadClient().then(
          (client) => !cancelled && client.renderPdfAhead(draft, language, { status, date: localIsoDate() }),
        );
      };
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(start, { timeout: 2000 });
      else start();
    }, AHEAD_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [warm, draft, language, status]);
}

/**
 * "Export PDF" and "Export Word" on the draft overview and the review: language
 * and version, rendered in a worker. The final version is offered only while no
 * blocking coherence check is open (every export control obeys this rule);
 * otherwise a note says why and links to the checks (`onReviewPage`: in-page).
 */
export function ExportPdf({ onReviewPage = false }: { onReviewPage?: boolean } = {}) {
  const { draft } = useDraftSession();
  const uiLocale = useLocale();
  const t = useTranslations('export.ui');
  const id = useId();
  const [language, setLanguage] = useState<Locale>(uiLocale);
  const [chosenStatus, setStatus] = useState<ExportStatus>('draft');
  const { finalAllowed } = useCoherence();
  const finalBlocked = finalAllowed ? null : <FinalBlockedNote onReviewPage={onReviewPage} />;
  const status: ExportStatus = finalBlocked ? 'draft' : chosenStatus;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const warm = useWarmUp();
  useRenderAhead(warm, draft, language, status);
  const glyphCheck = useMissingGlyphs(draft);

  async function run(format: Format) {
    if (state.kind === 'working') return;
    setState({ kind: 'working', format });
    try {
      const date = localIsoDate();
      const options = { status, date };
      const file = exportFileName(draft, date, format);
      if (format === 'docx') {
        // Word is rare next to PDF: docx and its worker load on this click only.
        const { renderDocxInWorker } = await import('@/lib/export/docx/client');
        downloadFile(file, await renderDocxInWorker(draft, language, options), EXPORT_TYPES.docx);
      } else {
        const { renderPdfInWorker } = await loadClient();
        downloadFile(file, await renderPdfInWorker(draft, language, options), EXPORT_TYPES.pdf);
      }
      setState({ kind: 'done', format, file });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed', format });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run('pdf');
  }

  const radios = <T extends string>(
    name: string,
    values: readonly T[],
    value: T,
    set: (next: T) => void,
    label: (v: T) => string,
  ) =>
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
        <MissingGlyphsNote {...glyphCheck} id={`${id}-glyphs`} />
        <div className="button-group">
          <Button
            type="submit"
            variant="secondary"
            aria-disabled={state.kind === 'working'}
            aria-describedby={glyphCheck.missing.length > 0 ? `${id}-glyphs` : undefined}
          >
            {t('button')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            aria-disabled={state.kind === 'working'}
            onClick={() => void run('docx')}
          >
            {t('buttonWord')}
          </Button>
        </div>
      </form>
      <p role="status" aria-live="polite" className={state.kind === 'failed' ? 'error-message' : undefined}>
        {state.kind === 'idle'
          ? null
          : state.kind === 'done'
            ? t(STATUS_KEYS[state.format].done, { file: state.file })
            : t(STATUS_KEYS[state.format][state.kind])}
      </p>
    </section>
  );
}
