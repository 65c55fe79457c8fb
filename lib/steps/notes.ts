import { z } from 'zod/mini';
import { completeEvenWhenInvalid, filled, longText } from './fields';

/**
 * Working notes for a step whose full form is not built yet (steps 2–7).
 * The user can already capture their thinking; the dedicated issues extend
 * each schema (with a migration) and keep these notes.
 */
export const notesSchema = z.object({
  notes: longText(),
});

export type NotesData = z.output<typeof notesSchema>;

export const notesComplete = notesSchema.check(
  z.superRefine((data, ctx) => {
    if (!filled(data.notes)) {
      ctx.addIssue({ code: 'custom', path: ['notes'], message: 'steps.notes.errors.notesRequired' });
    }
  }, completeEvenWhenInvalid),
);
