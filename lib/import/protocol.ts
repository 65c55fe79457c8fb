import type { CellProblem, ImportKind, ImportRecord, PreviewRow } from './mapping';
import type { ReadError, RawTable } from './read';

/** Messages between the page and the import worker (lib/import/worker.ts): read a file, then map it. */
export type ImportRequest =
  | { type: 'read'; id: number; bytes: ArrayBuffer }
  | {
      type: 'map';
      id: number;
      /** The table a `read` answered with. */
      table: number;
      kind: ImportKind;
      /** Field → column (a `Mapping` of `kind`). */
      mapping: Record<string, number | null>;
      /** With every record when nothing is wrong (the import itself), not only the preview. */
      records: boolean;
    }
  | { type: 'forget'; id: number; table: number };

/** What the page learns of a file it had read: enough for the mapping step. */
export interface TableSummary {
  table: number;
  format: RawTable['format'];
  headers: string[];
  rowCount: number;
}

export interface MapAnswer {
  preview: PreviewRow[];
  /** The first problems, in file order, and how many there are. */
  problems: CellProblem[];
  problemCount: number;
  /** Every record with its row number in the file, when asked for and nothing is wrong. */
  records: ImportRecord<ImportKind>[] | null;
  rowNumbers: number[] | null;
}

export type ImportResponse =
  | { type: 'read'; id: number; result: { ok: true; summary: TableSummary } | { ok: false; error: ReadError } }
  | { type: 'map'; id: number; answer: MapAnswer | null }
  | { type: 'forgotten'; id: number }
  | { type: 'failed'; id: number; message: string };
