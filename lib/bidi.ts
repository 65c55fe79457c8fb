/**
 * User text inside the app's own words: wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE, its direction controls (a right-to-left override,
 * say) end with it and cannot flip the words around it, wherever the
 * combined text goes (a stored draft name, a title, a screen reader label).
 * In markup, wrap user text in <bdi> or give it dir="auto" instead.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
