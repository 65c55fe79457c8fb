import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { measureDuration } from '@/lib/timing';
import type { ExportOptions } from '../viewModel';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * The page's side of the export worker. Import this module dynamically: it
 * is what pulls the worker (and react-pdf in it) into the browser.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (pdf: ArrayBuffer) => void; reject: (error: Error) => void; locale?: Locale }
>();

const fontBase = () => new URL('/fonts/', window.location.href).href;

function post(request: WorkerRequest) {
  if (!worker) {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (response.kind === 'rendered') {
        measureDuration('pdf-render', response.milliseconds, { locale: waiting?.locale });
        waiting?.resolve(response.pdf);
      } else waiting?.reject(new Error(response.message));
    };
    worker.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Export worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  worker.postMessage(request);
}

/** Starts the worker and lets it fetch fonts and patterns now, so a later export works offline. */
export function warmUpExport(): void {
  if (!worker) post({ kind: 'warm-up', fontBase: fontBase() });
}

function render(draft: Draft, locale: Locale, options: ExportOptions): Promise<ArrayBuffer> {
  warmUpExport();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, locale });
    post({ kind: 'render', id, fontBase: fontBase(), draft, locale, options });
  });
}

/**
 * The one PDF rendered ahead: while the overview or the review sits idle, the
 * worker renders the open draft as the export form stands, so a click on an
 * unchanged draft downloads at once. Keyed by everything the document depends
 * on (the draft's content, the language, the options); any change misses.
 */
let ahead: { key: string; pdf: Promise<ArrayBuffer> } | null = null;
const keyOf = (draft: Draft, locale: Locale, options: ExportOptions) => JSON.stringify([draft, locale, options]);

/** Renders the PDF now, for a later `renderPdfInWorker` with the same arguments. */
export function renderPdfAhead(draft: Draft, locale: Locale, options: ExportOptions): void {
  const key = keyOf(draft, locale, options);
  if (ahead?.key === key) return;
  const pdf = render(draft, locale, options);
  const entry = { key, pdf };
  ahead = entry;
  pdf.catch(() => {
    if (ahead === entry) ahead = null;
  });
}

/** Renders the draft in the worker (or takes the PDF rendered ahead for the same arguments); resolves with the PDF's bytes. */
export function renderPdfInWorker(draft: Draft, locale: Locale, options: ExportOptions): Promise<ArrayBuffer> {
  const key = keyOf(draft, locale, options);
  if (ahead?.key === key) return ahead.pdf;
  return render(draft, locale, options);
}
