import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

/** The step 4 form, as passed to its sections. */
export type ToBeForm = UseFormReturn<StepFormValues<'to-be'>>;
