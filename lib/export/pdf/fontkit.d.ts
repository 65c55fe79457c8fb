// fontkit (a dependency of react-pdf) ships no types; the font test uses only this.
declare module 'fontkit' {
  export function create(buffer: Uint8Array): { hasGlyphForCodePoint(codePoint: number): boolean };
}
