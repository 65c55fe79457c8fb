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
  return cached(
    `n:${locale}:${maxDigits}`,
    () => new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: maxDigits }),
  ).format(value);
}

/** Euro, whole euros unless cents matter: "€ 12.500" (nl) / "12 500 €" (fr). */
export function formatMoney(value: number, locale: Locale): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  return cached(
    `m:${locale}:${cents}`,
    () =>
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
  return cached(
    `p:${locale}:${maxDigits}`,
    () => new Intl.NumberFormat(LANGUAGE_TAGS[locale], { style: 'percent', maximumFractionDigits: maxDigits }),
  ).format(value / 100);
}

/** "2026-11-23" → "23 november 2026" / "23 novembre 2026". Invalid input is returned as is. */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/**
 * Month texts, remembered: `Intl.DateTimeFormat#format` takes microseconds per
 * call, and a timeline of 200 actions asks for the same few months hundreds of
 * times on every keystroke. Months are few; the memo is emptied if it grows.
 */
const monthTexts = new Map<string, string>();
function monthText(kind: string, isoMonth: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${kind}:${locale}:${isoMonth}`;
  const known = monthTexts.get(key);
  if (known !== undefined) return known;
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  const text = cached(
    `${kind}:${locale}`,
    () => new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { ...options, timeZone: 'UTC' }),
  ).format(date);
  if (monthTexts.size >= 2000) monthTexts.clear();
  monthTexts.set(key, text);
  return text;
}

/** "2027-03" → "maart 2027" / "mars 2027". Invalid input is returned as is. */
export function formatMonth(isoMonth: string, locale: Locale): string {
  return monthText('mo', isoMonth, locale, { month: 'long', year: 'numeric' });
}

/** "2027-03" → "mrt. 2027" / "mars 2027": for narrow table headers. */
export function formatMonthShort(isoMonth: string, locale: Locale): string {
  return monthText('ms', isoMonth, locale, { month: 'short', year: 'numeric' });
}

/** "2027-03" → "mrt." / "mars": the month alone, for a chart's column under its year. */
export function formatMonthName(isoMonth: string, locale: Locale): string {
  return monthText('mn', isoMonth, locale, { month: 'short' });
}

/**
 * The start of a long text for a summary row: whole words up to `max`
 * characters, then "…"; line breaks become spaces. Undefined for empty text.
 */
export function excerpt(text: string | null | undefined, max = 90): string | undefined {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  const characters = [...flat];
  if (characters.length <= max) return flat;
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
