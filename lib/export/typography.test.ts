import { describe, expect, it } from 'vitest';
import { parseDraft } from '@/lib/draft/parse';
import { readDocx } from '@/testing/readBackDocx';
import { renderDocx } from './docx/render';
import { largeDraft } from '@/testing/fixtures';
import { renderPdfInNode } from './pdf/node';
import { readPdf } from '@/testing/readBackPdf';
import { buildExportView } from './viewModel';

/**
 * French typography of the documents' own strings: a (narrow) no-break space
 * before : ; ? ! and inside « », never English quotes. The draft's own text is
 * the user's business, so it is stripped of those signs first: whatever is
 * left in the document comes from the app.
 */
const SIGNS = /[:;?!«»“”]/g;

function strip(value: unknown): unknown {
  // Timestamps (createdAt, updatedAt) are not text.
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : value.replace(SIGNS, '');
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]));
  }
  return value;
}

function frenchDraft() {
  const parsed = parseDraft(strip(largeDraft('fr')));
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.reason}`);
  return parsed.draft;
}

/** Every place in the text where French typography is broken, with a little context. */
function faults(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\u00a0\u202f])[:;?!»]|«(?![\u00a0\u202f])|[“”]/g)) {
    found.push(text.slice(Math.max(0, match.index - 25), match.index + 5));
  }
  return found;
}

const request = { locale: 'fr', options: { status: 'draft', date: '2026-11-23' } } as const;

describe('French layout strings', () => {
  it('in Word: no-break spaces before : ; ? ! and inside « », no English quotes', async () => {
    const draft = frenchDraft();
    const docx = readDocx(await renderDocx({ ...request, draft }));
    expect(docx.text).toContain(`«\u202f${draft.steps['to-be'].slogan}\u202f»`);
    expect(docx.text).toContain('Description\u00a0: ');
    expect(faults(docx.text)).toEqual([]);
  }, 60_000);

  it('in the PDF: the same signs, each with its space; the view model draws them with no-break spaces', async () => {
    const draft = frenchDraft();
    const view = buildExportView(draft, 'fr', request.options);
    expect(view.quote('x')).toBe('«\u202fx\u202f»');
    expect(view.labelled('Description')).toBe('Description\u00a0: ');
    // The PDF's text layer reads every space glyph back as U+0020 (so does pdftotext): check the space is there.
    const pdf = await readPdf(await renderPdfInNode({ ...request, draft }));
    expect(pdf.text).toContain(`« ${draft.steps['to-be'].slogan} »`);
    expect(pdf.text).toContain('Description : ');
    expect(faults(pdf.text.replace(/ (?=[:;?!»])|(?<=«) /g, '\u00a0'))).toEqual([]);
  }, 120_000);
});
