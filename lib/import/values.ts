import { parseDecimal } from '@/lib/steps/fields';
import type { RawCell } from './read';

/**
 * Cell values as Belgian files write them. Each reader returns the value, `null` for an empty cell, or
 * `undefined` when the cell holds something else (the import then names the row and column; nothing is guessed).
 */

/** "6,8", "1.250,50", "12 500", 6.8 → a number. */
export function numberCell(cell: RawCell): number | null | undefined {
  if (cell == null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (cell instanceof Date) return undefined;
  const value = parseDecimal(cell);
  return typeof value === 'number' ? value : value === null ? null : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

function validMonth(year: number, month: number): string | undefined {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}

/** Excel's serial day number (days since 1899-12-30) → YYYY-MM. */
function fromSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 200_000) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return validMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/**
 * The month a row is about: a date cell, an Excel serial number, "31/03/2027", "03/2027", "2027-03",
 * "2027-03-31" or "3-2027". Day-first, as in Belgium: "03/04/2027" is 3 April.
 */
export function monthCell(cell: RawCell): string | null | undefined {
  if (cell == null) return null;
  if (cell instanceof Date) return validMonth(cell.getUTCFullYear(), cell.getUTCMonth() + 1);
  if (typeof cell === 'number') return fromSerial(cell);
  const text = cell.trim();
  let match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (match) return validDay(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return validDay(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return validMonth(Number(match[2]), Number(match[1]));
  if (/^\d+$/.test(text)) return fromSerial(Number(text));
  return undefined;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? validMonth(year, month) : undefined;
}

/** A text cell, trimmed; numbers and dates written out as the file shows them. */
export function textCell(cell: RawCell): string | null {
  if (cell == null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return text === '' ? null : text;
}
