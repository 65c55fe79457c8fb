// fontkit (a dependency of react-pdf) ships no types; the font tests, the coverage script and the shaping cache use only this.
declare module 'fontkit' {
  export function create(buffer: Uint8Array): {
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
    layout(
      string: string,
      features?: string[] | Record<string, boolean>,
      script?: string,
      language?: string,
      direction?: string,
    ): {
      glyphs: { id: number; codePoints: number[] }[];
      positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
    };
  };
}
