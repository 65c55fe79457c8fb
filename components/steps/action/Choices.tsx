'use client';

import type { ReactNode } from 'react';
import { ErrorMessage, Hint } from '@/components/ui/Field';
import type { Option } from './types';

/**
 * Radios or checkboxes in a fieldset, controlled by the caller (markup and
 * classes as ChoiceGroup). For values that are not plain registered fields:
 * lists of uids, and view settings that are not stored.
 */
export function Choices({
  id,
  legend,
  hint,
  error,
  type,
  options,
  inline,
  isChecked,
  onToggle,
  name,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  type: 'radio' | 'checkbox';
  options: readonly Option[];
  inline?: boolean;
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  /** Groups radios for arrow-key movement. */
  name?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend className="legend">{legend}</legend>
        {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        <div className={inline ? 'choices choices--inline' : 'choices'}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  className="choice__input"
                  id={optionId}
                  type={type}
                  name={name}
                  value={option.value}
                  checked={isChecked(option.value)}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="hint choice__hint" id={`${optionId}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
