'use client';

import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the field to move to */
  fieldId: string;
  text: string;
}

/**
 * GOV.UK error summary: takes focus when it appears; each entry links to its
 * field and moves focus there.
 */
export function ErrorSummary({ title, items }: { title: string; items: ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(item.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                const label = document.querySelector(`label[for="${CSS.escape(item.fieldId)}"]`);
                (field.closest('fieldset') ?? label ?? field).scrollIntoView({ block: 'start' });
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
