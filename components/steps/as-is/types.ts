import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';

export type AsIsForm = UseFormReturn<StepFormValues<'as-is'>>;
