'use client';

import { useId, type ReactNode } from 'react';

/** A fieldset of inline radio buttons (GOV.UK radios, small legend), controlled. */
export function InlineRadios<T extends string>({
  legend,
  values,
  value,
  onChange,
  label,
  hint,
}: {
  legend: string;
  values: readonly T[];
  value: T;
  onChange: (next: T) => void;
  label: (option: T) => string;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <fieldset className="fieldset">
        <legend className="legend legend--s">{legend}</legend>
        {hint ? <p className="hint">{hint}</p> : null}
        <div className="choices choices--inline">
          {values.map((option) => (
            <div className="choice" key={option}>
              <input
                className="choice__input"
                type="radio"
                id={`${id}-${option}`}
                name={id}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
              />
              <label className="choice__label" htmlFor={`${id}-${option}`}>
                {label(option)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
