import { applyMapping, firstProblems, previewRows, unmappedFields, type ImportKind, type Mapping } from './mapping';
import type { ImportRequest, ImportResponse } from './protocol';
import { readTable, type RawTable } from './read';

/**
 * The import worker's work, without the worker: read a file's bytes into a table it keeps, and map that table
 * (a preview and the problems for the mapping step, every record for the import). The worker runs it off the
 * main thread (worker.ts); tests and browsers without module workers call it directly. Keeps the last few
 * tables only, so a page that reads many files does not hold them all.
 */

const KEPT_TABLES = 4;
const PREVIEW_ROWS = 5;

export function importService() {
  const tables = new Map<number, RawTable>();
  let nextTable = 1;

  return async function handle(request: ImportRequest): Promise<ImportResponse> {
    if (request.type === 'forget') {
      tables.delete(request.table);
      return { type: 'forgotten', id: request.id };
    }
    if (request.type === 'read') {
      const read = await readTable(new Uint8Array(request.bytes));
      if (!read.ok) return { type: 'read', id: request.id, result: read };
      const table = nextTable++;
      tables.set(table, read.table);
      for (const old of tables.keys()) if (tables.size > KEPT_TABLES) tables.delete(old);
      const { format, headers, rows } = read.table;
      return {
        type: 'read',
        id: request.id,
        result: { ok: true, summary: { table, format, headers, rowCount: rows.length } },
      };
    }
    const table = tables.get(request.table);
    if (!table) return { type: 'map', id: request.id, answer: null };
    // The page built the mapping for this kind (lib/import/client.ts); fields it lacks count as unmapped.
    const mapping = request.mapping as Mapping<ImportKind>;
    const preview = previewRows(request.kind, table, mapping, PREVIEW_ROWS);
    const unmapped = unmappedFields(request.kind, mapping);
    const mapped = unmapped.length
      ? { ok: false as const, problems: unmapped }
      : applyMapping(request.kind, table, mapping);
    const problems = firstProblems(mapped.ok ? [] : mapped.problems);
    const full = request.records && mapped.ok;
    return {
      type: 'map',
      id: request.id,
      answer: {
        preview,
        problems: problems.shown,
        problemCount: problems.total,
        records: full ? mapped.records : null,
        rowNumbers: full ? table.rowNumbers : null,
      },
    };
  };
}
