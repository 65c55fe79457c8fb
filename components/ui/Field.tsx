import type { ComponentPropsWithRef, ReactNode } from 'react';

/**
 * Accessible form primitives in the GOV.UK style: a visible label, an optional
 * hint, an error message that says what to do, "(optional)" instead of an
 * asterisk. They know nothing of the domain or of react-hook-form: spread
 * `register(...)` into them.
 */

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Text appended to the label, e.g. "(optional)". */
  optionalText?: string | undefined;
  /** A live note under the input, e.g. a character count. */
  counter?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown, counter?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, counter ? `${id}-count` : null].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ id, label, optionalText }: Pick<FieldProps, 'id' | 'label' | 'optionalText'>) {
  return (
    <label className="label" htmlFor={id}>
      {label}
      {optionalText ? <span className="optional"> {optionalText}</span> : null}
    </label>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="error-message" id={id}>
      {children}
    </p>
  );
}

function FieldFrame({ id, hint, error, children, label, optionalText, counter }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Label id={id} label={label} optionalText={optionalText} />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children}
      {counter ? (
        <div className="hint character-count" id={`${id}-count`} aria-live="polite">
          {counter}
        </div>
      ) : null}
    </div>
  );
}

type InputProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'id'>;

export function TextField({ id, label, hint, error, optionalText, counter, className, ...input }: InputProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optionalText={optionalText} counter={counter}>
      <input
        {...input}
        id={id}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, counter)}
      />
    </FieldFrame>
  );
}

type TextAreaProps = FieldProps & Omit<ComponentPropsWithRef<'textarea'>, 'id'>;

export function TextArea({ id, label, hint, error, optionalText, counter, rows = 5, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optionalText={optionalText} counter={counter}>
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className="textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, counter)}
      />
    </FieldFrame>
  );
}

type SelectProps = FieldProps &
  Omit<ComponentPropsWithRef<'select'>, 'id'> & {
    options: readonly { value: string; label: string }[];
    placeholder: string;
  };

export function Select({ id, label, hint, error, optionalText, options, placeholder, ...select }: SelectProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optionalText={optionalText}>
      <select
        {...select}
        id={id}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type ChoiceGroupProps = {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  optionalText?: string | undefined;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string; hint?: string }[];
  inline?: boolean;
  /** Spread of `register(name)`; applied to every option. */
  inputProps: Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'value'>;
  /** For a controlled group: whether an option is checked. */
  isChecked?: (value: string) => boolean;
};

/** Radios or checkboxes in a fieldset. The first option carries `id`, so error links land on it. */
export function ChoiceGroup({
  id,
  legend,
  legendClassName,
  hint,
  error,
  optionalText,
  type,
  options,
  inline,
  inputProps,
  isChecked,
}: ChoiceGroupProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={legendClassName ?? 'legend'}>
          {legend}
          {optionalText ? <span className="optional"> {optionalText}</span> : null}
        </legend>
        {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        <div className={inline ? 'choices choices--inline' : 'choices'}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  {...inputProps}
                  className="choice__input"
                  id={optionId}
                  type={type}
                  value={option.value}
                  checked={isChecked ? isChecked(option.value) : undefined}
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
