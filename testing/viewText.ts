import type { Block } from '@/lib/export/blocks';
import type { ExportView } from '@/lib/export/viewModel';

/** Every text an export view holds, one per line: for tests that look for a word anywhere in the document. */
export function allText(view: ExportView): string {
  const blockText = (block: Block): string[] => {
    switch (block.kind) {
      case 'text':
        return [block.title ?? '', ...block.paragraphs];
      case 'fields':
        return [block.title ?? '', ...block.rows.flatMap((row) => [row.label, row.value])];
      case 'list':
        return [block.title ?? '', ...block.items];
      case 'table':
        return [
          block.title,
          ...block.columns.map((column) => column.label),
          ...block.rows.flatMap((row) => [...row.cells, ...(row.details ?? []).flatMap((d) => [d.label, d.value])]),
          ...(block.footer ?? []),
        ];
      case 'matrix':
        return [block.title, block.xLabel, block.yLabel, ...Object.values(block.corners)];
      case 'timeline':
        return [block.title, ...block.periods, ...block.bars.map((bar) => bar.label)];
      case 'trend':
        return [
          block.title,
          block.description,
          ...block.chart.yLabels,
          ...block.chart.xLabels,
          ...block.chart.referenceLabels,
          block.table.title,
          ...block.table.columns.map((column) => column.label),
          ...block.table.rows.flatMap((row) => row.cells),
        ];
      case 'notice':
        return [block.text];
    }
  };
  return [
    ...Object.values(view.cover),
    ...(view.summary?.blocks.flatMap(blockText) ?? []),
    ...view.parts.flatMap((part) => [
      part.title,
      ...part.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText)]),
    ]),
  ]
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
}
