import { useId, type ReactNode } from 'react';

/**
 * A data table with its caption, in a region that scrolls sideways on a narrow screen instead of the page
 * (WCAG 1.4.10 reflow): the region is named by the caption and takes focus, so a keyboard user can scroll it.
 * Children are the table's head and body.
 */
export function TableRegion({ caption, id, children }: { caption: ReactNode; id?: string; children: ReactNode }) {
  const generated = useId();
  const captionId = id ?? generated;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="heading-s">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
