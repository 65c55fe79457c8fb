'use client';

import type { ReactNode } from 'react';
import { fieldId } from './context';

/** A link to a form field that moves focus there (as the error summary's links do). */
export function FieldLink({ name, children }: { name: string; children: ReactNode }) {
  const id = fieldId(name);
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        const field = document.getElementById(id);
        if (!field) return;
        event.preventDefault();
        field.focus();
        field.scrollIntoView({ block: 'center' });
      }}
    >
      {children}
    </a>
  );
}
