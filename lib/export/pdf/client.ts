import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import type { ExportOptions } from '../viewModel';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * The page's side of the export worker. Import this module dynamically: it
 * is what pulls the worker (and react-pdf in it) into the browser.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (pdf: ArrayBuffer) => void; reject: (error: Error) => void }>();

const fontBase = () => new URL('/fonts/', window.location.href).href;

function post(request: WorkerRequest) {
  if (!worker) {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (response.kind === 'rendered') waiting?.resolve(response.pdf);
      else waiting?.reject(new Error(response.message));
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

/** Renders the draft in the worker; resolves with the PDF's bytes. */
export function renderPdfInWorker(draft: Draft, locale: Locale, options: ExportOptions): Promise<ArrayBuffer> {
  warmUpExport();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ kind: 'render', id, fontBase: fontBase(), draft, locale, options });
  });
}
