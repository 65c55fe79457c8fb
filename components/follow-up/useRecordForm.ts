'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod/mini';

/**
 * A form of the follow-up page that records something when it is complete ("Add measurement", "Record
 * status"): validated with its completion schema on submit, then `record` gets the values and the form empties
 * (or takes `after`). Errors show at the fields and in the form's error summary, which takes focus (RecordForm).
 */
export interface RecordForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** How many times it recorded something. */
  recorded: number;
}

export function useRecordForm<T extends FieldValues>(
  definition: { complete: z.ZodMiniType },
  empty: () => T,
  record: (values: T) => T | void,
): RecordForm<T> {
  const [recorded, setRecorded] = useState(0);
  const form = useForm<T>({
    resolver: zodResolver(definition.complete as z.ZodMiniType<FieldValues, FieldValues>) as never,
    defaultValues: empty() as DefaultValues<T>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus, as on the step pages; its entries lead to the fields.
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit((values) => {
    const next = record(values);
    form.reset((next ?? empty()) as T);
    setRecorded((count) => count + 1);
  });
  return { form, onSubmit, recorded };
}
