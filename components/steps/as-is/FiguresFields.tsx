'use client';

import { useTranslations } from 'next-intl';
import { DateInput, NumberInput } from '@/components/ui/form/fields';
import styles from '../AsIsStep.module.css';

const DECIMALS = ['absencePercentage', 'frequency', 'averageDuration'] as const;
const DATES = ['lastRiskAnalysis', 'lastSurvey'] as const;

/** Current absence figures (with their definitions) and the dates of the last analysis and survey. */
export function FiguresFields() {
  const t = useTranslations('steps.asIs');
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('figuresHeading')}</legend>
      <p>{t('figuresIntro')}</p>
      {/* Needed only once a figure is given: the hint says so. */}
      <NumberInput name="figures.year" label={t('year')} hint={t('yearHint')} optional plain />
      {DECIMALS.map((name) => (
        <NumberInput key={name} name={`figures.${name}`} label={t(name)} hint={t(`${name}Hint`)} />
      ))}
      {DATES.map((name) => (
        <DateInput
          key={name}
          name={`figures.${name}`}
          label={t(name)}
          hint={t(`${name}Hint`)}
          className={styles.dateInput}
        />
      ))}
    </fieldset>
  );
}
