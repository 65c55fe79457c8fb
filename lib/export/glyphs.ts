import { GLYPH_RANGES } from './glyphCoverage';

/**
 * Characters the PDF cannot draw. The PDF fonts (public/fonts) cover Latin,
 * Greek, Cyrillic, Arabic, Hebrew and emoji; anything else (Chinese, Japanese,
 * Korean, Indic scripts…) would come out as a wrong glyph. Such a character is
 * drawn as PLACEHOLDER instead, and the export section lists these characters
 * before the download. Invisible characters (line breaks, joiners, variation
 * selectors, bidi controls) are never reported; one no font has is left out.
 * Pure: the UI, the worker and the CLI share it.
 */

/** U+FFFD REPLACEMENT CHARACTER (a question mark in a diamond): in Noto Sans, visibly not a letter. */
export const PLACEHOLDER = '\ufffd';

const RANGES: Uint32Array = (() => {
  const parts = GLYPH_RANGES.split(' ');
  const ranges = new Uint32Array(parts.length * 2);
  parts.forEach((part, index) => {
    const [start = '0', end = start] = part.split('-');
    ranges[index * 2] = parseInt(start, 16);
    ranges[index * 2 + 1] = parseInt(end, 16);
  });
  return ranges;
})();

/** Whether a shipped font has a glyph for the code point (binary search over the ranges). */
export function hasGlyph(codePoint: number): boolean {
  let low = 0;
  let high = RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < (RANGES[middle * 2] as number)) high = middle - 1;
    else if (codePoint > (RANGES[middle * 2 + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}

/** Characters that draw nothing anyway: controls, format characters, joiners, variation selectors. */
const INVISIBLE = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const LAYOUT = new Set(['\n', '\t']);

/** The text as the PDF draws it: each character without a glyph as PLACEHOLDER, invisible ones without a glyph left out. */
export function withPlaceholders(text: string): string {
  let result = '';
  for (const char of text) {
    if (LAYOUT.has(char) || hasGlyph(char.codePointAt(0) as number)) result += char;
    else if (!INVISIBLE.test(char)) result += PLACEHOLDER;
  }
  return result;
}

function eachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) eachString(item, visit);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) eachString(item, visit);
}

/** The characters in any string of `value` (a draft) that no PDF font can draw, each once, in order of appearance. */
export function missingGlyphs(value: unknown): string[] {
  const missing = new Set<string>();
  eachString(value, (text) => {
    for (const char of text) {
      if (!LAYOUT.has(char) && !INVISIBLE.test(char) && !hasGlyph(char.codePointAt(0) as number)) missing.add(char);
    }
  });
  return [...missing];
}

/** A copy of `value` (a draft) with every string as the PDF draws it (`withPlaceholders`). Pure. */
export function withPlaceholdersIn<T>(value: T): T {
  if (typeof value === 'string') return withPlaceholders(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withPlaceholdersIn(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withPlaceholdersIn(item)])) as T;
  }
  return value;
}

/** "U+4E2D" for a character: how the UI names a character the reader's own font may not show either. */
export const codePointLabel = (char: string) =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
