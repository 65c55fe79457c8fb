/// <reference lib="webworker" />
import type { ImportRequest, ImportResponse } from './protocol';
import { importService } from './service';

/**
 * Reads and maps the organisation's files off the main thread: parsing a 10 MB workbook or mapping ten thousand
 * rows would otherwise block the page for longer than a frame budget allows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = importService();
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    let response: ImportResponse;
    try {
      response = await handle(request);
    } catch (error) {
      response = { type: 'failed', id: request.id, message: String(error) };
    }
    scope.postMessage(response);
  });
};
