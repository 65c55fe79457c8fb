import type { ImportKind, Mapping } from './mapping';
import type { ImportRequest, ImportResponse, MapAnswer, TableSummary } from './protocol';
import type { ReadError } from './read';

/**
 * The page's side of the import worker (lib/import/worker.ts). Import this module dynamically (when a file is
 * chosen): it is what pulls the worker, and papaparse and read-excel-file in it, into the browser. Without
 * module workers the same service runs here.
 */

type Pending = { resolve: (response: ImportResponse) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let inline: ((request: ImportRequest) => Promise<ImportResponse>) | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<ImportResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  };
  started.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Import worker failed'));
    pending.clear();
    started.terminate();
    worker = null;
  };
  return started;
}

async function send(request: ImportRequest, transfer: Transferable[] = []): Promise<ImportResponse> {
  worker ??= start();
  if (!worker) {
    inline ??= (await import('./service')).importService();
    return inline(request);
  }
  const running = worker;
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    running.postMessage(request, transfer);
  });
}

function failed(response: ImportResponse): never {
  throw new Error(response.type === 'failed' ? response.message : `Unexpected answer ${response.type}`);
}

/** Reads a file in the worker; the table stays there for `mapTable`. */
export async function readFile(
  bytes: ArrayBuffer,
): Promise<{ ok: true; summary: TableSummary } | { ok: false; error: ReadError }> {
  const response = await send({ type: 'read', id: nextId++, bytes }, [bytes]);
  return response.type === 'read' ? response.result : failed(response);
}

/** Maps a table read before: the preview and problems, and every record when `records` and nothing is wrong. */
export async function mapTable<K extends ImportKind>(
  table: number,
  kind: K,
  mapping: Mapping<K>,
  records: boolean,
): Promise<MapAnswer | null> {
  const columns: Record<string, number | null> = { ...mapping };
  const response = await send({ type: 'map', id: nextId++, table, kind, mapping: columns, records });
  return response.type === 'map' ? response.answer : failed(response);
}

/** Lets the worker drop a table the page no longer shows. */
export function forgetTable(table: number): void {
  void send({ type: 'forget', id: nextId++, table }).catch(() => undefined);
}
