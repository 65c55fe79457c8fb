import type { Draft } from '@/lib/draft/envelope';

const MAX_PART = 60;

/** The export formats' MIME types, by file extension. */
export const EXPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
} as const;

/** Letters, digits and dashes only: "Groen Erfgoed – plan" → "Groen-Erfgoed-plan". */
function safe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART)
    .replace(/-+$/, '');
}

/**
 * "<organisation>_<title>_<date>.pdf" (or .docx, .xlsx…), safe on every file system; a document other than the
 * plan names itself before the date ("…_jaarlijkse-evaluatie-2026_2027-01-15.pdf").
 */
export function exportFileName(
  draft: Draft,
  date: string,
  extension: keyof typeof EXPORT_TYPES = 'pdf',
  document = '',
): string {
  const parts = [safe(draft.organisation), safe(draft.name), safe(document), safe(date)].filter(Boolean);
  return `${parts.join('_') || 'welzijnskompas'}.${extension}`;
}

/** A day as YYYY-MM-DD in local time (the export's date). */
export function localIsoDate(now: Date = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
