import { useId, type ReactNode } from 'react';

/**
 * A data table with its caption, in a region that scrolls sideways on a narrow screen instead of the page
 * (WCAG 1.4.10 reflow): the region is named by the caption and takes focus, so a keyboard user can scroll it.
 * Children are the table's head and body. A caption the page's own heading already says can be visually
 * hidden (`captionClassName="visually-hidden"`); it still names the table and the region.
 */
export function TableRegion({
  caption,
  id,
  captionClassName = 'heading-s',
  className,
  tableClassName,
  children,
}: {
  caption: ReactNode;
  id?: string;
  captionClassName?: string;
  /** More classes on the scrolling region (e.g. `details__text` inside a disclosure). */
  className?: string;
  /** More classes on the table. */
  tableClassName?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const captionId = id ?? generated;
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className={tableClassName ? `table ${tableClassName}` : 'table'}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
