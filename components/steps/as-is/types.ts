import type { UseFormReturn } from 'react-hook-form';
import type { StepFormValues } from '@/components/workspace/useStepForm';
import type { CodeLabels } from '@/content/types';

export type AsIsForm = UseFormReturn<StepFormValues<'as-is'>>;

/** Select / checkbox options from a code list and its labels. */
export function optionsOf<Code extends string>(codes: readonly Code[], labels: CodeLabels<Code>) {
  return codes.map((code) => ({ value: code, label: labels[code].label, hint: labels[code].hint }));
}
