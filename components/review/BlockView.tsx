'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Block, FieldRow, TableColumn } from '@/lib/export/blocks';
import styles from './document.module.css';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** Column headers the matrix and timeline tables need, in the document's language (`print.doc`). */
export interface BlockWords {
  point: string;
  item: string;
  from: string;
  to: string;
}

/**
 * One block of the export view model as semantic HTML: headings, paragraphs,
 * lists, description lists and tables with captions and `th scope`. The
 * matrix and the timeline become tables. User text is rendered as text.
 * `hideTitle`: the title is said elsewhere (a review row's key); a table keeps
 * it as a visually hidden caption.
 */
export function BlockView({
  block,
  level,
  words,
  hideTitle = false,
}: {
  block: Block;
  level: HeadingLevel;
  words: BlockWords;
  hideTitle?: boolean;
}) {
  const Heading = `h${level}` as const;
  const shown = 'title' in block && !hideTitle ? block.title : undefined;
  const title = shown ? <Heading className={styles.blockTitle}>{shown}</Heading> : null;
  switch (block.kind) {
    case 'text':
      return (
        <div className={styles.block}>
          {title}
          {block.paragraphs.map((paragraph, index) => (
            <p key={index} className={styles.userText}>
              {paragraph}
            </p>
          ))}
        </div>
      );
    case 'fields':
      return (
        <div className={styles.block}>
          {title}
          <FieldList rows={block.rows} />
        </div>
      );
    case 'list':
      return (
        <div className={styles.block}>
          {title}
          <ul className="list list--bullet">
            {block.items.map((item, index) => (
              <li key={index} className={styles.userText}>
                {item}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'table':
      return (
        <Table
          caption={block.title}
          hideCaption={hideTitle}
          columns={block.columns}
          rows={block.rows.map((row) => ({ cells: row.cells, details: row.details, emphasis: row.emphasis }))}
          footer={block.footer}
        />
      );
    case 'matrix':
      return (
        <Table
          caption={block.title}
          hideCaption={hideTitle}
          columns={[
            { label: words.point, weight: 1 },
            { label: block.xLabel, weight: 1, align: 'right' },
            { label: block.yLabel, weight: 1, align: 'right' },
          ]}
          rows={block.points.map((point) => ({ cells: [point.label, String(point.x), String(point.y)] }))}
        />
      );
    case 'timeline':
      return (
        <Table
          caption={block.title}
          hideCaption={hideTitle}
          columns={[
            { label: words.item, weight: 3 },
            { label: words.from, weight: 1 },
            { label: words.to, weight: 1 },
          ]}
          rows={block.bars.map((bar) => ({
            cells: [bar.label, block.periods[bar.from] ?? '', block.periods[bar.to] ?? ''],
          }))}
        />
      );
    case 'trend':
      // The accessible version: the chart's reference lines and status in words, its values as a table.
      return (
        <div className={styles.block}>
          {title}
          <p>{block.description}</p>
          {block.table.rows.length > 0 ? (
            <Table
              caption={block.table.title}
              hideCaption={false}
              columns={block.table.columns}
              rows={block.table.rows}
            />
          ) : null}
        </div>
      );
    case 'notice':
      return <p className={styles.notice}>{block.text}</p>;
  }
}

function FieldList({ rows }: { rows: FieldRow[] }) {
  return (
    <dl className={styles.fields}>
      {rows.map((row, index) => (
        <div key={index} className={styles.fieldRow}>
          <dt>{row.label}</dt>
          <dd className={styles.userText}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Table({
  caption,
  hideCaption,
  columns,
  rows,
  footer,
}: {
  caption: string;
  hideCaption: boolean;
  columns: TableColumn[];
  rows: { cells: string[]; details?: FieldRow[]; emphasis?: boolean }[];
  footer?: string[];
}) {
  const align = (index: number) => (columns[index]?.align === 'right' ? styles.right : undefined);
  return (
    <ScrollArea label={caption}>
      <table className={`table ${styles.table}`}>
        <caption className={hideCaption ? 'visually-hidden' : styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={align(index)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row, index) => (
          // One tbody per row keeps a row and its details together on a printed page.
          <tbody key={index} className={row.emphasis ? styles.emphasis : undefined}>
            <tr>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex} className={[align(cellIndex), styles.userText].filter(Boolean).join(' ')}>
                  {cell}
                </td>
              ))}
            </tr>
            {row.details?.length ? (
              <tr className={styles.details}>
                <td colSpan={columns.length}>
                  <FieldList rows={row.details} />
                </td>
              </tr>
            ) : null}
          </tbody>
        ))}
        {footer ? (
          <tfoot>
            <tr>
              {footer.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={align(index)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollArea>
  );
}

/**
 * A wide table scrolls sideways on a narrow screen; while it does, keyboard
 * users can reach it (focusable, named after the table), as WCAG 2.1.1 asks.
 */
function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={`table-wrap ${styles.block}`}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
