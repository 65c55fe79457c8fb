import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { STEPS } from '@/lib/steps/registry';
import { emptyDraft, halfDraft, HOSTILE, hostileDraft, largeDraft } from '@/testing/fixtures';
import { asWord, foreignLabels } from '@/testing/foreignText';
import { FONT_FAMILIES } from './document';
import { renderPdfInNode } from './node';
import { pdfLanguage, readPdf } from '@/testing/readBackPdf';

const MESSAGES = { nl, fr } as const;
const options = { status: 'draft', date: '2026-11-23' } as const;

/** Figures the large fixture's document computes (see viewModel.test.ts for the hand-checked arithmetic). */
const COMPUTED: Record<Locale, RegExp[]> = {
  nl: [
    /Totaal budget €\s975\.390/,
    /Nauw betrekken/,
    /Snelle winst/,
    /Energievreter/,
    /Gemiddeld \(voorgesteld aan de directie\)/,
  ],
  fr: [
    /Budget total 975[\s\u202f]390[\s\u00a0]€/,
    /Surveiller/,
    /Gain rapide/,
    /Gouffre à énergie/,
    /Intermédiaire \(proposé à la direction\)/,
  ],
};

async function render(draft: ReturnType<typeof largeDraft>, locale: Locale, status: 'draft' | 'final' = 'draft') {
  const bytes = await renderPdfInNode({ draft, locale, options: { ...options, status } });
  return { bytes, ...(await readPdf(bytes)) };
}

describe.each(['nl', 'fr'] as const)('PDF export in %s', (locale) => {
  const doc = MESSAGES[locale].export.doc;
  const stepTitles = STEPS.map((step) => MESSAGES[locale].steps[step.messages.split('.')[1] as keyof typeof nl.steps]);

  it('renders a large draft with every section, in the chosen language, with title and language metadata', async () => {
    const draft = largeDraft(locale);
    const pdf = await render(draft, locale, 'final');
    expect(pdf.title).toBe(draft.name);
    expect(pdfLanguage(pdf.bytes)).toBe(locale === 'nl' ? 'nl-BE' : 'fr-BE');
    expect(pdf.pages).toBeGreaterThan(10);
    for (const title of [
      doc.parts.policy,
      doc.parts['action-plan'],
      doc.summary.title,
      doc.contents,
      doc.approval.title,
    ]) {
      expect(pdf.text).toContain(title);
    }
    for (const step of stepTitles) expect(pdf.text).toContain((step as { title: string }).title);
    expect(pdf.text).toContain(draft.organisation);
    expect(pdf.text).toContain(draft.steps['to-be'].slogan);
    for (const label of foreignLabels(locale)) expect(pdf.text, label).not.toMatch(asWord(label));
    // Computed figures: the total budget (12 lines, 975 390 euro), an engagement, quadrant names, the return.
    for (const figure of COMPUTED[locale]) expect(pdf.text).toMatch(figure);
  }, 120_000);

  it('says on the cover of a half-filled draft that it is a draft version', async () => {
    const pdf = await render(halfDraft(locale), locale);
    expect(pdf.text).toContain(doc.status.draft);
    expect(pdf.text).toContain(
      locale === 'nl' ? 'Werkversie: 0 van de 7 stappen' : 'Version de travail : 0 étape sur 7',
    );
    expect(pdf.text).not.toContain(doc.parts.policy.replace(/.*— /, '') + ' 3.');
  }, 60_000);

  it('renders an empty draft without headings over blank pages', async () => {
    const pdf = await render(emptyDraft(locale), locale);
    expect(pdf.pages).toBe(3);
    expect(pdf.text).not.toContain(doc.parts.policy);
    expect(pdf.text).toContain(doc.approval.signature);
  }, 60_000);
});

describe('fonts', () => {
  it('ship glyphs for Dutch and French text, including the narrow no-break space of French numbers', () => {
    for (const file of [
      FONT_FAMILIES['Noto Sans'].regular,
      FONT_FAMILIES['Noto Sans'].bold,
      FONT_FAMILIES['Noto Sans'].italic,
    ]) {
      const font = fontkit.create(readFileSync(new URL(`../../../public/fonts/${file}`, import.meta.url)));
      for (const char of 'éèëïçàœÉÈÇÀŒ’«»€–\u202f\u00a0') {
        expect(
          font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
          `${file} U+${char.codePointAt(0)?.toString(16)}`,
        ).toBe(true);
      }
    }
  });

  it('render French numbers whole in a French PDF', async () => {
    // The view model writes "1\u202f250" (see viewModel.test.ts); pdf.js reads any space back as U+0020.
    const pdf = await render(largeDraft('fr'), 'fr');
    expect(pdf.text).toMatch(/Nombre de membres du personnel 1[\s\u202f]250/);
    expect(pdf.text).toMatch(/12[\s\u202f]505,?\d*[\s\u00a0]€/);
  }, 120_000);
});

describe('user text in the PDF', () => {
  it('is shown literally, never interpreted: markup stays text', async () => {
    const { script, image } = HOSTILE;
    const hostile = hostileDraft('nl');
    const pdf = await render(hostile, 'nl');
    expect(pdf.title).toBe(script);
    expect(pdf.text).toContain(script);
    expect(pdf.text).toContain(image);
    expect(pdf.text).toContain(`${script} ${image}`);
  }, 60_000);

  it("is isolated: a right-to-left override in the draft name cannot reverse the footer's own words", async () => {
    const draft = { ...halfDraft('nl'), name: 'Plan \u202eomgekeerd' };
    const pdf = await render(draft, 'nl');
    const word = MESSAGES.nl.export.doc.status.draft;
    const reversed = [...word].reverse().join('');
    // Every page after the cover has the footer "organisation · name · Ontwerpversie".
    const footed = pdf.pageTexts.slice(1);
    expect(footed.length).toBeGreaterThan(1);
    for (const page of footed) expect(page).toContain(word);
    expect(pdf.text).not.toContain(reversed);
    expect(pdf.text).toContain(draft.organisation);
  }, 60_000);
});
