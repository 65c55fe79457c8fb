import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { largeDraft } from '@/testing/fixtures';
import { codePointLabel, hasGlyph, missingGlyphs, PLACEHOLDER, withPlaceholders, withPlaceholdersIn } from './glyphs';
import { COVERAGE_FILE, glyphCoverageSource } from './pdf/fontCoverage';

const SHIPPED = [
  'Łódź, Ærøskøbing, Nguyễn Thị Minh, Şükrü, Đorđe',
  'Ελένη Παπαδοπούλου',
  'Дмитрий Иванов, Ґанна',
  'مريم العلوي',
  'שָׁרָה כהן',
  '👍🏽 👩🏿‍💻 👨‍👩‍👧 ❤️',
];

describe('hasGlyph', () => {
  it('knows the shipped scripts and not the others', () => {
    for (const text of SHIPPED) for (const char of text) expect(hasGlyph(char.codePointAt(0) ?? 0), char).toBe(true);
    for (const char of '王小明ひらがな한글अ') expect(hasGlyph(char.codePointAt(0) ?? 0), char).toBe(false);
  });

  it('has the placeholder itself', () => {
    expect(hasGlyph(PLACEHOLDER.codePointAt(0) ?? 0)).toBe(true);
  });
});

describe('missingGlyphs', () => {
  it('finds nothing in a draft of Dutch and French text or in the shipped scripts', () => {
    expect(missingGlyphs(largeDraft('nl'))).toEqual([]);
    expect(missingGlyphs(largeDraft('fr'))).toEqual([]);
    expect(missingGlyphs({ names: SHIPPED })).toEqual([]);
  });

  it('lists each character without a glyph once, in order, from any string of the draft', () => {
    const draft = largeDraft('nl');
    const names = { ...draft, name: 'Plan 王小明', steps: { ...draft.steps, 'to-be': { slogan: '小さな 한글 王' } } };
    expect(missingGlyphs(names)).toEqual(['王', '小', '明', 'さ', 'な', '한', '글']);
  });

  it('ignores line breaks and invisible characters, even those no font has', () => {
    expect(missingGlyphs(['a\nb\tc', 'x\u200dy\ufe0f', '\u202eabc\u2069', 'a\u180eb', 'a\u{e0100}b'])).toEqual([]);
  });
});

describe('withPlaceholders', () => {
  it('draws a character without a glyph as the placeholder and keeps everything else', () => {
    expect(withPlaceholders('Team 王小明 (Brussel)')).toBe(`Team ${PLACEHOLDER.repeat(3)} (Brussel)`);
    for (const text of SHIPPED) expect(withPlaceholders(text)).toBe(text);
    expect(withPlaceholders('regel 1\nregel 2')).toBe('regel 1\nregel 2');
  });

  it('leaves out invisible characters no font has, which would otherwise draw as a wrong glyph', () => {
    expect(withPlaceholders('a\u180eb')).toBe('ab');
  });

  it('copies a draft with placeholders in every string and leaves the draft and its other values alone', () => {
    const draft = { ...largeDraft('fr'), name: '福祉 2027' };
    const copy = withPlaceholdersIn(draft);
    expect(copy.name).toBe(`${PLACEHOLDER}${PLACEHOLDER} 2027`);
    expect(draft.name).toBe('福祉 2027');
    expect({ ...copy, name: draft.name }).toEqual(draft);
  });
});

describe('codePointLabel', () => {
  it('names characters in and beyond the first plane', () => {
    expect(codePointLabel('王')).toBe('U+738B');
    expect(codePointLabel('\u{20000}')).toBe('U+20000');
    expect(codePointLabel('a')).toBe('U+0061');
  });
});

describe('glyphCoverage.ts', () => {
  it('lists what the shipped fonts cover (run `npm run fonts:coverage` after changing them)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(glyphCoverageSource());
  });
});
