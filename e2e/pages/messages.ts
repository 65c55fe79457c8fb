import { createTranslator } from 'next-intl';
import fr from '../../messages/fr.json';
import nl from '../../messages/nl.json';

export type Locale = 'nl' | 'fr';

/** Tests find things by the texts a user reads, taken from the app's own message files. */
export const messages = { nl, fr } as const;

function strings(tree: object): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value as object)));
}
const FRENCH = new Set(strings(fr));
const DUTCH = new Set(strings(nl));

const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/;

/**
 * A message with its placeholders filled in, as the app formats it: `{name}` replaced (a value not given stays
 * `{name}`, for tests that match the rest), plurals and selects by the rules of the message's language (taken
 * from `locale`, or from the message file that holds the text).
 */
export function fill(text: string, values: Record<string, string | number>, locale?: Locale): string {
  const simple = () => text.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? `{${key}}`));
  // A plural or select needs its value; without it, fill the simple placeholders and leave the rest as written.
  const needed = [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!);
  if (!ICU.test(text) || needed.some((name) => !(name in values))) return simple();
  const language = locale ?? (FRENCH.has(text) && !DUTCH.has(text) ? 'fr' : 'nl');
  const t = createTranslator({ locale: language, messages: { message: text } as never });
  return t('message' as never, values as never);
}

/** User text inside the app's words, as the app isolates it (lib/bidi.ts). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
