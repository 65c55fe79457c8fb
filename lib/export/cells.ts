import type { CodeLabels } from '@/content/types';
import type { Locale } from '@/i18n/routing';
import type { DraftSteps } from '@/lib/draft/envelope';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { Block } from './blocks';
import type { ExportTranslator } from './text';

/** What a step section is built from. */
export interface StepContext {
  steps: DraftSteps;
  locale: Locale;
  /** Document strings: keys under `export.doc`. */
  t: ExportTranslator;
  /** The export date, YYYY-MM-DD: "today" for every dated figure (never the clock). */
  today: string;
  /** The review page: keep empty answers (blocks and field rows with a `field`) to show them as not provided. */
  keepEmpty?: boolean;
}

export type Builder = (context: StepContext) => Block[];

/** "Label" of a code in the document language; '' for no choice. */
export function label<Code extends string>(
  labels: Record<Locale, CodeLabels<Code>>,
  code: Code | null | undefined,
  locale: Locale,
): string {
  return code == null ? '' : labels[locale][code].label;
}

/** Cell texts: '' for a value that is not filled in. */
export const joined = (items: string[]) => items.filter(Boolean).join(', ');
export const num = (value: number | null, locale: Locale) => (value == null ? '' : formatNumber(value, locale));
export const money = (value: number | null, locale: Locale) => (value == null ? '' : formatMoney(value, locale));
export const percent = (value: number | null, locale: Locale) => (value == null ? '' : formatPercent(value, locale));
export const date = (value: string | null, locale: Locale) => (value == null ? '' : formatDate(value, locale));
