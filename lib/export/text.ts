import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

/**
 * Document strings for exports, outside any React tree (worker, CLI, tests).
 * `createTranslator` formats both the raw ICU strings read in Node and the
 * strings the next-intl plugin precompiles into the browser bundle.
 */
const MESSAGES = { nl, fr } as const;

export type ExportTranslator = (key: string, values?: Record<string, string | number>) => string;

export function exportTranslator(locale: Locale): ExportTranslator {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return (key, values) => t(key as never, values as never);
}
