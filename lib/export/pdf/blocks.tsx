import { Circle, Line, Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { createContext, useContext, type ReactNode } from 'react';
import { matrixLayout, SCORES } from '@/lib/matrix';
import type { Block, FieldRow, TableColumn, TableRow, TrendChartView } from '../blocks';
import { colours, CONTENT_WIDTH, styles } from './theme';
import type { Hyphenation } from './hyphenation';

export const HyphenationContext = createContext<Hyphenation>((word) => [word]);

/** A label before its value in the document's language (`ExportView.labelled`): "Description\u00a0: " in French. */
export const LabelledContext = createContext((label: string) => `${label}: `);

/** Text with the document language's hyphenation. */
type PdfStyle = Parameters<typeof StyleSheet.create>[0][string];

export function T({ children, style }: { children: ReactNode; style?: PdfStyle | PdfStyle[] }) {
  const hyphenation = useContext(HyphenationContext);
  return (
    <Text style={style} hyphenationCallback={hyphenation}>
      {children}
    </Text>
  );
}

/** Space a heading needs below it on the same page, so it never ends a page alone. */
const KEEP_WITH_NEXT = 60;
/** Never ask for more than about half a page: a taller first row has to break anyway. */
const MAX_AHEAD = 380;

/**
 * No page break right after this element: a table header stays with its first
 * row (or the table moves on), the last row with the table's total.
 */
const NO_BREAK_AFTER = 1;

export function BlockTitle({ children, ahead = KEEP_WITH_NEXT }: { children: string; ahead?: number }) {
  return (
    <Text style={styles.blockTitle} minPresenceAhead={ahead}>
      {children}
    </Text>
  );
}

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'text':
      return (
        <View>
          {block.title ? <BlockTitle>{block.title}</BlockTitle> : null}
          {block.paragraphs.map((paragraph, index) => (
            <T key={index} style={styles.paragraph}>
              {paragraph}
            </T>
          ))}
        </View>
      );
    case 'fields':
      return (
        <View>
          {block.title ? <BlockTitle>{block.title}</BlockTitle> : null}
          <Fields rows={block.rows} />
        </View>
      );
    case 'list':
      return (
        <View>
          {block.title ? <BlockTitle>{block.title}</BlockTitle> : null}
          {block.items.map((item, index) => (
            <View key={index} style={styles.listItem} wrap={false}>
              <Text style={styles.bullet}>•</Text>
              <T style={styles.listText}>{item}</T>
            </View>
          ))}
        </View>
      );
    case 'table':
      return <Table title={block.title} columns={block.columns} rows={block.rows} footer={block.footer} />;
    case 'matrix':
      return <Matrix block={block} />;
    case 'timeline':
      return <Timeline block={block} />;
    case 'trend':
      return (
        <View>
          <View wrap={false}>
            <BlockTitle>{block.title}</BlockTitle>
            {block.chart.layout.points.length > 0 ? <TrendChart chart={block.chart} /> : null}
            <T style={styles.paragraph}>{block.description}</T>
          </View>
          {block.table.rows.length > 0 ? <Table {...block.table} /> : null}
        </View>
      );
    case 'notice':
      return (
        <View style={styles.notice} wrap={false}>
          <T>{block.text}</T>
        </View>
      );
  }
}

export function Fields({ rows }: { rows: FieldRow[] }) {
  return (
    <View>
      {rows.map((row, index) => (
        <View key={index} style={styles.fieldRow} wrap={false}>
          <T style={styles.fieldLabel}>{row.label}</T>
          <T style={styles.fieldValue}>{row.value}</T>
        </View>
      ))}
    </View>
  );
}

/** Font size of table cells and their line height, as in the theme (tableCell, tableHeaderCell). */
const CELL_FONT = 8.5;
const HEADER_FONT = 8;
const CELL_LINE = 1.4;

/**
 * A generous estimate of a row's height in points (the tallest cell's wrapped
 * lines, plus details and padding). It only serves to keep a table's title and
 * header with its first row: a fixed header ignores minPresenceAhead, and a
 * first row that does not fit would leave title and header alone at a page end.
 */
function estimatedHeight(texts: readonly string[], width: readonly number[], fontSize: number, extraLines = 0): number {
  const lines = texts.map((text, index) => {
    const perLine = Math.max(1, Math.floor(((width[index] ?? 0) - 6) / (fontSize * 0.5)));
    // Words wrap much earlier than characters in narrow columns: count generously.
    return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * 1.8) / perLine)), 0);
  });
  return (Math.max(1, ...lines) + extraLines) * fontSize * CELL_LINE + 8;
}

/** Column widths in points: react-pdf parses a percentage string again on every layout pass. */
function widths(columns: TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  return columns.map((column) => (column.weight / total) * CONTENT_WIDTH);
}

/**
 * A table whose header repeats on every page it spans (`fixed` inside the
 * table's view) and whose rows never split across pages (`wrap={false}`).
 */
export function Table({
  title,
  columns,
  rows,
  footer,
}: {
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  footer?: string[];
}) {
  const labelled = useContext(LabelledContext);
  const width = widths(columns);
  const align = (index: number) => (columns[index]?.align === 'right' ? ('right' as const) : ('left' as const));
  const header = columns.map((_, index) => [
    styles.tableHeaderCell,
    { width: width[index] ?? 0, textAlign: align(index) },
  ]);
  const cell = columns.map((_, index) => [styles.tableCell, { width: width[index] ?? 0, textAlign: align(index) }]);
  // One node per cell; an empty cell is a plain box of its width (nothing for text layout to do).
  const cells = (texts: string[]) =>
    texts.map((text, index) =>
      text ? (
        <T key={index} style={cell[index]}>
          {text}
        </T>
      ) : (
        <View key={index} style={{ width: width[index] ?? 0 }} />
      ),
    );
  const first = rows[0];
  const ahead = Math.min(
    MAX_AHEAD,
    Math.max(
      KEEP_WITH_NEXT,
      estimatedHeight(
        columns.map((column) => column.label),
        width,
        HEADER_FONT,
      ) + (first ? estimatedHeight(first.cells, width, CELL_FONT, first.details?.length ?? 0) : 0),
    ),
  );
  // The title stands before the table's own view, so its presence check sees the header and the first row.
  return (
    <View>
      <BlockTitle ahead={ahead}>{title}</BlockTitle>
      <View style={styles.table}>
        <View style={styles.tableHeader} fixed minPresenceAhead={NO_BREAK_AFTER}>
          {columns.map((column, index) => (
            <T key={index} style={header[index]}>
              {column.label}
            </T>
          ))}
        </View>
        {rows.map((row, rowIndex) => {
          const emphasis = row.emphasis ? [styles.tableRowEmphasis] : [];
          const keep = footer && rowIndex === rows.length - 1 ? NO_BREAK_AFTER : undefined;
          // A row without details is itself the row of cells: one view less per row.
          if (!row.details?.length) {
            return (
              <View
                key={rowIndex}
                style={[styles.tableRow, styles.tableCells, ...emphasis]}
                wrap={false}
                minPresenceAhead={keep}
              >
                {cells(row.cells)}
              </View>
            );
          }
          return (
            <View key={rowIndex} style={[styles.tableRow, ...emphasis]} wrap={false} minPresenceAhead={keep}>
              <View style={styles.tableCells}>{cells(row.cells)}</View>
              {row.details.map((detail, index) => (
                <T key={index} style={styles.tableDetail}>
                  {`${labelled(detail.label)}${detail.value}`}
                </T>
              ))}
            </View>
          );
        })}
        {footer ? (
          <View style={styles.tableFooter} wrap={false}>
            {cells(footer)}
          </View>
        ) : null}
      </View>
    </View>
  );
}

const MATRIX = { width: 360, height: 260, marker: 14, gap: 1 } as const;

/** Effort (x, 1–5) against impact (y, 1–5); points in the same cell sit side by side, centred in it. */
function Matrix({ block }: { block: Extract<Block, { kind: 'matrix' }> }) {
  const layout = matrixLayout(block.points, MATRIX, block.lowScores);
  const cellWidth = MATRIX.width / SCORES.length;
  // Quadrant lines follow the matrix's rule: scores up to `lowScores` are low on both axes.
  const { x: lowWidth, y: highHeight } = layout.split;
  const quadrant = (left: boolean, top: boolean, colour: string, text: string) => (
    <View
      style={{
        position: 'absolute',
        left: left ? 0 : lowWidth,
        top: top ? 0 : highHeight,
        width: left ? lowWidth : MATRIX.width - lowWidth,
        height: top ? highHeight : MATRIX.height - highHeight,
        backgroundColor: colour,
        padding: 4,
      }}
    >
      <Text style={{ fontSize: 7.5, color: colours.muted, textAlign: left ? 'left' : 'right' }}>{text}</Text>
    </View>
  );
  // The frame's border is drawn outside the drawing's box, so cells and markers share one origin.
  return (
    <View wrap={false}>
      <BlockTitle>{block.title}</BlockTitle>
      <View style={{ flexDirection: 'row', marginTop: 4 }}>
        <View style={{ width: 18, height: MATRIX.height, justifyContent: 'center' }}>
          <Text style={{ fontSize: 8, transform: 'rotate(-90deg)', width: 80, marginLeft: -31 }}>
            {`${block.yLabel} (1–5)`}
          </Text>
        </View>
        <View>
          <View style={{ borderWidth: 1, borderColor: colours.rule }}>
            <View style={{ width: MATRIX.width, height: MATRIX.height }}>
              {quadrant(true, true, colours.quadrant[0], block.corners.topLeft)}
              {quadrant(false, true, colours.quadrant[1], block.corners.topRight)}
              {quadrant(true, false, colours.quadrant[2], block.corners.bottomLeft)}
              {quadrant(false, false, colours.quadrant[3], block.corners.bottomRight)}
              {layout.markers.map(({ point, box }, index) => (
                <View
                  key={index}
                  style={{
                    position: 'absolute',
                    ...box,
                    borderRadius: MATRIX.marker / 2,
                    backgroundColor: colours.accent,
                    justifyContent: 'center',
                  }}
                >
                  <Text style={{ fontSize: 6.5, color: '#ffffff', textAlign: 'center', fontWeight: 'bold' }}>
                    {point.label}
                  </Text>
                </View>
              ))}
            </View>
          </View>
          <View style={{ flexDirection: 'row', width: MATRIX.width, marginLeft: 1 }}>
            {SCORES.map((n) => (
              <Text key={n} style={{ width: cellWidth, textAlign: 'center', fontSize: 7.5, color: colours.muted }}>
                {n}
              </Text>
            ))}
          </View>
          <Text style={{ fontSize: 8, textAlign: 'center', width: MATRIX.width, marginLeft: 1 }}>
            {`${block.xLabel} (1–5)`}
          </Text>
        </View>
      </View>
    </View>
  );
}

/** Bars over periods; each row keeps its label beside its bar. */
function Timeline({ block }: { block: Extract<Block, { kind: 'timeline' }> }) {
  const count = Math.max(1, block.periods.length);
  const labelWidth = CONTENT_WIDTH * 0.3;
  const barsWidth = CONTENT_WIDTH - labelWidth;
  const share = (n: number) => (n / count) * barsWidth;
  return (
    <View>
      <BlockTitle>{block.title}</BlockTitle>
      <View
        style={{ flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colours.accent }}
        fixed
        minPresenceAhead={NO_BREAK_AFTER}
      >
        <View style={{ width: labelWidth }} />
        <View style={{ width: barsWidth, flexDirection: 'row' }}>
          {block.periods.map((label, index) => (
            <Text key={index} style={{ width: share(1), fontSize: 6.5, textAlign: 'center' }}>
              {label}
            </Text>
          ))}
        </View>
      </View>
      {block.bars.map((bar, index) => (
        <View key={index} style={{ flexDirection: 'row', paddingVertical: 2 }} wrap={false}>
          <T style={{ width: labelWidth, fontSize: 7.5, paddingRight: 4 }}>{bar.label}</T>
          <View style={{ width: barsWidth, flexDirection: 'row' }}>
            <View style={{ width: share(bar.from) }} />
            <View
              style={{ width: share(bar.to - bar.from + 1), height: 8, marginTop: 2, backgroundColor: colours.accent }}
            />
          </View>
        </View>
      ))}
    </View>
  );
}

/** Dash patterns of the reference lines, so they differ in grey print too. */
const DASHES = { baseline: '4 3', target: '1.5 2', benchmark: '6 2 1.5 2' } as const;

/**
 * An indicator's trend as vector graphics, from the same layout as the follow-up page
 * (lib/followUp/chartLayout.ts), scaled to the text width; the table after it holds the values.
 */
export function TrendChart({ chart }: { chart: TrendChartView }) {
  const { layout } = chart;
  const { plot } = layout;
  const scale = CONTENT_WIDTH / layout.width;
  const label = { fontSize: 7, fill: colours.muted };
  return (
    <Svg
      width={CONTENT_WIDTH}
      height={layout.height * scale}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ marginVertical: 4 }}
    >
      {layout.yTicks.map((tick, index) => (
        <Line
          key={`y${index}`}
          x1={plot.left}
          x2={plot.right}
          y1={tick.y}
          y2={tick.y}
          stroke="#e1e3e4"
          strokeWidth={0.6}
        />
      ))}
      {layout.yTicks.map((tick, index) => (
        <Text key={`yl${index}`} x={plot.left - 5} y={tick.y + 2.5} textAnchor="end" style={label}>
          {chart.yLabels[index] ?? ''}
        </Text>
      ))}
      {layout.xTicks.map((tick, index) => (
        <Text key={`xl${index}`} x={tick.x} y={plot.bottom + 16} textAnchor="middle" style={label}>
          {chart.xLabels[index] ?? ''}
        </Text>
      ))}
      <Line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={colours.rule} strokeWidth={0.8} />
      {layout.references.map((reference, index) => (
        <Line
          key={`r${index}`}
          x1={plot.left}
          x2={plot.right}
          y1={reference.y}
          y2={reference.y}
          stroke={colours.muted}
          strokeWidth={1}
          strokeDasharray={DASHES[reference.kind]}
        />
      ))}
      {layout.references.map((reference, index) => (
        <Text key={`rl${index}`} x={plot.right} y={reference.y - 3} textAnchor="end" style={label}>
          {chart.referenceLabels[index] ?? ''}
        </Text>
      ))}
      {layout.path ? <Path d={layout.path} stroke={colours.accent} strokeWidth={2} fill="none" /> : null}
      {layout.points.map((point, index) => (
        <Circle key={`p${index}`} cx={point.x} cy={point.y} r={3} fill={colours.accent} />
      ))}
    </Svg>
  );
}
