'use client';

import { useTranslations } from 'next-intl';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { TextArea } from '@/components/ui/Field';
import { LIMITS } from '@/lib/steps/fields';
import { useFieldError } from './StepFormFrame';
import { fieldId } from './useStepForm';

/** The optional working notes every step form ends with (not part of the exported plan). */
export function StepNotes<T extends FieldValues & { notes?: string }>({ form }: { form: UseFormReturn<T> }) {
  const t = useTranslations('steps.notes');
  const tCommon = useTranslations('common');
  const errorFor = useFieldError(form);
  return (
    <TextArea
      id={fieldId('notes')}
      label={t('label')}
      hint={t('hint')}
      optionalText={tCommon('optional')}
      error={errorFor('notes')}
      rows={6}
      maxLength={LIMITS.long}
      {...form.register('notes' as Path<T>)}
    />
  );
}
