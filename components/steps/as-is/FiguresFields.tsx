'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateInput, NumberInput } from '@/components/ui/form/fields';
import { FoldingGroup } from '@/components/ui/form/FoldingGroup';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
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

type Figures = Partial<Record<'year' | (typeof DECIMALS)[number]['name'] | (typeof DATES)[number]['name'], unknown>>;

/** A value as the summary row shows it: numbers in the page's language, what does not parse as typed. */
function shown(value: unknown, format: (number: number) => string): string | null {
  if (typeof value === 'number') return format(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Current absence figures (with their definitions) and the dates of the last analysis and survey. */
export function FiguresFields() {
  const t = useTranslations('steps.asIs');
  const tList = useTranslations('common.list');
  const locale = useLocale();
  const { control } = useFormContext();
  const figures = (useWatch({ control, name: 'figures' }) ?? {}) as Figures;
  const number = (value: number) => formatNumber(value, locale);
  const facts = [
    shown(figures.year, String),
    shown(figures.absencePercentage, (value) => formatPercent(value, locale)),
    shown(figures.frequency, number),
    shown(figures.averageDuration, number),
    shown(figures.lastRiskAnalysis, String),
    shown(figures.lastSurvey, String),
  ];
  const [year, absence, frequency, duration, riskAnalysis, survey] = facts;
  const date = (value: string) => formatDate(value, locale);
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('figuresHeading')}</legend>
      <p>{t('figuresIntro')}</p>
      <FoldingGroup
        name="figures"
        legend={tList('answers')}
        empty={facts.every((fact) => fact === null)}
        facts={[
          year && t('facts.year', { year }),
          absence && t('facts.absence', { value: absence }),
          frequency && t('facts.frequency', { value: frequency }),
          duration && t('facts.duration', { value: duration }),
          riskAnalysis && t('facts.riskAnalysis', { date: date(riskAnalysis) }),
          survey && t('facts.survey', { date: date(survey) }),
        ].concat(facts.every((fact) => fact === null) ? [tList('nothingYet')] : [])}
      >
        <div className="field-grid">
          {/* Needed only once a figure is given: the hint says so. */}
          <NumberInput name="figures.year" label={t('year')} hint={t('yearHint')} optional plain />
          {DECIMALS.map(({ name, hint }) => (
            <NumberInput key={name} name={`figures.${name}`} label={t(name)} hint={t(hint)} />
          ))}
          {DATES.map(({ name, hint }) => (
            <DateInput
              key={name}
              name={`figures.${name}`}
              label={t(name)}
              hint={t(hint)}
              className={styles.dateInput}
            />
          ))}
        </div>
      </FoldingGroup>
    </fieldset>
  );
}
