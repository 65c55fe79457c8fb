import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';

/**
 * An organisation's own file, read on the device: CSV as Belgian offices write it (semicolons or commas, a UTF-8
 * byte-order mark or Windows-1252) or an Excel workbook (its first sheet). Pure apart from the parsers; never
 * throws: every failure is a kind the UI turns into a message, and nothing is imported then.
 */

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A cell as the file holds it: text, a number, a date (Excel date cells) or nothing. */
export type RawCell = string | number | Date | null;

export interface RawTable {
  format: 'csv' | 'xlsx';
  /** How the CSV's text was encoded. */
  encoding: 'utf-8' | 'windows-1252' | null;
  /** The first row's texts, trimmed; '' for an empty header cell. */
  headers: string[];
  /** The rows below the header, as long as the header; fully empty rows left out. */
  rows: RawCell[][];
  /** The row number in the file (1-based, the header is row 1) of each entry of `rows`. */
  rowNumbers: number[];
}

export type ReadError =
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'not-a-table' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; row: number | null };

export type ReadResult = { ok: true; table: RawTable } | { ok: false; error: ReadError };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Windows-1252's bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay their code point, as WHATWG says. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 by table: Node's own decoder treats it as Latin-1 when built without full ICU. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else Windows-1252, as Excel writes CSV. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function table(format: RawTable['format'], encoding: RawTable['encoding'], data: RawCell[][]): ReadResult {
  const [head, ...body] = data;
  if (!head || head.every((cell) => cell == null || String(cell).trim() === ''))
    return { ok: false, error: { kind: 'empty' } };
  const headers = head.map((cell) => (cell == null ? '' : String(cell).trim()));
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  body.forEach((row, index) => {
    const cells = headers.map((_, column) => {
      const cell = row[column] ?? null;
      return typeof cell === 'string' && cell.trim() === '' ? null : cell;
    });
    if (cells.some((cell) => cell !== null)) {
      rows.push(cells);
      rowNumbers.push(index + 2);
    }
  });
  if (!rows.length) return { ok: false, error: { kind: 'empty' } };
  return { ok: true, table: { format, encoding, headers, rows, rowNumbers } };
}

function readCsv(bytes: Uint8Array): ReadResult {
  const { text, encoding } = decodeText(bytes);
  // Binary files that are not a spreadsheet: NUL bytes never occur in a text table.
  if (text.includes('\u0000')) return { ok: false, error: { kind: 'not-a-table' } };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) return { ok: false, error: { kind: 'unreadable', row: fatal.row == null ? null : fatal.row + 1 } };
  return table('csv', encoding, parsed.data);
}

/** File bytes → a raw table, CSV or XLSX by content (the name only breaks a tie). */
export async function readTable(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, error: { kind: 'too-large', maxBytes: MAX_IMPORT_BYTES } };
  if (bytes.byteLength === 0) return { ok: false, error: { kind: 'empty' } };
  if (ZIP.every((byte, index) => bytes[index] === byte)) {
    try {
      const copy = bytes.slice().buffer;
      const [first] = await readXlsxFile(copy);
      if (!first) return { ok: false, error: { kind: 'empty' } };
      return table('xlsx', null, first.data as RawCell[][]);
    } catch {
      return { ok: false, error: { kind: 'not-a-table' } };
    }
  }
  return readCsv(bytes);
}
