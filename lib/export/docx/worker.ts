/// <reference lib="webworker" />
import type { DocxWorkerRequest, DocxWorkerResponse } from './protocol';
import { renderDocx } from './render';

/**
 * Builds Word documents off the main thread: for a large draft, building and
 * zipping the document takes several hundred milliseconds.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<DocxWorkerRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    const started = performance.now();
    try {
      const bytes = await renderDocx(request);
      const docx = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const response: DocxWorkerResponse = {
        kind: 'rendered',
        id: request.id,
        docx,
        milliseconds: performance.now() - started,
      };
      scope.postMessage(response, [docx]);
    } catch (error) {
      const response: DocxWorkerResponse = { kind: 'failed', id: request.id, message: String(error) };
      scope.postMessage(response);
    }
  });
};
