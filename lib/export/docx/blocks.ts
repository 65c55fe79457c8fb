import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { ChartRun, type ChartLineDash } from 'docx/charts';
import type { Block, FieldRow, TableColumn, TableRow as RowView } from '../blocks';
import type { ExportTranslator } from '../text';
import { runs, xmlSafe } from './text';
import { BULLETS, COLOURS, CONTENT_WIDTH, FONT, none, TABLE_BORDERS } from './theme';

/** The Word side of each view-model block: paragraphs, tables, the matrix, the timeline and the trend chart. */

/** A table across the text width. */
export const fullTable = (columnWidths: number[], rows: TableRow[]) =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: TABLE_BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    rows,
  });

export type Child = Paragraph | Table | TableOfContents;

export const para = (text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}) =>
  new Paragraph({ ...options, children: runs(text) });

export const heading = (
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
export function widths(columns: Pick<TableColumn, 'weight'>[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const share = columns.map((column) => (column.weight / total) * CONTENT_WIDTH);
  const narrow = share.filter((width) => width < MIN_COLUMN);
  const rest = share.filter((width) => width >= MIN_COLUMN).reduce((sum, width) => sum + width, 0);
  const scale = rest > 0 ? (CONTENT_WIDTH - narrow.length * MIN_COLUMN) / rest : 1;
  return share.map((width) => Math.round(width < MIN_COLUMN ? MIN_COLUMN : width * scale));
}

export function cell(
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
export function fields(rows: FieldRow[]): Table {
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
export const gap = () => new Paragraph({ style: 'TableGap', children: [] });

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

/** Dash patterns of the reference lines, as in the PDF and on the page: they differ in grey print too. */
const REFERENCE_DASHES: Record<'baseline' | 'target' | 'benchmark', ChartLineDash> = {
  baseline: 'dash',
  target: 'shortDot',
  benchmark: 'dashDot',
};
/** The chart's width in pixels (Word's unit for drawings, at 96 per inch): the text width. */
const CHART_WIDTH = Math.round(CONTENT_WIDTH / 15);

/**
 * An indicator's trend as a native Word line chart (Word draws it, "Edit Data" opens its values): the organisation's
 * values on a date axis, and the baseline, target and benchmark as dashed lines, with the value axis of the shared
 * layout (lib/followUp/chartLayout.ts), so its scale is the page's and the PDF's. Null without values.
 */
export function trendChart(block: Extract<Block, { kind: 'trend' }>, t: ExportTranslator): Paragraph | null {
  const { layout, referenceLabels } = block.chart;
  if (layout.points.length === 0) return null;
  const ticks = layout.yTicks.map((tick) => tick.value);
  const first = ticks[0];
  const last = ticks.at(-1);
  const interval = ticks.length > 1 ? (ticks[1] as number) - (first as number) : undefined;
  const font = { name: FONT, color: COLOURS.muted };
  const chart = new ChartRun({
    type: 'line',
    categories: layout.points.map((point) => new Date(`${point.date}T00:00:00Z`)),
    series: [
      {
        name: t('followUp.table.organisation'),
        values: layout.points.map((point) => point.value),
        color: COLOURS.accent,
        markers: { shape: 'circle', size: 5 },
        line: { color: COLOURS.accent, width: 2 },
      },
      ...layout.references.map((reference, index) => ({
        name: referenceLabels[index] ?? '',
        values: layout.points.map(() => reference.value),
        color: COLOURS.muted,
        markers: false,
        line: { color: COLOURS.muted, width: 1, dash: REFERENCE_DASHES[reference.kind] },
      })),
    ],
    categoryAxis: { numberFormat: 'dd/mm/yyyy', font: { ...font, size: 8 } },
    valueAxis: { minimum: first, maximum: last, interval, font: { ...font, size: 8 } },
    legend: { position: 'bottom' },
    font: { name: FONT },
    transformation: { width: CHART_WIDTH, height: Math.round(CHART_WIDTH * 0.45) },
    altText: {
      name: t('followUp.chart.label', { name: block.title }),
      description: `${t('followUp.chart.label', { name: block.title })} ${block.description}`,
    },
  });
  return new Paragraph({ keepNext: true, children: [chart] });
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
export function block(item: Block, t: ExportTranslator): Child[] {
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
    case 'trend': {
      // The chart, its values and reference lines in words, and the values as a table.
      const chart = trendChart(item, t);
      return [
        ...title,
        para(item.description, chart ? { keepNext: true } : {}),
        ...(chart ? [chart] : []),
        ...(item.table.rows.length > 0
          ? [
              para(item.table.title, { keepNext: true, style: 'Caption' }),
              table(item.table.columns, item.table.rows, undefined, (label) => t('export.doc.labelled', { label })),
              gap(),
            ]
          : []),
      ];
    }
    case 'notice':
      return [para(item.text, { style: 'Notice' })];
  }
}
