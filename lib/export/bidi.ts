/**
 * Bidi isolation of user text in an export. A draft's strings may hold
 * right-to-left letters or bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE and
 * friends); left alone, a control opened in a draft name runs on past it and
 * reverses the document's own words beside it ("Ontwerpversie" in the
 * footer). Each such line of user text is wrapped in a first-strong isolate
 * (U+2068 … U+2069): its direction comes from its own first strong letter,
 * and whatever it opens is closed at its end.
 *
 * Only strings that can reorder anything are wrapped (right-to-left letters,
 * bidi controls). Codes, dates and numbers never hold those, so they stay as
 * they are and keep working as codes.
 */

export const FSI = '\u2068';
export const PDI = '\u2069';

/** Right-to-left scripts (Hebrew to N'Ko and beyond, presentation forms, RTL ranges in plane 1) and bidi controls. */
const REORDERS =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** The text with every line that could reorder its surroundings isolated; other text unchanged. */
export function isolate(text: string): string {
  if (!REORDERS.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (REORDERS.test(line) ? `${FSI}${line}${PDI}` : line))
    .join('\n');
}

function isolateIn(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') value[index] = isolate(item);
      else isolateIn(item);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') Reflect.set(value, key, isolate(item));
      else isolateIn(item);
    }
  }
}

/**
 * A copy of the draft with all its text isolated (see `isolate`): the one place
 * user text enters the PDF. Pure: the draft itself is not changed.
 */
export function isolateUserText<T extends object>(draft: T): T {
  const copy = structuredClone(draft);
  isolateIn(copy);
  return copy;
}
