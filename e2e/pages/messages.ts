import fr from '../../messages/fr.json';
import nl from '../../messages/nl.json';

export type Locale = 'nl' | 'fr';

/** Tests find things by the texts a user reads, taken from the app's own message files. */
export const messages = { nl, fr } as const;

/** Fill ICU-style `{name}` placeholders (enough for the simple texts tests need). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? `{${key}}`));
}

/** User text inside the app's words, as the app isolates it (lib/bidi.ts). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
