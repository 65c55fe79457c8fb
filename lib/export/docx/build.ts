import { Document, Footer, PageNumber, Paragraph, Tab, TableOfContents, TableRow, TabStopType, TextRun } from 'docx';
import type { Draft } from '@/lib/draft/envelope';
import type { Locale } from '@/i18n/routing';
import { isolateUserText } from '../bidi';
import { exportTranslator, type ExportTranslator } from '../text';
import { buildDocumentView } from '../documentView';
import type { ApprovalView, ExportOptions, ExportView } from '../viewModel';
import { runs, xmlSafe } from './text';

import { block, cell, fields, fullTable, heading, para, widths, type Child } from './blocks';
import { BULLETS, COLOURS, CONTENT_WIDTH, documentStyles, PAGE } from './theme';

/**
 * The Word document: the same view model as the PDF, as an editable .docx that
 * works with an organisation's own template. Real heading styles (Heading 1–3:
 * navigation pane and the contents field), Word's own lists, table header rows
 * that repeat, the document language on every run and in the properties.
 */

function cover(view: ExportView): Child[] {
  const { cover: c } = view;
  return [
    ...(c.organisation ? [para(c.organisation, { style: 'CoverOrganisation' })] : []),
    para(c.title, { style: 'Title' }),
    para(c.subtitle, { style: 'Subtitle' }),
    ...(c.slogan ? [para(view.quote(c.slogan), { style: 'Slogan' })] : []),
    fields([
      { label: c.dateLabel, value: c.date },
      { label: c.statusLabel, value: c.status },
    ]),
    ...(c.incomplete ? [para(c.incomplete, { style: 'Notice' })] : []),
  ];
}

/** The contents: Word's own field over headings 1–2, filled in from the headings and updated by Word. */
function contents(view: ExportView): Child[] {
  return [
    para(view.contents.title, { style: 'ContentsTitle', pageBreakBefore: true }),
    new TableOfContents(view.contents.title, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function approval(a: ApprovalView): Child[] {
  const width = widths([{ weight: 1 }, { weight: 1 }, { weight: 1 }, { weight: 1.6 }]);
  const empty = () =>
    new TableRow({
      cantSplit: true,
      height: { value: 900, rule: 'atLeast' },
      children: width.map((size) => cell('', size)),
    });
  return [
    heading(a.title, 1, { pageBreakBefore: true }),
    para(a.advice.intro),
    ...a.advice.lines.map((line) => para(line, { numbering: { reference: BULLETS, level: 0 } })),
    para(a.advice.note),
    ...(a.approved ? [para(a.approved)] : []),
    para(a.intro),
    fullTable(width, [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [a.name, a.role, a.date, a.signature].map((label, index) =>
          cell(label, width[index] ?? 0, { bold: true, shade: COLOURS.accentLight }),
        ),
      }),
      empty(),
      empty(),
      empty(),
    ]),
  ];
}

/** Footer: the PDF's footer text, then "page n of m" with Word's own page fields. */
function footer(view: ExportView, t: ExportTranslator): Footer {
  const PAGE_MARK = '\u0001';
  const TOTAL_MARK = '\u0002';
  const template = t('export.doc.pageOf', { page: PAGE_MARK, total: TOTAL_MARK });
  const children = template
    .split(/(\u0001|\u0002)/)
    .filter(Boolean)
    .map((part) =>
      part === PAGE_MARK
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === TOTAL_MARK
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [...runs(view.footer), new TextRun({ children: [new Tab()] }), ...children],
      }),
    ],
  });
}

const escapeXml = (text: string) =>
  xmlSafe(text).replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

/**
 * docProps/core.xml written whole: docx has no option for the language, and
 * its own version stamps the clock; ours uses the export date, so the same
 * draft and options always give the same document.
 */
function coreProperties(view: ExportView, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', view.meta.title) +
    element('dc:subject', view.meta.subject) +
    element('dc:creator', view.meta.author || 'Welzijnskompas') +
    element('cp:lastModifiedBy', 'Welzijnskompas') +
    element('dc:language', view.language) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export interface DocxBuild {
  document: Document;
  /** Package parts written instead of docx's own (see `coreProperties`). */
  overrides: { path: string; data: string }[];
}

/** Export view → Word document. Pure: no clock, no I/O. */
export function buildDocx(view: ExportView, options: ExportOptions): DocxBuild {
  const t = exportTranslator(view.locale);
  const language = { value: view.language };
  const body: Child[] = [
    ...cover(view),
    ...contents(view),
    ...(view.summary
      ? [
          heading(view.summary.title, 1, { pageBreakBefore: true }),
          ...view.summary.blocks.flatMap((item) => block(item, t)),
        ]
      : []),
    ...view.parts.flatMap((part) => [
      heading(part.title, 1, { pageBreakBefore: true }),
      ...part.sections.flatMap((section) => [
        heading([section.number, section.title].filter(Boolean).join(' '), 2),
        ...section.blocks.flatMap((item) => block(item, t)),
      ]),
    ]),
    ...(view.approval ? approval(view.approval) : []),
  ];
  const document = new Document({
    title: view.meta.title,
    subject: view.meta.subject,
    creator: view.meta.author || 'Welzijnskompas',
    features: { updateFields: true },
    ...documentStyles(language),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              footer: 567,
              header: 567,
            },
          },
        },
        footers: { default: footer(view, t), first: new Footer({ children: [] }) },
        children: body,
      },
    ],
  });
  return { document, overrides: [{ path: 'docProps/core.xml', data: coreProperties(view, options.date) }] };
}

export interface DocxRequest {
  draft: Draft;
  locale: Locale;
  options: ExportOptions;
}

/** Draft + language + options → Word document of the plan or the evaluation report (`options.document`), pure. */
/** User text is isolated as in the PDF (lib/export/bidi.ts): no control character in it can reorder the document's own words. */
export const docxFromDraft = ({ draft, locale, options }: DocxRequest) =>
  buildDocx(buildDocumentView(isolateUserText(draft), locale, options), options);
