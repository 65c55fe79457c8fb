import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { formatDate } from '@/lib/format';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { largeDraft } from '@/testing/fixtures';
import { readDocx } from '@/testing/readBackDocx';
import { readPdf } from '@/testing/readBackPdf';
import { renderDocx } from './docx/render';
import { renderPdfInNode } from './pdf/node';
import { buildExportView } from './viewModel';

const MESSAGES = { nl, fr } as const;
const options = { status: 'final', date: '2026-11-23' } as const;
/** The PDF reads every space glyph back as an ordinary space; Word keeps them: compare without. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The large draft with the advice of the prevention service and the committee recorded, the adviser's not yet. */
function advisedDraft(locale: Locale): Draft {
  const draft = largeDraft(locale);
  draft.steps.action.approval = {
    preventionServiceAdvice: '2026-09-15',
    psychosocialAdvice: null,
    committeeAdvice: '2026-10-13',
    managementApproval: '2026-10-27',
  };
  return draft;
}

describe.each(['nl', 'fr'] as const)('legal frame and approval in %s', (locale) => {
  const doc = MESSAGES[locale].export.doc;
  const draft = advisedDraft(locale);
  const view = buildExportView(draft, locale, options);
  const frame = [doc.legalFrame.act, doc.legalFrame.code, doc.legalFrame.publicSector];
  const adviceLines = [
    `${doc.approval.preventionServiceAdvice}, ${locale === 'nl' ? 'op' : 'le'} ${formatDate('2026-09-15', locale)}`,
    `${doc.approval.psychosocialAdvice}, ${locale === 'nl' ? 'op' : 'le'} ____________`,
    `${doc.approval.committeeAdvice}, ${locale === 'nl' ? 'op' : 'le'} ${formatDate('2026-10-13', locale)}`,
  ];

  it('opens part 1 with the legal frame: the Wellbeing Act with its full title, the Code book I titles 2 and 3, the law of 19 December 1974', () => {
    const section = view.parts[0]?.sections[0];
    expect(section?.title).toBe(doc.legalFrame.title);
    expect(section?.blocks).toEqual([{ kind: 'text', paragraphs: frame }]);
    const text = frame.join(' ');
    expect(text).toContain(
      locale === 'nl'
        ? 'wet van 4 augustus 1996 betreffende het welzijn van de werknemers bij de uitvoering van hun werk'
        : 'loi du 4 août 1996 relative au bien-être des travailleurs lors de l’exécution de leur travail',
    );
    expect(text).toMatch(locale === 'nl' ? /boek I\. Titel 2 .* Titel 3/ : /livre Ier\. Le titre 2 .* Le titre 3/);
    expect(text).toContain(locale === 'nl' ? 'wet van 19 december 1974' : 'loi du 19 décembre 1974');
    // The contents lists it first under part 1.
    const entries = view.contents.entries.map((entry) => entry.title);
    expect(entries.indexOf(doc.legalFrame.title)).toBe(entries.indexOf(doc.parts.policy) + 1);
  });

  it('lists the advice with its dates (or a blank), says the committee advises, and gives the approval date', () => {
    expect(view.approval.advice.lines).toEqual(adviceLines);
    expect(view.approval.approved).toBe(doc.approval.approvedOn.replace('{date}', formatDate('2026-10-27', locale)));
    expect(view.approval.advice.note).toMatch(
      locale === 'nl' ? /geeft advies.*niet goed/ : /rend un avis.*ne l’approuve pas/,
    );
  });

  it('reads back from the Word file: the legal frame under its heading, the advice lines and the note', async () => {
    const docx = readDocx(await renderDocx({ draft, locale, options }));
    expect(docx.headings.map((heading) => heading.text)).toContain(doc.legalFrame.title);
    const text = plain(docx.text);
    for (const paragraph of [...frame, ...adviceLines, doc.approval.adviceNote])
      expect(text).toContain(plain(paragraph));
  }, 60_000);

  it('reads back from the PDF: the legal frame, the advice lines and the note', async () => {
    const pdf = await readPdf(await renderPdfInNode({ draft, locale, options }));
    // Hyphenation may split words at line ends: compare without hyphens and spaces.
    const squash = (text: string) => text.replace(/[\s\u00a0\u202f\u00ad-]+/g, '');
    const text = squash(pdf.text);
    for (const paragraph of [...frame, ...adviceLines, doc.approval.adviceNote])
      expect(text).toContain(squash(paragraph));
  }, 120_000);
});
