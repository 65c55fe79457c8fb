import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import type { Draft } from '@/lib/draft/envelope';
import { FSI, PDI } from './bidi';
import { readDocx } from '@/testing/readBackDocx';
import { renderDocx } from './docx/render';
import { halfDraft } from '@/testing/fixtures';
import { missingGlyphs, PLACEHOLDER } from './glyphs';
import { renderPdfInNode } from './pdf/node';
import { readPdf } from '@/testing/readBackPdf';

/**
 * One string per script in a draft, rendered to PDF in Dutch and French and
 * read back: every script the fonts ship comes back exactly; Chinese (not
 * shipped) is named by the warning and drawn as placeholders, never as wrong
 * glyphs. One render per language serves every assertion.
 */
const MESSAGES = { nl, fr } as const;
const options = { status: 'draft', date: '2026-11-23' } as const;

const LEFT_TO_RIGHT = {
  latin: 'Łódź Ærøskøbing, Nguyễn Thị Minh, Şükrü Đorđević',
  greek: 'Ελένη Παπαδοπούλου',
  cyrillic: 'Дмитрий Иванов, Ґанна Їжак',
  emoji: 'Goed werk 👍🏽 👩🏿‍💻 👨‍👩‍👧 ❤️',
} as const;
const RIGHT_TO_LEFT = { arabic: 'مريم العلوي', hebrew: 'שרה כהן' } as const;
const CJK = '王小明';

function scriptDraft(locale: Locale): Draft {
  const draft = halfDraft(locale);
  const [first] = draft.steps['as-is'].initiatives;
  const titles = [...Object.values(LEFT_TO_RIGHT), ...Object.values(RIGHT_TO_LEFT), CJK];
  return {
    ...draft,
    // The name is in the footer of every page, beside the app's own words.
    name: `${RIGHT_TO_LEFT.arabic} \u202e${LEFT_TO_RIGHT.greek}`,
    steps: {
      ...draft.steps,
      'as-is': {
        ...draft.steps['as-is'],
        initiatives: titles.map((title, index) => ({ ...first!, uid: `script-${index}`, title })),
      },
    },
  };
}

describe.each(['nl', 'fr'] as const)('scripts in the %s PDF', (locale) => {
  const draft = scriptDraft(locale);
  let pdf: Awaited<ReturnType<typeof readPdf>> & { raw: string };

  beforeAll(async () => {
    const bytes = await renderPdfInNode({ draft, locale, options });
    pdf = { ...(await readPdf(bytes)), raw: Buffer.from(bytes).toString('latin1') };
  }, 120_000);

  it('come back exactly for Latin with diacritics, Greek, Cyrillic and emoji (skin tones, ZWJ sequences)', () => {
    for (const [script, text] of Object.entries(LEFT_TO_RIGHT)) expect(pdf.text, script).toContain(text);
  });

  it('come back word for word for Arabic and Hebrew, drawn right to left', () => {
    // pdf.js reads a line as drawn, left to right: the words of a right-to-left name, last first.
    for (const [script, text] of Object.entries(RIGHT_TO_LEFT)) {
      expect(pdf.text, script).toContain(text.split(' ').reverse().join(' '));
    }
  });

  it('draw a script without a font (Chinese) as placeholders, which the warning names beforehand', () => {
    expect(missingGlyphs(draft)).toEqual([...CJK]);
    for (const char of CJK) expect(pdf.text).not.toContain(char);
    expect(pdf.text).toContain(PLACEHOLDER.repeat(CJK.length));
  });

  it('embed only the shipped fonts: no character falls back to a built-in font that lacks it', () => {
    const fonts = [...pdf.raw.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((match) =>
      match[1]?.replace(/^[A-Z]{6}\+/, ''),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^Noto(Sans|SansArabic|SansHebrew|Emoji)-/);
  });

  it("keep the footer's own words intact beside a name with a right-to-left override", () => {
    const word = MESSAGES[locale].export.doc.status.draft;
    const footed = pdf.pageTexts.slice(1);
    expect(footed.length).toBeGreaterThan(1);
    for (const page of footed) expect(page).toContain(word);
    expect(pdf.text).not.toContain([...word].reverse().join(''));
  });
});

describe('user text in the Word document', () => {
  it('is isolated: a name with a right-to-left override is closed before the footer and the cover go on', async () => {
    const draft = scriptDraft('nl');
    const word = readDocx(await renderDocx({ draft, locale: 'nl', options }));
    const isolated = `${FSI}${draft.name}${PDI}`;
    const footer = word.footers.join('');
    expect(footer).toContain(isolated);
    expect(footer).toContain(nl.export.doc.status.draft);
    expect(word.text).toContain(isolated);
    // Every occurrence of the override sits inside an isolate closed before the app's next word.
    for (const match of (word.document + footer).matchAll(/\u202e/g)) {
      const after = (word.document + footer).slice(match.index);
      expect(after.indexOf(PDI)).toBeGreaterThan(0);
      expect(after.indexOf(PDI)).toBeLessThan(after.indexOf('<'));
    }
    // Left-to-right text without controls stays as typed (no isolates around plain names).
    expect(word.text).toContain(LEFT_TO_RIGHT.greek);
    expect(word.text).not.toContain(`${FSI}${LEFT_TO_RIGHT.latin}`);
    for (const text of [...Object.values(RIGHT_TO_LEFT)]) expect(word.text).toContain(`${FSI}${text}${PDI}`);
  });
});
