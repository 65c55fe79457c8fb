'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod/mini';
import { getStep, nextStep, type StepDefinition, type StepId } from '@/lib/steps/registry';
import { useDraftActions } from './DraftSession';
import { withTyped } from '@/lib/draft/update';
import { afterStep } from '@/lib/workspaceUrl';

type Complete<Id extends StepId> = Extract<StepDefinition, { id: Id }>['complete'];
export type StepFormValues<Id extends StepId> = z.input<Complete<Id>> & FieldValues;

/**
 * The shared wiring of every step form: defaults from the draft (with what
 * was typed but not valid yet put back as typed), validation
 * with the step's completion schema (on "Save and continue" only), autosave of
 * every change, and moving on when the step is complete.
 */
export function useStepForm<Id extends StepId>(
  id: Id,
  defaultValues: StepFormValues<Id>,
): { form: UseFormReturn<StepFormValues<Id>>; onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void> } {
  const { updateStep, flush, goTo, location, current } = useDraftActions();
  // What was typed but not valid yet is shown as typed (lib/draft/update.ts).
  const [initial] = useState(() => withTyped(defaultValues, current().typed[id], id));
  const form = useForm<StepFormValues<Id>>({
    resolver: zodResolver(getStep(id).complete as z.ZodMiniType<FieldValues, FieldValues>) as never,
    defaultValues: initial as never,
    mode: 'onSubmit',
    // The error summary takes focus (GOV.UK), not the first field.
    shouldFocusError: false,
    reValidateMode: 'onChange',
  });

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => updateStep(id, values),
      }),
    [form, id, updateStep],
  );

  const onSubmit = form.handleSubmit(
    async () => {
      await flush();
      goTo(afterStep(nextStep(id), location.from));
    },
    async () => {
      await flush();
    },
  );
  return { form, onSubmit };
}

/** Flatten react-hook-form errors to (path, message key) pairs in form order. */
export function flattenErrors(errors: FieldErrors, prefix: string[] = []): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = [...prefix, key];
    if (
      typeof (value as { message?: unknown }).message === 'string' &&
      (value as { type?: unknown }).type !== undefined
    ) {
      out.push({ path, message: (value as { message: string }).message });
    } else if (key !== 'ref') {
      out.push(...flattenErrors(value as FieldErrors, path));
    }
  }
  return out;
}
