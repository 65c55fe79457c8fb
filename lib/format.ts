import type { Locale } from '@/i18n/routing';

/**
 * Numbers, money and dates in the Belgian format of the chosen language
 * (nl-BE, fr-BE), for the UI and every export. French uses a narrow no-break
 * space (U+202F) between thousands: fonts used for exports must have it.
 */

export const LANGUAGE_TAGS: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format as T;
}

/** 1234.5 → "1.234,5" (nl) / "1 234,5" (fr); at most `maxDigits` decimals. */
export function formatNumber(value: number, locale: Locale, maxDigits = 2): string {
  return cached(`n:${locale}:${maxDigits}`, () =>
    new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: maxDigits }),
  ).format(value);
}

/** Euro, whole euros unless cents matter: "€ 12.500" (nl) / "12 500 €" (fr). */
export function formatMoney(value: number, locale: Locale): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  return cached(`m:${locale}:${cents}`, () =>
    new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    }),
  ).format(value);
}

/** A percentage given in per cent: 6.8 → "6,8 %" (nl and fr). */
export function formatPercent(value: number, locale: Locale, maxDigits = 2): string {
  return cached(`p:${locale}:${maxDigits}`, () =>
    new Intl.NumberFormat(LANGUAGE_TAGS[locale], { style: 'percent', maximumFractionDigits: maxDigits }),
  ).format(value / 100);
}

/** "2026-11-23" → "23 november 2026" / "23 novembre 2026". Invalid input is returned as is. */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(`d:${locale}`, () =>
    new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/** "2027-03" → "maart 2027" / "mars 2027". Invalid input is returned as is. */
export function formatMonth(isoMonth: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return cached(`mo:${locale}`, () =>
    new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** "2027-03" → "mrt. 2027" / "mars 2027": for narrow table headers. */
export function formatMonthShort(isoMonth: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return cached(`ms:${locale}`, () =>
    new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}
