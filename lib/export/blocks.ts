/**
 * What an exported document is made of, independent of any renderer: the PDF
 * (lib/export/pdf), the review page and a Word export all draw these blocks.
 * Every text is final: labels resolved in the document language, numbers,
 * money and dates formatted. User text is kept exactly as typed.
 */

import type { ChartLayout } from '@/lib/followUp/chartLayout';

export interface FieldRow {
  label: string;
  value: string;
  /** The form field that holds this answer (react-hook-form name), for the review's "Change" links. */
  field?: string;
}

export interface TableColumn {
  label: string;
  /** Relative width (the renderer turns weights into widths). */
  weight: number;
  /** Numbers and money align right. */
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  /** Longer text shown under the row across the full width (a description). */
  details?: FieldRow[];
  /** Set apart from the other rows (the scenario put forward); the row's own text says why. */
  emphasis?: boolean;
}

/** A chart's coordinates (at `EXPORT_CHART`'s size) with its texts, each beside the coordinate it labels. */
export interface TrendChartView {
  layout: ChartLayout;
  /** One per `layout.yTicks`. */
  yLabels: string[];
  /** One per `layout.xTicks`. */
  xLabels: string[];
  /** One per `layout.references`. */
  referenceLabels: string[];
}

/** `field`: the form field (react-hook-form name) where the block's answers are given; none for computed blocks. */
export type Block = BlockContent & { field?: string };

type BlockContent =
  | { kind: 'text'; title?: string; paragraphs: string[] }
  | { kind: 'fields'; title?: string; rows: FieldRow[] }
  | { kind: 'list'; title?: string; items: string[] }
  | { kind: 'table'; title: string; columns: TableColumn[]; rows: TableRow[]; footer?: string[] }
  | {
      /** Effort–impact matrix: points on a 1–5 × 1–5 grid, numbered as in the initiatives table. */
      kind: 'matrix';
      title: string;
      xLabel: string;
      yLabel: string;
      /** Scores up to this one count as low on both axes (the quadrant lines sit after it). */
      lowScores: number;
      /** Quadrant names: low effort/high impact, high effort/high impact, low/low, high/low. */
      corners: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
      points: { label: string; x: number; y: number }[];
    }
  | { kind: 'timeline'; title: string; periods: string[]; bars: { label: string; from: number; to: number }[] }
  | {
      /** An indicator's trend: the chart drawn from lib/followUp/chartLayout.ts, and its values as a table beside it. */
      kind: 'trend';
      title: string;
      /** The chart in words (its text alternative): what the line and the reference lines are. */
      description: string;
      chart: TrendChartView;
      table: { title: string; columns: TableColumn[]; rows: TableRow[] };
    }
  | { kind: 'notice'; text: string };

/**
 * Drops null entries and blocks without content, so no heading stands over
 * nothing. With `keepEmpty` (the review page), an empty block that holds an
 * answer (`field`) stays, to be shown as "not provided".
 */
export function present(blocks: (Block | null | undefined | false)[], keepEmpty = false): Block[] {
  return blocks.filter((block): block is Block => !!block && (!isEmpty(block) || (keepEmpty && !!block.field)));
}

/** True when the block has nothing to show. */
export function isEmpty(block: Block): boolean {
  return !hasContent(block);
}

function hasContent(block: Block): boolean {
  switch (block.kind) {
    case 'text':
      return block.paragraphs.length > 0;
    case 'fields':
      return block.rows.length > 0;
    case 'list':
      return block.items.length > 0;
    case 'table':
      return block.rows.length > 0;
    case 'matrix':
      return block.points.length > 0;
    case 'timeline':
      return block.bars.length > 0;
    case 'trend':
      return block.chart.layout.points.length > 0 || block.table.rows.length > 0;
    case 'notice':
      return block.text.trim() !== '';
  }
}

/** A user's long text as paragraphs (blank lines separate them); empty when nothing was typed. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text || !text.trim()) return [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * Keeps rows whose value is filled; with `keepEmpty` (the review page) also
 * empty rows that hold an answer (`field`), with value ''.
 */
export function fields(
  rows: { label: string; value: string | null | undefined; field?: string }[],
  keepEmpty = false,
): FieldRow[] {
  return rows.flatMap((row) => {
    const value = typeof row.value === 'string' ? row.value : '';
    if (value.trim() === '' && !(keepEmpty && row.field)) return [];
    return [{ label: row.label, value, ...(row.field ? { field: row.field } : {}) }];
  });
}
