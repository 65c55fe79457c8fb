import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import type { Block } from '../blocks';
import { largeDraft } from '@/testing/fixtures';
import { buildExportView, type ExportView } from '../viewModel';
import { renderPdfInNode } from './node';
import { readPdf } from '@/testing/readBackPdf';

const options = { status: 'draft', date: '2026-11-23' } as const;

/**
 * Text as compared here: no whitespace and no hyphens, so a word the PDF hyphenated
 * at a line end ("Organi- satie") reads as typed ("Organisatie").
 */
const squash = (text: string) => text.replace(/[\s\u00ad\u202f\u00a0-]+/g, '');

type Table = Extract<Block, { kind: 'table' }>;

function blocksOf(view: ExportView): Block[] {
  return [
    ...(view.summary?.blocks ?? []),
    ...view.parts.flatMap((part) => part.sections.flatMap((section) => section.blocks)),
  ];
}

/** Every heading a reader could find stranded at a page bottom, and every table's header row. */
function headings(view: ExportView): string[] {
  const sections = view.parts.flatMap((part) => [
    part.title,
    ...part.sections.map((section) => `${section.number} ${section.title}`),
  ]);
  const blocks = blocksOf(view).flatMap((block) => {
    if (block.kind === 'notice') return [];
    const header = block.kind === 'table' ? [block.columns.map((column) => column.label).join('')] : [];
    return [...(block.title ? [block.title] : []), ...header];
  });
  return [...sections, ...blocks].map(squash);
}

describe.each(['nl', 'fr'] as const)('pages of the large draft in %s', (locale: Locale) => {
  const view = buildExportView(largeDraft(locale), locale, options);
  let pages: string[] = [];
  let destinations: Record<string, number> = {};
  beforeAll(async () => {
    const pdf = await readPdf(await renderPdfInNode({ draft: largeDraft(locale), locale, options }));
    pages = pdf.pageTexts.map(squash);
    destinations = pdf.destinations;
  }, 120_000);

  /** A page's own content: its text without the footer the page layout adds at the end. */
  const body = (index: number) => {
    const footer = squash(`${view.footer}${view.pageOf(index + 1, pages.length)}`);
    const text = pages[index] ?? '';
    return text.endsWith(footer) ? text.slice(0, -footer.length) : text;
  };

  it('number every page after the cover, "page n of m", in the footer', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.slice(1).forEach((text, index) => {
      expect(text.endsWith(squash(`${view.footer}${view.pageOf(index + 2, pages.length)}`)), `page ${index + 2}`).toBe(
        true,
      );
    });
  });

  it('link every contents entry to the page its heading is on', () => {
    expect(view.contents.entries.length).toBeGreaterThan(5);
    for (const entry of view.contents.entries) {
      const page = destinations[entry.anchor] ?? 0;
      expect(page, entry.title).toBeGreaterThan(2);
      expect(pages[page - 1] ?? '', entry.title).toContain(squash(`${entry.number}${entry.title}`));
    }
  });

  it('never end a page with a heading or a table header', () => {
    const titles = headings(view);
    pages.forEach((_, index) => {
      const text = body(index);
      for (const title of titles) expect(text.endsWith(title), `page ${index + 1} ends with ${title}`).toBe(false);
    });
  });

  it('repeat a table header on every page that shows rows of that table', () => {
    const tables = blocksOf(view).filter((block): block is Table => block.kind === 'table');
    // A row whose text shows up elsewhere too (another table, the summary) cannot tell which page shows it.
    const whole = pages.join('');
    const once = (row: string) => whole.indexOf(row) === whole.lastIndexOf(row);
    let continued = 0;
    for (const table of tables) {
      const header = squash(table.columns.map((column) => column.label).join(''));
      const rows = table.rows.map((row) => squash(row.cells.join(''))).filter(once);
      const shown = pages.filter((text) => rows.some((row) => text.includes(row)));
      continued += Math.max(0, shown.length - 1);
      for (const text of shown) expect(text, table.title).toContain(header);
    }
    // The large draft has tables longer than a page: the check saw continuation pages.
    expect(continued).toBeGreaterThan(0);
  });

  it('keep a table total on the page of the last row above it', () => {
    const totals = blocksOf(view).filter((block): block is Table => block.kind === 'table' && !!block.footer);
    expect(totals.length).toBeGreaterThan(0);
    for (const table of totals) {
      const last = table.rows.at(-1);
      const total = squash(table.footer?.join('') ?? '');
      const page = pages.find((text) => text.includes(squash(last?.cells.join('') ?? '')) && text.includes(total));
      expect(page, table.title).toBeDefined();
    }
  });
});
