import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import type { ExportOptions } from '../viewModel';

/** Messages between the page and the export worker. */
export type WorkerRequest =
  | { kind: 'warm-up'; fontBase: string }
  | { kind: 'render'; id: number; fontBase: string; draft: Draft; locale: Locale; options: ExportOptions };

export type WorkerResponse =
  | { kind: 'rendered'; id: number; pdf: ArrayBuffer; milliseconds: number }
  | { kind: 'failed'; id: number; message: string };
