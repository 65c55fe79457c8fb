'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ErrorMessage, Hint } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import styles from '../RolesStep.module.css';

/**
 * A quick way to add several entries at once: tick items of a catalogue, then
 * "Add". Items already in the list are left out by the caller. The checkboxes
 * are not form data. The first one carries `id`, so error links land on it.
 */
export function AddFromList({
  id,
  legend,
  hint,
  error,
  options,
  addLabel,
  allAddedText,
  onAdd,
  full,
  folded = false,
}: {
  id: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  addLabel: string;
  allAddedText: string;
  onAdd: (values: string[]) => void;
  /** The list is at its maximum: "Add" is disabled and this note (its id) says why. */
  full?: { id: string } | undefined;
  /** The list already has entries: the catalogue sits behind a disclosure, unless it has an error. */
  folded?: boolean;
}) {
  const t = useTranslations('steps.roles');
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');
  // Decided once: a list that fills up while the user adds stays as it was drawn.
  const [behindDisclosure] = useState(folded && !error);
  const available = new Set(options.map((option) => option.value));
  const picked = checked.filter((value) => available.has(value));

  const add = () => {
    if (picked.length === 0) {
      setStatus(t('pickNothing'));
      return;
    }
    const names = options.filter((option) => picked.includes(option.value)).map((option) => option.label);
    setChecked([]);
    setStatus(t('added', { count: names.length, names: names.join(', ') }));
    onAdd(options.filter((option) => picked.includes(option.value)).map((option) => option.value));
  };

  const field = (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()}>
        <legend className="legend">{legend}</legend>
        <Hint id={`${id}-hint`}>{hint}</Hint>
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        {options.length === 0 ? (
          <p>{allAddedText}</p>
        ) : (
          <>
            <div className={`choices ${styles.catalogue}`}>
              {options.map((option, index) => {
                const optionId = index === 0 ? id : `${id}-option-${index}`;
                return (
                  <div className="choice" key={option.value}>
                    <input
                      className="choice__input"
                      id={optionId}
                      type="checkbox"
                      checked={picked.includes(option.value)}
                      onChange={(event) => {
                        const { checked: on } = event.currentTarget;
                        setChecked((current) =>
                          on ? [...current, option.value] : current.filter((value) => value !== option.value),
                        );
                      }}
                    />
                    <label className="choice__label" htmlFor={optionId}>
                      {option.label}
                    </label>
                  </div>
                );
              })}
            </div>
            <Button
              variant="secondary"
              className={styles.addButton}
              onClick={add}
              disabled={full !== undefined}
              aria-describedby={full?.id}
            >
              {addLabel}
            </Button>
          </>
        )}
        <p role="status" className={status ? 'hint' : undefined}>
          {status}
        </p>
      </fieldset>
    </div>
  );
  if (!behindDisclosure) return field;
  return (
    // An error (the list emptied since) opens it, so the error summary's link lands on a visible box.
    <details className="details" open={error ? true : undefined}>
      <summary className="details__summary">{legend}</summary>
      <div className="details__text">{field}</div>
    </details>
  );
}
