import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

export type RolesForm = UseFormReturn<StepFormValues<'roles'>>;
