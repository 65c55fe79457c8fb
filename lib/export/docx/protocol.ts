import type { DocxRequest } from './build';

/** Messages between the page and the Word export worker. */
export type DocxWorkerRequest = DocxRequest & { id: number };

export type DocxWorkerResponse =
  | { kind: 'rendered'; id: number; docx: ArrayBuffer; milliseconds: number }
  | { kind: 'failed'; id: number; message: string };
