'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { ChoiceGroup, ErrorMessage, Select, TextArea, TextField } from '@/components/ui/Field';
import { useMessageKey } from '@/components/ui/useMessageKey';
import { formatNumber } from '@/lib/format';
import { emptyToNull, parseDecimal, parseWholeNumber, typedCap, type FieldMeta } from '@/lib/steps/fields';
import { useFormField } from './context';

/**
 * The form kit: one component per kind of field, bound to the form in
 * context by `name`. Each derives its id, error, "(optional)", length limit
 * and counter from the step's schema; callers give only the texts.
 */

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Common {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Overrides the completion rule's view of whether the field is needed. */
  optional?: boolean;
}

function expect<K extends FieldMeta['kind']>(
  name: string,
  meta: FieldMeta | undefined,
  kinds: readonly K[],
): Extract<FieldMeta, { kind: K }> {
  if (!meta || !(kinds as readonly string[]).includes(meta.kind)) {
    throw new Error(`Field "${name}" is not a ${kinds.join('/')} field of the schema`);
  }
  return meta as Extract<FieldMeta, { kind: K }>;
}

/** The counter shows from this share of the limit on, and always over it. */
const COUNTER_FROM = 0.8;

function useTextLimit(name: string, max: number) {
  return useLengthLimit(useWatch({ name }), max);
}

/**
 * The live counter near a text's limit and the error once over it, for a text
 * outside a step form (the draft's name). Let the input take `max` times
 * TYPED_CAP_FACTOR, so a paste over the limit stays visible instead of being cut.
 */
export function useLengthLimit(value: unknown, max: number): { counter?: string; error?: string } {
  const t = useTranslations('common.field');
  const format = useFormatter();
  const length = typeof value === 'string' ? value.length : 0;
  const over = length - max;
  const counter =
    length >= max * COUNTER_FROM
      ? over > 0
        ? t('charactersOver', { count: over })
        : t('charactersLeft', { count: -over })
      : undefined;
  const error = over > 0 ? t('tooLong', { max: format.number(max), count: over }) : undefined;
  return { counter, error };
}

/** A one-line text. */
export function TextInput({
  autoComplete,
  className,
  ...props
}: Common & { autoComplete?: string; className?: string; spellCheck?: boolean }) {
  return <BoundText {...props} autoComplete={autoComplete} className={className} multiline={false} />;
}

/** A text of several lines. */
export function LongText({ rows, ...props }: Common & { rows?: number }) {
  return <BoundText {...props} rows={rows} multiline />;
}

function BoundText({
  name,
  label,
  hint,
  optional,
  multiline,
  rows,
  ...input
}: Common & {
  multiline: boolean;
  rows?: number | undefined;
  autoComplete?: string | undefined;
  className?: string | undefined;
}) {
  const field = useFormField(name, optional);
  const meta = expect(name, field.meta, ['text']);
  const { register } = useFormContext();
  const limit = useTextLimit(name, meta.max);
  const shared = {
    id: field.id,
    label,
    hint,
    optionalText: field.optionalText,
    error: limit.error ?? field.error,
    counter: limit.counter,
    // The browser stops only at the hard cap: what is over the limit stays visible, with the counter.
    maxLength: typedCap(meta),
    ...register(name),
  };
  return multiline || meta.multiline ? <TextArea {...shared} rows={rows} /> : <TextField {...shared} {...input} />;
}

/** A stored number as the user reads it: "6,8", "12.500" (nl) or "12 500" (fr). */
function numberText(value: unknown, locale: string, plain: boolean): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return plain ? String(value) : formatNumber(value, locale === 'fr' ? 'fr' : 'nl', 10);
  }
  return typeof value === 'string' ? value : '';
}

/**
 * A number in the Belgian notation of the page's language. The form holds the
 * number, or the text as typed while it is not one (so it is stored as typed
 * and said at once what to fix); a value set from elsewhere is shown in the
 * local notation.
 */
export function NumberInput({
  name,
  label,
  hint,
  optional,
  className = 'input--width-10',
  plain = false,
}: Common & {
  className?: string;
  /** Without thousands separators, e.g. a year. */
  plain?: boolean;
}) {
  const field = useFormField(name, optional);
  const meta = expect(name, field.meta, ['number']);
  const locale = useLocale();
  const message = useMessageKey();
  const parse = meta.whole ? parseWholeNumber : parseDecimal;
  const {
    field: { value, onChange, onBlur, ref },
  } = useController({ name });
  const [typed, setTyped] = useState(() => numberText(value, locale, plain));
  const shown = parse(typed) === value ? typed : numberText(value, locale, plain);
  const live =
    typeof value === 'string'
      ? message(meta.errors.number)
      : typeof value === 'number' && (value < meta.min || value > meta.max)
        ? message(meta.errors.range)
        : undefined;
  return (
    <TextField
      id={field.id}
      label={label}
      hint={hint}
      optionalText={field.optionalText}
      error={live ?? field.error}
      className={className}
      inputMode={meta.whole ? 'numeric' : 'decimal'}
      spellCheck={false}
      autoComplete="off"
      maxLength={typedCap(meta)}
      name={name}
      ref={ref}
      value={shown}
      onBlur={onBlur}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(parse(event.target.value));
      }}
    />
  );
}

/** A date (YYYY-MM-DD) or a month (YYYY-MM), with the browser's picker. */
export function DateInput({
  name,
  label,
  hint,
  optional,
  type = 'date',
  className = 'input--width-10',
}: Common & { type?: 'date' | 'month'; className?: string }) {
  const field = useFormField(name, optional);
  expect(name, field.meta, [type]);
  const { register } = useFormContext();
  return (
    <TextField
      id={field.id}
      label={label}
      hint={hint}
      optionalText={field.optionalText}
      error={field.error}
      type={type}
      className={className}
      {...register(name, { setValueAs: emptyToNull })}
    />
  );
}

/** One choice from a list, as a select; for a code list or a reference to another step's entity. */
export function ChoiceSelect({
  name,
  label,
  hint,
  optional,
  placeholder,
  options,
  numeric = false,
}: Common & {
  placeholder: string;
  options: readonly Option[];
  /** The options' values are whole numbers (a score), stored as numbers. */
  numeric?: boolean;
}) {
  const field = useFormField(name, optional);
  expect(name, field.meta, ['choice', 'ref']);
  const { register } = useFormContext();
  return (
    <Select
      id={field.id}
      label={label}
      hint={hint}
      optionalText={field.optionalText}
      error={field.error}
      placeholder={placeholder}
      options={options}
      {...register(name, { setValueAs: numeric ? parseWholeNumber : emptyToNull })}
    />
  );
}

/** One choice from a short code list, as radios. */
export function ChoiceRadios({
  name,
  label,
  hint,
  optional,
  options,
  inline,
  legendClassName,
}: Common & { options: readonly Option[]; inline?: boolean; legendClassName?: string }) {
  const field = useFormField(name, optional);
  expect(name, field.meta, ['choice', 'ref']);
  const { register } = useFormContext();
  return (
    <ChoiceGroup
      id={field.id}
      type="radio"
      legend={label}
      legendClassName={legendClassName}
      hint={hint}
      optionalText={field.optionalText}
      error={field.error}
      options={options}
      inline={inline}
      inputProps={register(name, { setValueAs: emptyToNull })}
    />
  );
}

/**
 * Several choices, as checkboxes: codes, or references to other entities.
 * Controlled, so one option still yields a list; a stored value without an
 * option (an entity deleted meanwhile) is kept out of sight.
 */
export function ChoiceChecks({
  name,
  label,
  hint,
  optional,
  options,
  legendClassName,
}: Common & { options: readonly Option[]; legendClassName?: string }) {
  const field = useFormField(name, optional);
  expect(name, field.meta, ['choices', 'refs']);
  const {
    field: { value, onChange, onBlur, ref },
  } = useController({ name });
  const selected: string[] = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return (
    <ChoiceGroup
      id={field.id}
      type="checkbox"
      legend={label}
      legendClassName={legendClassName}
      hint={hint}
      optionalText={field.optionalText}
      error={field.error}
      options={options}
      isChecked={(code) => selected.includes(code)}
      inputProps={{
        name,
        onBlur,
        ref,
        onChange: (event) => {
          const code = event.target.value;
          onChange(
            event.target.checked ? [...selected.filter((v) => v !== code), code] : selected.filter((v) => v !== code),
          );
        },
      }}
    />
  );
}

/** One yes/no as a single checkbox, its label beside it. */
export function Checkbox({ name, label }: { name: string; label: ReactNode }) {
  const field = useFormField(name, true);
  expect(name, field.meta, ['flag']);
  const { register } = useFormContext();
  return (
    <div className={field.error ? 'field field--error' : 'field'}>
      {field.error ? <ErrorMessage id={`${field.id}-error`}>{field.error}</ErrorMessage> : null}
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id={field.id}
          aria-describedby={field.error ? `${field.id}-error` : undefined}
          {...register(name)}
        />
        <label className="choice__label" htmlFor={field.id}>
          {label}
        </label>
      </div>
    </div>
  );
}
