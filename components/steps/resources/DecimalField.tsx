'use client';

import { useLocale } from 'next-intl';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { TextField, type FieldProps } from '@/components/ui/Field';
import { formatNumber } from '@/lib/format';
import { parseDecimal } from '@/lib/steps/fields';
import type { ResourcesForm, ResourcesPath } from './form';

/** A stored number as the user reads it in an input: "6,8", "12.500" (nl) or "12 500" (fr). */
function inputText(value: unknown, locale: 'nl' | 'fr'): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumber(value, locale, 10);
  return typeof value === 'string' ? value : '';
}

/**
 * A decimal number in the Belgian notation of the page's language. The form
 * holds the number (or the text as typed, when it is not one yet, so
 * validation can say what to fix); the input keeps what the user typed, and
 * shows a value set from elsewhere ("use this" buttons) in the local notation.
 */
export function DecimalField({
  form,
  name,
  className = 'input--width-10',
  ...field
}: FieldProps & { form: ResourcesForm; name: ResourcesPath; className?: string }) {
  const locale = useLocale();
  const {
    field: { value, onChange, onBlur, ref },
  } = useController({ control: form.control, name });
  const [typed, setTyped] = useState(() => inputText(value, locale));
  const shown = parseDecimal(typed) === value ? typed : inputText(value, locale);
  return (
    <TextField
      {...field}
      className={className}
      inputMode="decimal"
      spellCheck={false}
      autoComplete="off"
      name={name}
      ref={ref}
      value={shown}
      onBlur={onBlur}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(parseDecimal(event.target.value));
      }}
    />
  );
}
