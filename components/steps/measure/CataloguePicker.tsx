'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorMessage, Hint } from '@/components/ui/Field';
import { catalogueGroupLabels, indicatorCatalogueLabels } from '@/content/reference/measure';
import { CATALOGUE_GROUPS, isCatalogueCode, type CatalogueCode } from '@/lib/indicators';

/**
 * Pick an indicator from the catalogue (grouped, with its definition shown
 * once chosen) or start one of your own. Not part of the form's values.
 */
export function CataloguePicker({
  id,
  error,
  disabled,
  onPick,
  onOwn,
}: {
  id: string;
  /** The step's own error for the list (e.g. "add at least one indicator"). */
  error: string | undefined;
  disabled: boolean;
  onPick: (code: CatalogueCode) => void;
  onOwn: () => void;
}) {
  const t = useTranslations('steps.measure');
  const locale = useLocale();
  const select = useRef<HTMLSelectElement>(null);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const shownError = missing ? t('catalogueRequired') : error;
  const names = indicatorCatalogueLabels[locale];
  const definition = isCatalogueCode(code) ? names[code].hint : undefined;
  const describedBy = [`${id}-hint`, definition ? `${id}-definition` : null, shownError ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');

  const pick = () => {
    if (!isCatalogueCode(code)) {
      setMissing(true);
      select.current?.focus();
      return;
    }
    setMissing(false);
    onPick(code);
    setCode('');
  };

  return (
    <div className={shownError ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={id}>
        {t('catalogue')}
      </label>
      <Hint id={`${id}-hint`}>{t('catalogueHint')}</Hint>
      {shownError ? <ErrorMessage id={`${id}-error`}>{shownError}</ErrorMessage> : null}
      <select
        ref={select}
        id={id}
        className="select"
        value={code}
        aria-describedby={describedBy}
        aria-invalid={shownError ? true : undefined}
        onChange={(event) => {
          setCode(event.target.value);
          if (event.target.value) setMissing(false);
        }}
      >
        <option value="">{t('cataloguePlaceholder')}</option>
        {CATALOGUE_GROUPS.map(({ group, codes }) => (
          <optgroup key={group} label={catalogueGroupLabels[locale][group].label}>
            {codes.map((item) => (
              <option key={item} value={item}>
                {names[item].label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {definition ? (
        <p className="hint" id={`${id}-definition`}>
          {definition}
        </p>
      ) : null}
      <div className="button-group">
        <Button variant="secondary" onClick={pick} disabled={disabled}>
          {t('addFromCatalogue')}
        </Button>
        <Button variant="secondary" onClick={onOwn} disabled={disabled}>
          {t('addOwn')}
        </Button>
      </div>
    </div>
  );
}
