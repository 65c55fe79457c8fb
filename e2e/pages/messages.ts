import fr from '../../messages/fr.json';
import nl from '../../messages/nl.json';

export type Locale = 'nl' | 'fr';

/** Tests find things by the texts a user reads, taken from the app's own message files. */
export const messages = { nl, fr } as const;

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
const FRENCH = new Set(strings(fr as Tree));

/** `{name, plural, one {…} other {…}}` with plain branches (no nested braces but placeholders). */
const PLURAL = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;

/**
 * Fill ICU-style `{name}` placeholders and simple plurals (enough for the texts tests
 * need). The plural rule is the template's language (French: 0 and 1 are "one").
 * A value that is not a number (a regular expression such as `\d+`) matches either form.
 */
export function fill(text: string, values: Record<string, string | number>): string {
  const rules = new Intl.PluralRules(FRENCH.has(text) ? 'fr' : 'nl');
  const plain = text.replace(PLURAL, (_match, key: string, one: string, other: string) => {
    const value = values[key];
    if (typeof value !== 'number') return `(?:${one}|${other})`.replaceAll('#', `{${key}}`);
    return (rules.select(value) === 'one' ? one : other).replaceAll('#', `{${key}}`);
  });
  return plain.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? `{${key}}`));
}
