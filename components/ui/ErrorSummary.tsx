'use client';

import { useLayoutEffect, useRef } from 'react';
import { locateField, revealField } from './revealField';

export interface ErrorSummaryItem {
  /** id of the field to move to */
  fieldId: string;
  text: string;
}

/**
 * GOV.UK error summary: takes focus when it appears; each entry links to its
 * field and moves focus there, opening the entry of a list that holds it.
 */
export function ErrorSummary({
  title,
  items,
  focusKey,
  id = 'error-summary-title',
  level = 2,
}: {
  title: string;
  items: ErrorSummaryItem[];
  /** Changes with every submit attempt (e.g. react-hook-form's submitCount); the summary takes focus then. */
  focusKey: number;
  /** The title's id; a page with several small forms gives each summary its own. */
  id?: string;
  /** The title's heading level: 2 at the top of a page, deeper inside a form under its own heading. */
  level?: 2 | 3 | 4;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;
  // Before paint: a click on a fresh link must never be followed by the summary taking focus back.
  useLayoutEffect(() => {
    if (hasItems) ref.current?.focus();
    // Focus moves on a new submit attempt only, never while the user types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!items.length) return null;
  const Heading = `h${level}` as const;
  // List problems in the order the fields appear on the page.
  const ordered =
    typeof document === 'undefined'
      ? items
      : [...items].sort((a, b) => {
          const first = locateField(a.fieldId);
          const second = locateField(b.fieldId);
          if (!first || !second || first === second) return 0;
          return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={id}>
      <Heading className="error-summary__title" id={id}>
        {title}
      </Heading>
      <ul className="error-summary__list">
        {ordered.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                if (revealField(item.fieldId)) event.preventDefault();
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
