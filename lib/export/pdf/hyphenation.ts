import type { Locale } from '@/i18n/routing';

/** react-pdf asks for the syllables a word may break into. */
export type Hyphenation = (word: string) => string[];

const SOFT_HYPHEN = '\u00ad';
/** Short words and words with digits (amounts, dates) never break. */
const BREAKABLE = /^[\p{L}'’-]{8,}$/u;

/**
 * Dutch or French hyphenation patterns (the `hyphen` package), loaded per
 * language so a French export does not carry the Dutch patterns.
 */
export function loadHyphenation(locale: Locale): Promise<Hyphenation> {
  // One per language for the life of the worker: later exports reuse the syllables found before.
  let hyphenation = loaded.get(locale);
  if (!hyphenation) {
    hyphenation = load(locale);
    loaded.set(locale, hyphenation);
  }
  return hyphenation;
}

const loaded = new Map<Locale, Promise<Hyphenation>>();

async function load(locale: Locale): Promise<Hyphenation> {
  const { hyphenateSync } = (locale === 'nl' ? await import('hyphen/nl') : await import('hyphen/fr')).default;
  const cache = new Map<string, string[]>();
  return (word) => {
    if (!BREAKABLE.test(word)) return [word];
    let parts = cache.get(word);
    if (!parts) {
      parts = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
      cache.set(word, parts);
    }
    return parts;
  };
}
