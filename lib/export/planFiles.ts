import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { LANGUAGE_TAGS } from '@/lib/format';
import { actionPlanTable } from './actionPlanTable';
import { toCsv } from './csv';
import { EXPORT_TYPES, exportFileName } from './fileName';
import { calendarFromDraft } from './ics';
import { exportTranslator } from './text';
import { toXlsx } from './xlsx';

/** The plan for other programs: the action plan as a spreadsheet (XLSX, CSV) and its dates as a calendar (ICS). */
export type PlanFileFormat = 'xlsx' | 'csv' | 'ics';

export interface PlanFile {
  file: string;
  type: string;
  bytes: Uint8Array;
}

/** Draft + language + export date → one file. Pure, and quick enough for the main thread (200 actions: a few ms). */
export function planFile(format: PlanFileFormat, draft: Draft, locale: Locale, date: string): PlanFile {
  const file = exportFileName(draft, date, format);
  const type = EXPORT_TYPES[format];
  if (format === 'ics')
    return { file, type, bytes: new TextEncoder().encode(calendarFromDraft(draft, locale, { date })) };
  const table = actionPlanTable(draft.steps, locale);
  if (format === 'csv') return { file, type, bytes: new TextEncoder().encode(toCsv(table)) };
  const t = exportTranslator(locale);
  const title = `${draft.name.trim() || t('export.doc.untitled')} – ${table.name}`;
  return {
    file,
    type,
    bytes: toXlsx(table, { title, creator: draft.organisation.trim(), date, language: LANGUAGE_TAGS[locale] }),
  };
}
