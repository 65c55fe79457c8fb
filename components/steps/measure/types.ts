import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/wizard/useStepForm';

/** The step 7 form, as every part of it receives it. */
export type MeasureForm = UseFormReturn<StepFormValues<'measure'>>;
