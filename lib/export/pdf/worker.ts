/// <reference lib="webworker" />
import { exportInstance, FONT_FILES, registerFonts } from './document';
import { loadHyphenation } from './hyphenation';
import { cacheShaping } from './shaping';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * Renders PDFs off the main thread. On warm-up it fetches the fonts and both
 * hyphenation pattern sets, so an export still works after the network dropped.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let fontsReady: Promise<void> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function toDataUrl(bytes: ArrayBuffer, file: string): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return `data:font/${file.slice(file.lastIndexOf('.') + 1)};base64,${btoa(binary)}`;
}

/** Fonts are kept in memory as data URLs: react-pdf then never needs the network again. */
function prepareFonts(fontBase: string): Promise<void> {
  fontsReady ??= Promise.all(
    FONT_FILES.map(async (file) => {
      const response = await fetch(new URL(file, fontBase));
      if (!response.ok) throw new Error(`Font ${file}: HTTP ${response.status}`);
      const bytes = await response.arrayBuffer();
      cacheShaping(new Uint8Array(bytes));
      return [file, toDataUrl(bytes, file)] as const;
    }),
  )
    .then((entries) => registerFonts('', Object.fromEntries(entries)))
    .catch((error: unknown) => {
      fontsReady = null;
      throw error;
    });
  return fontsReady;
}

function warmUp(fontBase: string) {
  return Promise.all([prepareFonts(fontBase), loadHyphenation('nl'), loadHyphenation('fr')]);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'warm-up') {
    queue = queue.then(() => warmUp(request.fontBase)).catch(() => undefined);
    return;
  }
  queue = queue.then(async () => {
    const started = performance.now();
    try {
      await prepareFonts(request.fontBase);
      const blob = await (await exportInstance(request)).toBlob();
      const pdf = await blob.arrayBuffer();
      const response: WorkerResponse = {
        kind: 'rendered',
        id: request.id,
        pdf,
        milliseconds: performance.now() - started,
      };
      scope.postMessage(response, [pdf]);
    } catch (error) {
      const response: WorkerResponse = { kind: 'failed', id: request.id, message: String(error) };
      scope.postMessage(response);
    }
  });
};
