import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ITableBordersOptions,
} from 'docx';
import type { Draft } from '@/lib/draft/envelope';
import type { Locale } from '@/i18n/routing';
import type { Block, FieldRow, TableColumn, TableRow as RowView } from '../blocks';
import { isolateUserText } from '../bidi';
import { exportTranslator, type ExportTranslator } from '../text';
import { buildExportView, type ExportOptions, type ExportView } from '../viewModel';
import { runs, xmlSafe } from './text';

/**
 * The Word document: the same view model as the PDF, as an editable .docx that
 * works with an organisation's own template. Real heading styles (Heading 1–3:
 * navigation pane and the contents field), Word's own lists, table header rows
 * that repeat, the document language on every run and in the properties.
 */

const COLOURS = {
  text: '1B1B1B',
  muted: '505A5F',
  accent: '1D4F7A',
  accentLight: 'E8F0F7',
  rule: 'B1B4B6',
  shade: 'F3F2F1',
};
const FONT = 'Calibri';
/** A4 in twips, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'bullets';

const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** Rules between rows, none between columns: easy to read and to restyle with a template's table style. */
const TABLE_BORDERS: ITableBordersOptions = {
  top: rule,
  bottom: rule,
  insideHorizontal: rule,
  left: none,
  right: none,
  insideVertical: none,
};

/** A table across the text width. */
const fullTable = (columnWidths: number[], rows: TableRow[]) =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: TABLE_BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    rows,
  });

type Child = Paragraph | Table | TableOfContents;

const para = (text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}) =>
  new Paragraph({ ...options, children: runs(text) });

const heading = (
  text: string,
  level: 1 | 2 | 3,
  options: Omit<IParagraphOptions, 'children' | 'text' | 'heading'> = {},
) =>
  new Paragraph({
    ...options,
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: runs(text),
  });

/** No column narrower than this (twips, about 1 cm): room for "Nr." and a two-digit number. */
const MIN_COLUMN = 560;
/** Cell padding left and right (twips); Word's default of 108 is generous for tables of eight columns. */
const CELL_MARGIN = 70;

/** Column widths in twips from the view model's weights; narrow columns get at least MIN_COLUMN. */
function widths(columns: Pick<TableColumn, 'weight'>[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const share = columns.map((column) => (column.weight / total) * CONTENT_WIDTH);
  const narrow = share.filter((width) => width < MIN_COLUMN);
  const rest = share.filter((width) => width >= MIN_COLUMN).reduce((sum, width) => sum + width, 0);
  const scale = rest > 0 ? (CONTENT_WIDTH - narrow.length * MIN_COLUMN) / rest : 1;
  return share.map((width) => Math.round(width < MIN_COLUMN ? MIN_COLUMN : width * scale));
}

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; align?: 'left' | 'right'; shade?: string; span?: number; keepNext?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } : undefined,
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        keepNext: options.keepNext,
        children: runs(text, { bold: options.bold }),
      }),
    ],
  });
}

/** A data table: its header row repeats on every page; rows never split across pages. */
function table(
  columns: TableColumn[],
  rows: RowView[],
  footer?: string[],
  labelled = (label: string) => `${label}: `,
): Table {
  const width = widths(columns);
  const span = columns.length;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(column.label, width[index] ?? 0, { bold: true, align: column.align, shade: COLOURS.accentLight }),
    ),
  });
  const body = rows.flatMap((row) => {
    const details = row.details ?? [];
    const main = new TableRow({
      cantSplit: true,
      children: row.cells.map((text, index) =>
        cell(text, width[index] ?? 0, {
          align: columns[index]?.align,
          bold: row.emphasis,
          shade: row.emphasis ? COLOURS.shade : undefined,
          keepNext: details.length > 0,
        }),
      ),
    });
    if (!details.length) return [main];
    const under = new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnSpan: span,
          borders: { top: none },
          children: details.map(
            (detail) =>
              new Paragraph({
                style: 'TableText',
                children: [new TextRun({ text: xmlSafe(labelled(detail.label)), bold: true }), ...runs(detail.value)],
              }),
          ),
        }),
      ],
    });
    return [main, under];
  });
  const total = footer
    ? [
        new TableRow({
          cantSplit: true,
          children: footer.map((text, index) =>
            cell(text, width[index] ?? 0, { bold: true, align: columns[index]?.align }),
          ),
        }),
      ]
    : [];
  return fullTable(width, [header, ...body, ...total]);
}

/** Label–value pairs as a two-column table without a header (labels in bold). */
function fields(rows: FieldRow[]): Table {
  const width = widths([{ weight: 1 }, { weight: 2 }]);
  return fullTable(
    width,
    rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.label, width[0] ?? 0, { bold: true }), cell(row.value, width[1] ?? 0)],
        }),
    ),
  );
}

/** Space after a table, so the next heading or paragraph does not touch it. */
const gap = () => new Paragraph({ style: 'TableGap', children: [] });

/** The effort–impact matrix as a table: one row per quadrant, with the initiatives' numbers in it. */
function matrix(block: Extract<Block, { kind: 'matrix' }>, t: ExportTranslator): Table {
  const low = `1–${block.lowScores}`;
  const high = `${block.lowScores + 1}–5`;
  const isLow = (score: number) => score <= block.lowScores;
  const quadrants = [
    { name: block.corners.topLeft, x: true, y: false },
    { name: block.corners.topRight, x: false, y: false },
    { name: block.corners.bottomLeft, x: true, y: true },
    { name: block.corners.bottomRight, x: false, y: true },
  ];
  return table(
    [
      { label: t('export.word.matrix.quadrant'), weight: 2 },
      { label: block.xLabel, weight: 1, align: 'right' },
      { label: block.yLabel, weight: 1, align: 'right' },
      { label: t('export.word.matrix.points'), weight: 3 },
    ],
    quadrants.map((quadrant) => ({
      cells: [
        quadrant.name,
        quadrant.x ? low : high,
        quadrant.y ? low : high,
        block.points
          .filter((point) => isLow(point.x) === quadrant.x && isLow(point.y) === quadrant.y)
          .map((point) => point.label)
          .join(', '),
      ],
    })),
  );
}

/** The timeline as a table: what, from which period, to which period. */
function timeline(block: Extract<Block, { kind: 'timeline' }>, t: ExportTranslator): Table {
  return table(
    [
      { label: t('export.word.timeline.item'), weight: 3 },
      { label: t('export.word.timeline.from'), weight: 1 },
      { label: t('export.word.timeline.to'), weight: 1 },
    ],
    block.bars.map((bar) => ({ cells: [bar.label, block.periods[bar.from] ?? '', block.periods[bar.to] ?? ''] })),
  );
}

/** One view-model block as Word paragraphs and tables; block titles are Heading 3. */
function block(item: Block, t: ExportTranslator): Child[] {
  const title = 'title' in item && item.title ? [heading(item.title, 3)] : [];
  switch (item.kind) {
    case 'text':
      return [...title, ...item.paragraphs.map((text) => para(text))];
    case 'fields':
      return [...title, fields(item.rows), gap()];
    case 'list':
      return [...title, ...item.items.map((text) => para(text, { numbering: { reference: BULLETS, level: 0 } }))];
    case 'table':
      return [
        ...title,
        table(item.columns, item.rows, item.footer, (label) => t('export.doc.labelled', { label })),
        gap(),
      ];
    case 'matrix':
      return [...title, matrix(item, t), gap()];
    case 'timeline':
      return [...title, timeline(item, t), gap()];
    case 'notice':
      return [para(item.text, { style: 'Notice' })];
  }
}

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

function approval(view: ExportView): Child[] {
  const a = view.approval;
  const width = widths([{ weight: 1 }, { weight: 1 }, { weight: 1 }, { weight: 1.6 }]);
  const empty = () =>
    new TableRow({
      cantSplit: true,
      height: { value: 900, rule: 'atLeast' },
      children: width.map((size) => cell('', size)),
    });
  return [
    heading(a.title, 1, { pageBreakBefore: true }),
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
        heading(`${section.number} ${section.title}`, 2),
        ...section.blocks.flatMap((item) => block(item, t)),
      ]),
    ]),
    ...approval(view),
  ];
  const headingStyle = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: COLOURS.accent, language },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const paragraphStyle = (id: string, name: string, run: object, paragraph: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { language, ...run },
    paragraph,
  });

  const document = new Document({
    title: view.meta.title,
    subject: view.meta.subject,
    creator: view.meta.author || 'Welzijnskompas',
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, color: COLOURS.text, language },
          paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: COLOURS.accent, language },
          paragraph: { spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(34, 0, 0),
        heading2: headingStyle(28, 360, 1),
        heading3: headingStyle(23, 240, 2),
        listParagraph: { run: { language } },
      },
      paragraphStyles: [
        paragraphStyle('Subtitle', 'Subtitle', { size: 30, color: COLOURS.muted }, { spacing: { after: 240 } }),
        paragraphStyle(
          'CoverOrganisation',
          'Cover organisation',
          { size: 26, bold: true, color: COLOURS.muted },
          { spacing: { before: 2400, after: 240 } },
        ),
        paragraphStyle('Slogan', 'Slogan', { size: 26, italics: true }, { spacing: { after: 1200 } }),
        paragraphStyle(
          'ContentsTitle',
          'TOC Heading',
          { size: 34, bold: true, color: COLOURS.accent },
          { spacing: { after: 240 } },
        ),
        paragraphStyle(
          'TableText',
          'Table text',
          { size: 18 },
          { spacing: { before: 40, after: 40, line: 264, lineRule: LineRuleType.AUTO } },
        ),
        paragraphStyle('TableGap', 'Table gap', { size: 10 }, { spacing: { after: 120 } }),
        paragraphStyle('Footer', 'footer', { size: 16, color: COLOURS.muted }, { spacing: { after: 0 } }),
        paragraphStyle(
          'Notice',
          'Notice',
          {},
          {
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.accentLight },
            border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOURS.accent, space: 6 } },
            spacing: { before: 120, after: 200 },
          },
        ),
      ],
      characterStyles: [
        {
          id: 'Hyperlink',
          name: 'Hyperlink',
          basedOn: 'DefaultParagraphFont',
          run: { color: '0563C1', underline: { type: 'single' } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
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

/** Draft + language + options → Word document (pure). */
/** User text is isolated as in the PDF (lib/export/bidi.ts): no control character in it can reorder the document's own words. */
export const docxFromDraft = ({ draft, locale, options }: DocxRequest) =>
  buildDocx(buildExportView(isolateUserText(draft), locale, options), options);
