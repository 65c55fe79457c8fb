'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId } from '@/components/wizard/useStepForm';
import { emptyToNull, parseDecimal, parseWholeNumber } from '@/lib/steps/fields';
import styles from '../AsIsStep.module.css';
import type { AsIsForm } from './types';

const DECIMALS = ['absencePercentage', 'frequency', 'averageDuration'] as const;
const DATES = ['lastRiskAnalysis', 'lastSurvey'] as const;

/** Current absence figures (with their definitions) and the dates of the last analysis and survey. */
export function FiguresFields({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
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
      {DECIMALS.map((name) => (
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
          {...register(`figures.${name}`, { setValueAs: parseDecimal })}
        />
      ))}
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
