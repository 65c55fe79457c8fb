import type { Locale } from '@/i18n/routing';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

/**
 * For export tests (PDF and Word): the document strings of the other language,
 * to check that none shows up in a document. Tests only.
 */
const MESSAGES = { nl, fr } as const;
const OTHER: Record<Locale, Locale> = { nl: 'fr', fr: 'nl' };

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

type Namespace = keyof typeof nl.export;

/** Strings of the other language (in the given `export.*` namespaces) that this language does not also use ("Impact" is both). */
export function foreignLabels(locale: Locale, namespaces: Namespace[] = ['doc']): string[] {
  const pick = (lang: Locale) => namespaces.flatMap((name) => strings(MESSAGES[lang].export[name] as Tree));
  const own = new Set(pick(locale));
  return pick(OTHER[locale]).filter((text) => !text.includes('{') && text.length >= 4 && !own.has(text));
}

/** The text as a whole word (not inside a longer word). */
export const asWord = (text: string) =>
  new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
