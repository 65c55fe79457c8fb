'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { TableRegion } from '@/components/ui/TableRegion';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { indicatorName } from '@/lib/export/steps/measure';
import { formatDate, formatNumber } from '@/lib/format';
import { indicatorSeries, type IndicatorSeries } from '@/lib/followUp/series';
import { AbsenceImport } from './AbsenceImport';
import { BenchmarkForm } from './BenchmarkForm';
import { IndicatorPanel } from './IndicatorPanel';
import { MeasurementForm } from './MeasurementForm';
import { TREND_KEYS } from './messageKeys';
import styles from './followUp.module.css';

/** Step 7's indicators: an overview of where each stands, each indicator's chart and values, and the forms. */
export function IndicatorsSection() {
  const t = useTranslations('followUp');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const indicators = useDraftValue((draft) => draft.steps.measure.indicators);
  const followUp = useDraftValue((draft) => draft.followUp);
  const all = useMemo(
    () =>
      indicators.map((indicator) => ({
        series: indicatorSeries(followUp, indicator),
        name: indicatorName(indicator, locale) || untitled,
      })),
    [indicators, followUp, locale, untitled],
  );
  const options = all.map(({ series, name }) => ({ value: series.indicator.uid, label: name }));
  const number = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, locale) : '—');
  const latest = (series: IndicatorSeries) =>
    series.trend.latest
      ? t('overview.latestValue', {
          value: number(series.trend.latest.value),
          date: formatDate(series.trend.latest.date, locale),
        })
      : '—';
  const target = (series: IndicatorSeries) =>
    series.trend.targetReached === null
      ? '—'
      : t(series.trend.targetReached ? 'overview.reached' : 'overview.notReached');

  return (
    <section aria-labelledby="indicators-heading">
      <h2 className="heading-l" id="indicators-heading">
        {t('indicators.heading')}
      </h2>
      {all.length === 0 ? (
        <p>
          {t('indicators.none')} <WorkspaceLink step="measure">{t('indicators.toStep')}</WorkspaceLink>
        </p>
      ) : (
        <>
          <p>{t('indicators.intro')}</p>
          <TableRegion id="overview-caption" caption={t('overview.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('overview.indicator')}</th>
                <th scope="col">{t('overview.latest')}</th>
                <th scope="col">{t('overview.status')}</th>
                <th scope="col">{t('overview.baseline')}</th>
                <th scope="col">{t('overview.target')}</th>
                <th scope="col">{t('overview.benchmark')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map(({ series, name }) => (
                <tr key={series.indicator.uid}>
                  <th scope="row">
                    <a href={`#indicator-${series.indicator.uid}`}>
                      <bdi>{name}</bdi>
                    </a>
                  </th>
                  <td>{latest(series)}</td>
                  <td>
                    <span className={`tag ${styles[`status-${series.trend.status}`]}`}>
                      {t(TREND_KEYS[series.trend.status])}
                    </span>
                  </td>
                  <td>{number(series.baseline)}</td>
                  <td>
                    {number(series.target)}
                    {series.target !== null ? ` (${target(series)})` : ''}
                  </td>
                  <td>
                    {number(series.benchmark?.value)}
                    {series.benchmark?.label.trim() ? (
                      <>
                        {' '}
                        (<bdi>{series.benchmark.label.trim()}</bdi>)
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <MeasurementForm indicators={options} />
          <AbsenceImport />
          <BenchmarkForm indicators={options} />
          {all.map(({ series, name }) => (
            <IndicatorPanel key={series.indicator.uid} series={series} name={name} />
          ))}
        </>
      )}
    </section>
  );
}
