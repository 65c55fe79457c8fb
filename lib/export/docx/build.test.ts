import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { LANGUAGE_TAGS } from '@/lib/format';
import { STEPS, stepNumber } from '@/lib/steps/registry';
import { typeset } from '@/lib/typography';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { paragraphs } from '../blocks';
import { emptyDraft, halfDraft, HOSTILE, hostileDraft, largeDraft } from '@/testing/fixtures';
import { asWord, foreignLabels } from '@/testing/foreignText';
import type { ExportStatus } from '../viewModel';
import { readDocx, wellFormed } from '@/testing/readBackDocx';
import { renderDocx } from './render';

const MESSAGES = { nl, fr } as const;
const OTHER: Record<Locale, Locale> = { nl: 'fr', fr: 'nl' };
const DATE = '2026-11-23';

async function generate(draft: Draft, locale: Locale, status: ExportStatus = 'draft') {
  return readDocx(await renderDocx({ draft, locale, options: { status, date: DATE } }));
}

const stepTitle = (locale: Locale, messages: string) =>
  (MESSAGES[locale].steps[messages.split('.')[1] as keyof typeof nl.steps] as { title: string }).title;

/** The <w:tbl> whose first row holds this header text. */
function tableWithHeader(xml: string, header: string): string {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map(([t]) => t)
    .find((t) => {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? '';
      return firstRow.includes(`>${header}<`);
    });
  if (!table) throw new Error(`No table headed "${header}"`);
  return table;
}

describe.each(['nl', 'fr'] as const)('Word export in %s', (locale) => {
  const doc = MESSAGES[locale].export.doc;
  const word = MESSAGES[locale].export.word;
  const tag = LANGUAGE_TAGS[locale];

  it('writes a large draft with Word headings for the summary, both parts, every step and the approval', async () => {
    const draft = largeDraft(locale);
    const docx = await generate(draft, locale, 'final');
    for (const part of ['document', 'styles', 'core', 'numbering', 'relationships'] as const) {
      expect(wellFormed(docx[part]), part).toBeNull();
    }
    for (const footer of docx.footers) expect(wellFormed(footer)).toBeNull();

    const level = (n: number) => docx.headings.filter((p) => p.style === `Heading${n}`).map((p) => p.text);
    expect(level(1)).toEqual([doc.summary.title, doc.parts.policy, doc.parts['action-plan'], doc.approval.title]);
    expect(level(2)).toEqual([
      doc.legalFrame.title,
      ...STEPS.map((step) => `${stepNumber(step.id)}. ${stepTitle(locale, step.messages)}`),
    ]);
    expect(level(3)).toContain(doc.action.actions);
    expect(level(3)).toContain(doc.asIs.matrix);
    // The contents: Word's TOC field over headings 1–2, which Word updates on opening.
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(docx.paragraphs.find((p) => p.style === 'ContentsTitle')?.text).toBe(doc.contents);

    // The user's text, as typed (in French an existing space before : ; ? ! may become a no-break one).
    const typed = (text: string) => typeset(text, locale, 'user');
    expect(docx.text).toContain(typed(draft.organisation));
    expect(docx.text).toContain(typed(draft.name));
    expect(docx.text).toContain(typed(draft.steps['to-be'].slogan));
    for (const paragraph of paragraphs(draft.steps.why.whyHere)) expect(docx.text).toContain(typed(paragraph));
    expect(docx.text).toContain(typed(draft.steps.action.actions[0]?.title ?? '?'));
    // The status on the cover and in the footer, as in the PDF.
    expect(docx.text).toContain(doc.status.final);
    expect(docx.footers.join('')).toContain(doc.status.final);
  }, 60_000);

  it('sets the document language in the styles, on every run style and in the properties', async () => {
    const docx = await generate(largeDraft(locale), locale);
    expect(docx.styles).toMatch(new RegExp(`<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="${tag}"/>`));
    const languages = new Set([...docx.styles.matchAll(/<w:lang w:val="([^"]+)"/g)].map((match) => match[1]));
    expect([...languages]).toEqual([tag]);
    expect(docx.document).not.toContain(LANGUAGE_TAGS[OTHER[locale]]);
    expect(docx.core).toContain(`<dc:language>${tag}</dc:language>`);
    expect(docx.core).toContain(`<dc:title>${largeDraft(locale).name}</dc:title>`);
    expect(docx.core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${DATE}T00:00:00Z</dcterms:created>`);
  }, 60_000);

  it('repeats table header rows on every page, keeps rows whole and turns the matrix and timeline into tables', async () => {
    const docx = await generate(largeDraft(locale), locale);
    for (const header of [
      doc.action.action,
      doc.asIs.initiative,
      word.matrix.quadrant,
      word.timeline.item,
      doc.approval.name,
    ]) {
      const table = tableWithHeader(docx.document, header);
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
      expect(rows[0], header).toContain('<w:tblHeader/>');
      expect(
        rows.slice(1).some((row) => row.includes('<w:tblHeader/>')),
        header,
      ).toBe(false);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
    // Matrix: one row per quadrant under its name.
    const matrix = tableWithHeader(docx.document, word.matrix.quadrant);
    expect(matrix).toContain(locale === 'nl' ? 'Snelle winst' : 'Gain rapide');
  }, 60_000);

  it('uses Word lists (numbering definitions), not typed bullets', async () => {
    const draft = largeDraft(locale);
    const docx = await generate(draft, locale);
    const listed = docx.paragraphs.filter((p) => p.numbered);
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.some((p) => p.text.startsWith(draft.steps.action.actions[0]?.title ?? '?'))).toBe(true);
    expect(docx.numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(docx.paragraphs.some((p) => /^[•●\-*]\s/.test(p.text))).toBe(false);
  }, 60_000);

  it('puts page n of m in the footer with Word page fields, and leaves the cover without one', async () => {
    const docx = await generate(largeDraft(locale), locale);
    const footers = docx.footers.join('');
    expect(footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footers).toContain(locale === 'nl' ? '>Pagina <' : '>Page <');
    expect(docx.document).toContain('<w:titlePg/>');
  }, 60_000);

  it('has no interface text of the other language', async () => {
    const docx = await generate(largeDraft(locale), locale, 'final');
    const text = `${docx.text} ${docx.footers.join('')}`;
    for (const label of foreignLabels(locale, ['doc', 'word'])) expect(text, label).not.toMatch(asWord(label));
  }, 60_000);

  it('says on the cover of a half-filled draft that it is a draft version', async () => {
    const docx = await generate(halfDraft(locale), locale);
    expect(docx.text).toContain(doc.status.draft);
    expect(docx.text).toContain(
      locale === 'nl' ? 'Werkversie: 0 van de 7 stappen' : 'Version de travail\u00a0: 0 étape sur 7',
    );
  }, 60_000);

  it('writes an empty draft without headings over nothing', async () => {
    const docx = await generate(emptyDraft(locale), locale);
    expect(docx.headings.map((p) => p.text)).toEqual([doc.approval.title]);
    expect(docx.text).toContain(doc.approval.signature);
    expect(wellFormed(docx.document)).toBeNull();
  });
});

describe('user text in the Word document', () => {
  it('stays literal text: markup is escaped, never interpreted', async () => {
    const { script, image } = HOSTILE;
    const docx = await generate(hostileDraft('nl'), 'nl');
    expect(wellFormed(docx.document)).toBeNull();
    expect(wellFormed(docx.core)).toBeNull();
    expect(docx.text).toContain(`${script} ${image}`);
    expect(docx.text).toContain(image);
    expect(docx.document).not.toContain('<script');
    expect(docx.document).not.toContain('<img');
    expect(docx.core).toContain('<dc:title>&lt;script&gt;alert(1)&lt;/script&gt;</dc:title>');
  });

  it('links only http(s) and mailto addresses, and drops characters XML cannot hold', async () => {
    const draft = halfDraft('fr');
    const mission = [
      'Voir https://www.belgique.be/fr/bien-etre. Écrire à mailto:rh@example.be',
      'Pas de lien : javascript:alert(1) data:text/html,x file:///etc/passwd',
      `Contrôle\u0001 caché\u0008 ici`,
    ].join('\n');
    const docx = await generate({ ...draft, steps: { ...draft.steps, why: { ...draft.steps.why, mission } } }, 'fr');
    expect(wellFormed(docx.document)).toBeNull();
    const targets = [
      ...docx.relationships.matchAll(/TargetMode="External"[^>]*|Target="([^"]+)"[^>]*TargetMode="External"/g),
    ];
    const links = [
      ...docx.relationships.matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*TargetMode="External"/g),
    ].map((m) => m[1]);
    expect(targets.length).toBe(2);
    expect(links).toEqual(['https://www.belgique.be/fr/bien-etre', 'mailto:rh@example.be']);
    // The text as typed (the trailing full stop is not part of the link), line breaks kept.
    expect(docx.text).toContain('Voir https://www.belgique.be/fr/bien-etre. Écrire à mailto:rh@example.be');
    expect(docx.text).toContain('javascript:alert(1) data:text/html,x file:///etc/passwd');
    expect(docx.text).toContain('Contrôle caché ici');
  });
});

describe('the well-formedness check the tests rely on', () => {
  it('accepts Word XML and refuses what Word would refuse', () => {
    expect(
      wellFormed('<?xml version="1.0"?><w:p a="1"><w:t xml:space="preserve">a &amp; b &#233;</w:t><w:br/></w:p>'),
    ).toBeNull();
    expect(wellFormed('<a><b></a>')).not.toBeNull();
    expect(wellFormed('<a>x & y</a>')).not.toBeNull();
    expect(wellFormed('<a>\u0001</a>')).not.toBeNull();
    expect(wellFormed('<a><script>')).not.toBeNull();
  });
});
