'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSession } from '@/components/workspace/DraftSession';
import { isolate } from '@/lib/bidi';
import { formatDate, formatNumber } from '@/lib/format';
import { removeMeasurement } from '@/lib/followUp/operations';
import { isShown, type IndicatorSeries } from '@/lib/followUp/series';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { TrendChart } from './TrendChart';
import { TREND_KEYS } from './messageKeys';
import styles from './followUp.module.css';

/** One indicator: its trend in words, the chart, and every value that may be shown as a table. */
export function IndicatorPanel({ series, name }: { series: IndicatorSeries; name: string }) {
  const t = useTranslations('followUp');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  const id = `indicator-${series.indicator.uid}`;
  const removeHidden = () =>
    session.edit((draft) =>
      draft.followUp.measurements
        .filter((item) => item.indicator === series.indicator.uid && !isShown(item))
        .reduce((next, item) => removeMeasurement(next, item.uid), draft),
    );
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <h3 className="heading-m" id={id}>
        <bdi>{name}</bdi>
      </h3>
      <p>
        <strong className={`tag ${styles[`status-${series.trend.status}`]}`}>
          {t(TREND_KEYS[series.trend.status])}
        </strong>
      </p>
      <TrendChart series={series} name={name} />
      {series.shown.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="table">
            <caption id={`${id}-caption`} className="heading-s">
              {t('table.caption', { name: isolate(name) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('table.date')}</th>
                <th scope="col">{t('table.level')}</th>
                <th scope="col">{t('table.value')}</th>
                <th scope="col">{t('table.source')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('table.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {series.shown.map((item) => (
                <tr key={item.uid}>
                  <td>{item.date ? formatDate(item.date, locale) : ''}</td>
                  <td>
                    {item.level === 'team' ? (
                      <>
                        {t('table.team')} <bdi>{item.team}</bdi>
                      </>
                    ) : (
                      t('table.organisation')
                    )}
                  </td>
                  <td>{item.value === null ? '' : formatNumber(item.value, locale)}</td>
                  <td>
                    <bdi>{[item.source, item.comment].filter((text) => text.trim()).join(' — ')}</bdi>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => session.edit((draft) => removeMeasurement(draft, item.uid))}
                    >
                      {t('table.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {t('table.removeWhich', { date: item.date ? formatDate(item.date, locale) : '' })}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('table.empty')}</p>
      )}
      {series.suppressed > 0 ? (
        <div className="notice">
          <p>{t('suppressed', { count: series.suppressed, min: MIN_GROUP_SIZE })}</p>
          <button type="button" className="link-button" onClick={removeHidden}>
            {t('removeSuppressed', { count: series.suppressed })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
