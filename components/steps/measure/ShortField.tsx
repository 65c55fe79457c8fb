'use client';

import { useTranslations } from 'next-intl';
import type { Path } from 'react-hook-form';
import { TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId, type StepFormValues } from '@/components/workspace/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import type { MeasureForm } from './entry';

/** A one-line text field of the step 7 form, registered by name, with its error and "(optional)" when asked. */
export function ShortField({
  form,
  name,
  label,
  hint,
  optional,
}: {
  form: MeasureForm;
  name: Path<StepFormValues<'measure'>>;
  label: string;
  hint?: string;
  optional?: boolean;
}) {
  const optionalText = useTranslations('common')('optional');
  const errorFor = useFieldError(form);
  return (
    <TextField
      id={fieldId(name)}
      label={label}
      hint={hint}
      optionalText={optional ? optionalText : undefined}
      error={errorFor(name)}
      maxLength={LIMITS.short}
      {...form.register(name)}
    />
  );
}
