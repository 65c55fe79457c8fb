import { defineRouting } from 'next-intl/routing';

export const locales = ['nl', 'fr'] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'nl',
  localePrefix: 'always',
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The route's locale, or the default for anything unexpected. */
export function toLocale(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
