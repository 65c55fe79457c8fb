'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { get, useFormState, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { nextStep, type StepId } from '@/lib/steps/registry';
import { fieldId, flattenErrors } from './useStepForm';
import { useMessageKey } from '@/components/ui/useMessageKey';

/** Error summary, the form element and "Save and continue", shared by every step. */
export function StepFormFrame<T extends FieldValues>({
  stepId,
  form,
  onSubmit,
  children,
}: {
  stepId: StepId;
  form: UseFormReturn<T>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
}) {
  const t = useTranslations('stepPage');
  const message = useMessageKey();
  const { errors, isSubmitted, submitCount } = form.formState;
  const items = isSubmitted
    ? flattenErrors(errors).map((error) => ({ fieldId: fieldId(error.path.join('.')), text: message(error.message) }))
    : [];
  return (
    <>
      <ErrorSummary title={t('errorSummaryTitle')} items={items} focusKey={submitCount} />
      <form noValidate onSubmit={onSubmit} className="step-form">
        {children}
        <p className="hint">{t('incompleteNote')}</p>
        <Button type="submit">{nextStep(stepId) ? t('saveAndContinue') : t('saveAndFinish')}</Button>
      </form>
    </>
  );
}

/** The translated error for one field, if any. */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T>): (name: string) => string | undefined {
  return useErrorText(form.formState.errors);
}

/**
 * As `useFieldError`, for a part of a form that is memoised (one entry of a
 * long list): it re-renders itself when the errors under `scope` change,
 * rather than with the whole form.
 */
export function useScopedFieldError<T extends FieldValues>(
  form: UseFormReturn<T>,
  scope: Path<T>,
): (name: string) => string | undefined {
  return useErrorText(useFormState({ control: form.control, name: scope }).errors);
}

function useErrorText(errors: FieldErrors): (name: string) => string | undefined {
  const message = useMessageKey();
  return (name) => {
    const error: unknown = get(errors, name);
    const key = error && typeof error === 'object' && 'message' in error ? error.message : undefined;
    return typeof key === 'string' ? message(key) : undefined;
  };
}
