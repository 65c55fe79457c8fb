'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { FormProvider, get, useFormContext, useFormState, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod/mini';
import { fieldMetaAt, pathPattern, requiredPaths, type FieldMeta } from '@/lib/steps/fields';
import { useMessageKey } from '@/components/ui/useMessageKey';

/**
 * The form kit's binding: a form (react-hook-form, by context, as shadcn's
 * `FormField`) and the schemas it edits. Every field reads its id, its
 * error, "(optional)", its limits and its kind from here, by its name only.
 */
interface FormSchemas {
  /** What is stored: the field helpers' limits and kinds (lib/steps/fields.ts). */
  schema: object;
  /** What counts as complete: which fields are required. */
  complete: z.ZodMiniType;
}

const FormSchemaContext = createContext<FormSchemas | null>(null);

export function SchemaForm<T extends FieldValues>({
  form,
  schema,
  complete,
  children,
}: FormSchemas & { form: UseFormReturn<T>; children: ReactNode }) {
  const schemas = useMemo(() => ({ schema, complete }), [schema, complete]);
  return (
    <FormProvider {...form}>
      <FormSchemaContext.Provider value={schemas}>{children}</FormSchemaContext.Provider>
    </FormProvider>
  );
}

/** The id of the input a form path is edited in; error summary links and `&field=` point at it. */
export function fieldId(name: string): string {
  return `f-${name.replaceAll('.', '-')}`;
}

/**
 * Where the error summary links for an error at `path`. The resolver files an
 * error about a whole list under `<list>.root` once its entries are registered;
 * that error belongs to the list itself.
 */
export function errorTargetId(path: readonly string[]): string {
  return fieldId((path.at(-1) === 'root' ? path.slice(0, -1) : path).join('.'));
}

/** The message key of the error at `name`, or of its list-level `root` error. */
function errorKeyAt(errors: unknown, name: string): string | undefined {
  for (const found of [get(errors, name), get(errors, `${name}.root`)] as unknown[]) {
    const key = found && typeof found === 'object' && 'message' in found ? found.message : undefined;
    if (typeof key === 'string' && key) return key;
  }
  return undefined;
}

export interface FormFieldState {
  id: string;
  name: string;
  meta: FieldMeta | undefined;
  /** The translated error of the last validation ("Save and continue"), if any. */
  error: string | undefined;
  /** "(optional)" when the step's completion rule does not need the field. */
  optionalText: string | undefined;
}

/**
 * One field's wiring. `optional` overrides what the completion rule says
 * (for a field that is needed only in some cases, say so in its hint).
 */
export function useFormField(name: string, optional?: boolean): FormFieldState {
  const schemas = useContext(FormSchemaContext);
  if (!schemas) throw new Error(`Field "${name}" outside a SchemaForm`);
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const message = useMessageKey();
  const tCommon = useTranslations('common');
  const meta = useMemo(() => fieldMetaAt(schemas.schema, name), [schemas.schema, name]);
  // A choice that always holds a value is never "(optional)": its default is an answer, not a blank.
  const always = meta?.kind === 'choice' && 'always' in meta;
  const required = always || requiredPaths(schemas.schema, schemas.complete).has(pathPattern(name));
  const key = errorKeyAt(errors, name);
  return {
    id: fieldId(name),
    name,
    meta,
    error: key ? message(key) : undefined,
    optionalText: (optional ?? !required) ? tCommon('optional') : undefined,
  };
}

/** A list's maximum and empty entry, from the schema of the form in context. */
export function useFormSchema(): FormSchemas {
  const schemas = useContext(FormSchemaContext);
  if (!schemas) throw new Error('useFormSchema outside a SchemaForm');
  return schemas;
}
