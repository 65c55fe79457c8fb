'use client';

import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { Button } from '@/components/ui/Button';
import { SchemaForm } from '@/components/ui/form/context';
import type { RecordForm as Recorder } from './useRecordForm';
import styles from './followUp.module.css';

interface Props<T extends FieldValues> {
  recorder: Recorder<T>;
  definition: { schema: object; complete: z.ZodMiniType };
  submit: string;
  /** Said (role status) once something was recorded. */
  done: string;
  children: ReactNode;
}

/** A follow-up form bound to the form kit: its fields, the submit button and what it recorded. */
export function RecordForm<T extends FieldValues>({ recorder, definition, submit, done, children }: Props<T>) {
  return (
    <SchemaForm form={recorder.form} schema={definition.schema} complete={definition.complete}>
      <form noValidate onSubmit={recorder.onSubmit}>
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
      <RecordForm {...props} />
    </section>
  );
}
