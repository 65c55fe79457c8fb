import type { Locale } from '@/i18n/routing';

/** What every worksheet part gets from the server page: the translator and the locale. */
export interface SheetProps {
  t: (key: string, values?: Record<string, string | number>) => string;
  locale: Locale;
}
