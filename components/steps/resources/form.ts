import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

/** The step 5 form, as its parts receive it. */
export type ResourcesValues = StepFormValues<'resources'>;
export type ResourcesForm = UseFormReturn<ResourcesValues>;
export type ResourcesPath = FieldPath<ResourcesValues>;
