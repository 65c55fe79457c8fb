/**
 * French typesetting, applied when text is shown (never to stored data).
 *
 * - Before `:` a no-break space (U+00A0); before `;`, `?` and `!` a narrow
 *   no-break space (U+202F); inside « » narrow no-break spaces; in a number
 *   written with a space as thousands separator, a narrow no-break space.
 * - The app's own text (`app`) gets those spaces, inserted where missing.
 * - The user's text (`user`) is only ever changed by replacing an ordinary
 *   space that is already there with its no-break form: nothing is inserted or
 *   removed, so the length and every other character stay as typed.
 *
 * URLs, times (10:30), ratios (1:5) and "://" are left alone: a sign gets a
 * space only after a word, a closing bracket or quote, or a placeholder, and
 * only when a space, a closing sign or the end follows.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export type TextSource = 'app' | 'user';

/** The no-break space that goes before a sign. */
const spaceBefore = (sign: string) => (sign === ':' ? NBSP : NNBSP);

/** Text after which a sign may take a space: a letter, a digit followed by a letter… never a digit (10:30). */
const AFTER_WORD = String.raw`[\p{L}\p{M})\]}»%€'’"]`;
/** What may follow a sign that gets a space: whitespace, the end, or a closing sign. */
const BEFORE_END = String.raw`(?=\s|$|[»)\]"”’])`;

const APP_INSERT = new RegExp(`(?<=${AFTER_WORD})([:;?!])${BEFORE_END}`, 'gu');
/** An ordinary space (one) before a sign that takes a no-break space. */
const SPACE_BEFORE_SIGN = /(?<=\S) ([:;?!»])/gu;
/** A fragment of app text that starts with a space and a sign (" : champ …") follows a word when composed. */
const LEADING_SPACE_BEFORE_SIGN = /^ ([:;?!])/u;
const SPACE_AFTER_OPEN = /« /g;
const APP_OPEN_QUOTE = /«(?=[^\s\u00a0\u202f])/g;
const APP_CLOSE_QUOTE = /([^\s\u00a0\u202f])»/g;
/** 12 345 or 5 976 971: digits in groups of three after an ordinary space, not followed by more digits. */
const THOUSANDS = /(\d) (?=\d{3}(?!\d))/g;

function replaceSpaces(text: string): string {
  return text
    .replace(SPACE_BEFORE_SIGN, (_, sign: string) => `${sign === '»' ? NNBSP : spaceBefore(sign)}${sign}`)
    .replace(SPACE_AFTER_OPEN, `«${NNBSP}`);
}

/** French text as it should be shown; any other language is returned unchanged. */
export function typeset(text: string, locale: string, source: TextSource = 'app'): string {
  if (locale !== 'fr' || text === '') return text;
  const replaced = replaceSpaces(text);
  if (source === 'user') return replaced;
  let out = replaced.replace(THOUSANDS, `$1${NNBSP}`);
  // Repeat while a replacement uncovers a new match (a thousands group of more than two).
  for (let again = out.replace(THOUSANDS, `$1${NNBSP}`); again !== out; again = out.replace(THOUSANDS, `$1${NNBSP}`)) {
    out = again;
  }
  return out
    .replace(LEADING_SPACE_BEFORE_SIGN, (_, sign: string) => `${spaceBefore(sign)}${sign}`)
    .replace(APP_INSERT, (_, sign: string) => `${spaceBefore(sign)}${sign}`)
    .replace(APP_OPEN_QUOTE, `«${NNBSP}`)
    .replace(APP_CLOSE_QUOTE, `$1${NNBSP}»`);
}

/**
 * A copy of `value` in which every string under a `fr` key is typeset as the
 * app's own French text: for the content modules (`{ nl, fr }` records).
 */
export function typesetFrench<T>(value: T, french = false): T {
  if (typeof value === 'string') return (french ? typeset(value, 'fr') : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typesetFrench(item, french)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        typesetFrench(item, key === 'fr' ? true : key === 'nl' ? false : french),
      ]),
    ) as T;
  }
  return value;
}
