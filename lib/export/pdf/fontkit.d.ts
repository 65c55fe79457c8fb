// fontkit (a dependency of react-pdf) ships no types; the font tests and the coverage script use only this.
declare module 'fontkit' {
  export function create(buffer: Uint8Array): {
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
  };
}
