'use client';

import { NotesStep } from './NotesStep';

/** Placeholder until the step's own form is built: working notes only. */
export function ActionStep() {
  return <NotesStep stepId="action" />;
}
