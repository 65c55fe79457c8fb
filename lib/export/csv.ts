import type { SheetTable, SheetValue } from './actionPlanTable';

/**
 * A table as CSV the way Belgian offices open it: semicolons between fields (Excel's list separator in nl-BE and
 * fr-BE), decimal commas, a UTF-8 byte-order mark so Excel reads accents right, CRLF line ends (RFC 4180).
 *
 * Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula in a spreadsheet
 * (CSV injection): such a cell gets a leading apostrophe, which spreadsheets show as plain text. The export
 * control says so; the XLSX file stores every text exactly.
 */

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: SheetValue): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'month':
      return value.month;
    case 'number':
      // Both nl-BE and fr-BE write a decimal comma; no thousands separator, so spreadsheets read a number.
      return String(value.value).replace('.', ',');
    case 'text':
      return quote(FORMULA_START.test(value.text) ? `'${value.text}` : value.text);
  }
}

function quote(text: string): string {
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: SheetTable): string {
  const lines = [
    table.columns.map((column) => quote(column.header)).join(SEPARATOR),
    ...table.rows.map((row) => row.map(csvCell).join(SEPARATOR)),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
