import type { ComponentType } from 'react';
import type { StepId } from '@/lib/steps/registry';
import { NotesStep } from './NotesStep';
import { WhyStep } from './WhyStep';

/** One form component per step, keyed by registry id. */
export const STEP_FORMS: { [Id in StepId]: ComponentType<{ stepId: Id }> } = {
  why: WhyStep,
  'as-is': NotesStep,
  roles: NotesStep,
  'to-be': NotesStep,
  resources: NotesStep,
  action: NotesStep,
  measure: NotesStep,
};
