'use client';

import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { errorTargetId, SchemaForm } from '@/components/ui/form/context';
import { useMessageKey } from '@/components/ui/useMessageKey';
import { flattenErrors } from '@/components/workspace/useStepForm';
import type { RecordForm as Recorder } from './useRecordForm';
import styles from './followUp.module.css';

interface Props<T extends FieldValues> {
  recorder: Recorder<T>;
  definition: { schema: object; complete: z.ZodMiniType };
  submit: string;
  /** Said (role status) once something was recorded. */
  done: string;
  /** The error summary's heading level: one below the heading the form stands under. */
  level?: 3 | 4;
  children: ReactNode;
}

/**
 * A follow-up form bound to the form kit: an error summary after a submit with problems (it takes focus;
 * each entry leads to its field), the fields, the submit button and what it recorded.
 */
export function RecordForm<T extends FieldValues>({
  recorder,
  definition,
  submit,
  done,
  level = 3,
  children,
}: Props<T>) {
  const t = useTranslations('stepPage');
  const message = useMessageKey();
  const summaryId = useId();
  const { errors, isSubmitted, submitCount } = recorder.form.formState;
  const problems = isSubmitted
    ? flattenErrors(errors).map((error) => ({ fieldId: errorTargetId(error.path), text: message(error.message) }))
    : [];
  return (
    <SchemaForm form={recorder.form} schema={definition.schema} complete={definition.complete}>
      <form noValidate onSubmit={recorder.onSubmit}>
        <ErrorSummary
          title={t('errorSummaryTitle')}
          items={problems}
          focusKey={submitCount}
          id={summaryId}
          level={level}
        />
        {children}
        <Button type="submit">{submit}</Button>
        <p role="status" className="hint">
          {recorder.recorded > 0 ? done : ''}
        </p>
      </form>
    </SchemaForm>
  );
}

/** A boxed form of the follow-up page with its heading (the region's name) and an optional intro. */
export function RecordFormBox<T extends FieldValues>({
  id,
  heading,
  intro,
  ...props
}: Props<T> & { id: string; heading: string; intro?: string }) {
  return (
    <section className={styles.formBox} aria-labelledby={id}>
      <h3 className="heading-m" id={id}>
        {heading}
      </h3>
      {intro ? <p className="hint">{intro}</p> : null}
      <RecordForm level={4} {...props} />
    </section>
  );
}
