import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cacheShaping } from './shaping';

const file = (name: string) => readFileSync(new URL(`../../../public/fonts/${name}`, import.meta.url));

describe('cacheShaping', () => {
  it('shapes as fontkit does (Latin with a ligature, Arabic joined right to left) and hands out copies', () => {
    const texts = ['Effort office Ærøskøbing', 'مريم العلوي'];
    const plain = (font: ReturnType<typeof fontkit.create>, text: string) => {
      const run = font.layout(text, undefined, undefined, undefined, 'ltr');
      return { ids: run.glyphs.map((glyph) => glyph.id), positions: run.positions.map((p) => ({ ...p })) };
    };
    const fonts = [fontkit.create(file('NotoSans-Regular.ttf')), fontkit.create(file('NotoSansArabic-Regular.ttf'))];
    const before = texts.map((text, index) => plain(fonts[index]!, text));

    cacheShaping(file('NotoSansHebrew-Regular.ttf'));
    cacheShaping(file('NotoSansHebrew-Regular.ttf')); // twice: installs once
    texts.forEach((text, index) => {
      const font = fonts[index]!;
      const first = font.layout(text, undefined, undefined, undefined, 'ltr');
      const second = font.layout(text, undefined, undefined, undefined, 'ltr');
      expect(plain(font, text)).toEqual(before[index]);
      expect(second.glyphs).toEqual(first.glyphs);
      expect(second.glyphs).not.toBe(first.glyphs);
      first.glyphs.length = 0;
      expect(font.layout(text, undefined, undefined, undefined, 'ltr').glyphs.length).toBe(before[index]!.ids.length);
    });
    // Other options are another entry: without ligatures "ff" stays two glyphs.
    const font = fonts[0]!;
    const noLigatures = font.layout('Effort', { liga: false }, undefined, undefined, 'ltr');
    expect(noLigatures.glyphs.length).toBeGreaterThan(
      font.layout('Effort', undefined, undefined, undefined, 'ltr').glyphs.length,
    );
  });
});
