import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import type { ExportOptions } from '../viewModel';
import type { DocxWorkerRequest, DocxWorkerResponse } from './protocol';

/**
 * The page's side of the Word export worker. Import this module dynamically
 * (on the click): it is what pulls the worker, and docx in it, into the browser.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (docx: ArrayBuffer) => void; reject: (error: Error) => void }>();

function start(): Worker {
  const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<DocxWorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.kind === 'rendered') waiting?.resolve(response.docx);
    else waiting?.reject(new Error(response.message));
  };
  started.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Word export worker failed'));
    pending.clear();
    started.terminate();
    worker = null;
  };
  return started;
}

/** Builds the Word document in the worker; resolves with the .docx file's bytes. */
export function renderDocxInWorker(draft: Draft, locale: Locale, options: ExportOptions): Promise<ArrayBuffer> {
  worker ??= start();
  const id = nextId++;
  const request: DocxWorkerRequest = { id, draft, locale, options };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
