import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/wizard/useStepForm';

export type RolesForm = UseFormReturn<StepFormValues<'roles'>>;
export type ErrorFor = (name: string) => string | undefined;
