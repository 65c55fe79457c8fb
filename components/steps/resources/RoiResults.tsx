'use client';

import { useLocale, useTranslations } from 'next-intl';
import { scenarioLabels } from '@/content/reference/resources';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { Payback, RoiInputs, RoiResult } from '@/lib/roi';
import { SCENARIOS } from '@/lib/steps/resources';
import { FieldLink } from '@/components/ui/form/FieldLink';
import styles from '../ResourcesStep.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

/** The calculator's outputs: what is missing, or the figures, the scenarios and the formula with numbers. */
export function RoiResults({ inputs, result }: { inputs: RoiInputs; result: RoiResult }) {
  const t = useTranslations('steps.resources.roi.results');
  const tRoi = useTranslations('steps.resources.roi');
  const locale = useLocale();
  const days = (value: number) => formatNumber(value, locale, 0);
  const fte = (value: number) => formatNumber(value, locale, 2);
  const money = (value: number) => formatMoney(Math.round(value), locale);
  const percent = (value: number) => formatPercent(value, locale);

  if (!result.ok) {
    return (
      <section aria-labelledby="roi-results-heading">
        <h3 className="heading-m" id="roi-results-heading">
          {t('heading')}
        </h3>
        <div className="notice notice--warning">
          <p>{t('missing')}</p>
          <ul className="list list--bullet">
            {result.missing.map((field) => (
              <li key={field}>
                <FieldLink name={`roi.${field}`}>{tRoi(field)}</FieldLink>
              </li>
            ))}
          </ul>
        </div>
      </section>
    );
  }

  const { figures } = result;
  const staffFte = inputs.staffFte ?? 0;
  const workingDays = inputs.workingDaysPerFte ?? 0;
  const dayCost = inputs.dayCost ?? 0;
  const paybackText = (payback: Payback) =>
    payback.kind === 'years' ? (
      <>
        {t('paybackYears', { years: formatNumber(payback.years, locale, 1) })}
        <br />
        <span className="hint">{t('perEuro', { perEuro: formatNumber(payback.returnPerEuro, locale, 2) })}</span>
      </>
    ) : (
      t(payback.kind === 'no-budget' ? 'noBudget' : 'noSaving')
    );

  return (
    <section aria-labelledby="roi-results-heading">
      <h3 className="heading-m" id="roi-results-heading">
        {t('heading')}
      </h3>
      <TableRegion caption={t('costCaption')} captionClassName={styles.caption}>
        <thead>
          <tr>
            <th scope="col">{t('what')}</th>
            <th scope="col" className={styles.numeric}>
              {t('days')}
            </th>
            <th scope="col" className={styles.numeric}>
              {t('fte')}
            </th>
            <th scope="col" className={styles.numeric}>
              {t('cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('allAbsence')}</th>
            <td className={styles.numeric}>{days(figures.absenceDays)}</td>
            <td className={styles.numeric}>{fte(figures.absenceFte)}</td>
            <td className={styles.numeric}>{money(figures.absenceCost)}</td>
          </tr>
          <tr>
            <th scope="row">{t('psychosocialRow')}</th>
            <td className={styles.numeric}>{days(figures.psychosocialDays)}</td>
            <td className={styles.numeric}>{fte(figures.psychosocialFte)}</td>
            <td className={styles.numeric}>{money(figures.psychosocialCost)}</td>
          </tr>
        </tbody>
      </TableRegion>

      <TableRegion caption={t('scenariosCaption')} captionClassName={styles.caption}>
        <thead>
          <tr>
            <th scope="col">{t('scenario')}</th>
            <th scope="col" className={styles.numeric}>
              {t('reduction')}
            </th>
            <th scope="col" className={styles.numeric}>
              {t('daysSaved')}
            </th>
            <th scope="col" className={styles.numeric}>
              {t('fteSaved')}
            </th>
            <th scope="col" className={styles.numeric}>
              {t('savingPerYear')}
            </th>
            <th scope="col">{t('paybackColumn')}</th>
            <th scope="col">{t('paybackWithTimeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIOS.map((scenario) => {
            const outcome = result.scenarios[scenario];
            const chosen = scenario === inputs.scenario;
            return (
              <tr key={scenario} className={chosen ? styles.chosen : undefined}>
                <th scope="row">
                  {scenarioLabels[locale][scenario].label}
                  {chosen ? <> {t('chosen')}</> : null}
                </th>
                {outcome.ok ? (
                  <>
                    <td className={styles.numeric}>{percent(outcome.reduction)}</td>
                    <td className={styles.numeric}>{days(outcome.savedDays)}</td>
                    <td className={styles.numeric}>{fte(outcome.savedFte)}</td>
                    <td className={styles.numeric}>{money(outcome.saving)}</td>
                    <td>{paybackText(outcome.payback)}</td>
                    <td>{paybackText(outcome.paybackWithTime)}</td>
                  </>
                ) : (
                  <td colSpan={6}>
                    <FieldLink name={`roi.reduction.${scenario}`}>{t('fillReduction')}</FieldLink>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </TableRegion>
      {inputs.internalFte > 0 ? <p>{t('internalFte', { fte: fte(inputs.internalFte) })}</p> : null}

      <details className="details">
        <summary className="details__summary">{t('formulaHeading')}</summary>
        <ol className={styles.formula}>
          <li>
            {t('available', {
              staff: formatNumber(staffFte, locale),
              days: formatNumber(workingDays, locale),
              result: days(figures.availableDays),
            })}
          </li>
          <li>
            {t('absence', {
              available: days(figures.availableDays),
              percentage: percent(inputs.absencePercentage ?? 0),
              result: days(figures.absenceDays),
              fte: fte(figures.absenceFte),
            })}
          </li>
          <li>
            {t('absenceCost', {
              days: days(figures.absenceDays),
              dayCost: formatMoney(dayCost, locale),
              result: money(figures.absenceCost),
            })}
          </li>
          <li>
            {t('psychosocial', {
              days: days(figures.absenceDays),
              share: percent(inputs.psychosocialShare ?? 0),
              result: days(figures.psychosocialDays),
              fte: fte(figures.psychosocialFte),
              cost: money(figures.psychosocialCost),
            })}
          </li>
          <li>{t('saving')}</li>
          {result.budgetTotal > 0 ? <li>{t('payback', { budget: money(result.budgetTotal) })}</li> : null}
        </ol>
      </details>
      <p className="hint">{t('fteNote', { days: formatNumber(workingDays, locale) })}</p>
    </section>
  );
}
