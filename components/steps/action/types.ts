import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

export type ActionFormValues = StepFormValues<'action'>;
export type ActionForm = UseFormReturn<ActionFormValues>;

/** A labelled choice: a code or an entity uid. */
export interface Option {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** Asks before removing an entity that other steps refer to, then removes it and clears those links. */
export type RequestRemoval = (removal: {
  kind: 'objective' | 'action';
  uid: string;
  label: string;
  run: () => void;
}) => void;
