import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

export type RolesForm = UseFormReturn<StepFormValues<'roles'>>;
export type ErrorFor = (name: string) => string | undefined;
