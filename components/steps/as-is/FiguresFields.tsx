'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef } from 'react';
import { TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { formatNumber } from '@/lib/format';
import { emptyToNull, parseDecimal, parseWholeNumber } from '@/lib/steps/fields';
import styles from '../AsIsStep.module.css';
import type { AsIsForm } from './types';

const DECIMALS = ['absencePercentage', 'frequency', 'averageDuration'] as const;
const DATES = ['lastRiskAnalysis', 'lastSurvey'] as const;

/** Current absence figures (with their definitions) and the dates of the last analysis and survey. */
export function FiguresFields({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  const formatted = useRef(new WeakSet<HTMLInputElement>());
  const optional = useTranslations('common')('optional');
  const errorFor = useFieldError(form);
  const { register } = form;
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('figuresHeading')}</legend>
      <p>{t('figuresIntro')}</p>
      <TextField
        id={fieldId('figures.year')}
        label={t('year')}
        hint={t('yearHint')}
        optionalText={optional}
        error={errorFor('figures.year')}
        inputMode="numeric"
        spellCheck={false}
        className="input--width-10"
        {...register('figures.year', { setValueAs: parseWholeNumber })}
      />
      {DECIMALS.map((name) => {
        const field = register(`figures.${name}`, { setValueAs: parseDecimal });
        return (
          <TextField
            key={name}
            id={fieldId(`figures.${name}`)}
            label={t(name)}
            hint={t(`${name}Hint`)}
            optionalText={optional}
            error={errorFor(`figures.${name}`)}
            inputMode="decimal"
            spellCheck={false}
            className="input--width-10"
            {...field}
            ref={(element) => {
              field.ref(element);
              // Show a stored number the Belgian way ("6,8") once, when the field appears;
              // typing it back parses the same. Never while the user types.
              if (!element || formatted.current.has(element)) return;
              formatted.current.add(element);
              const value = form.getValues(`figures.${name}`);
              if (typeof value === 'number') element.value = formatNumber(value, locale, 3);
            }}
          />
        );
      })}
      {DATES.map((name) => (
        <TextField
          key={name}
          id={fieldId(`figures.${name}`)}
          type="date"
          label={t(name)}
          hint={t(`${name}Hint`)}
          optionalText={optional}
          error={errorFor(`figures.${name}`)}
          className={styles.dateInput}
          {...register(`figures.${name}`, { setValueAs: emptyToNull })}
        />
      ))}
    </fieldset>
  );
}
