'use client';

import { useTranslations } from 'next-intl';
import { DateInput, NumberInput } from '@/components/ui/form/fields';
import styles from '../AsIsStep.module.css';

/** Each field with its label and hint (keys in `steps.asIs`). */
const DECIMALS = [
  { name: 'absencePercentage', hint: 'absencePercentageHint' },
  { name: 'frequency', hint: 'frequencyHint' },
  { name: 'averageDuration', hint: 'averageDurationHint' },
] as const;
const DATES = [
  { name: 'lastRiskAnalysis', hint: 'lastRiskAnalysisHint' },
  { name: 'lastSurvey', hint: 'lastSurveyHint' },
] as const;

/** Current absence figures (with their definitions) and the dates of the last analysis and survey. */
export function FiguresFields() {
  const t = useTranslations('steps.asIs');
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('figuresHeading')}</legend>
      <p>{t('figuresIntro')}</p>
      {/* Needed only once a figure is given: the hint says so. */}
      <NumberInput name="figures.year" label={t('year')} hint={t('yearHint')} optional plain />
      {DECIMALS.map(({ name, hint }) => (
        <NumberInput key={name} name={`figures.${name}`} label={t(name)} hint={t(hint)} />
      ))}
      {DATES.map(({ name, hint }) => (
        <DateInput key={name} name={`figures.${name}`} label={t(name)} hint={t(hint)} className={styles.dateInput} />
      ))}
    </fieldset>
  );
}
