'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { TableRegion } from '@/components/ui/TableRegion';
import { useSession } from '@/components/workspace/DraftSession';
import { isolate } from '@/lib/bidi';
import { formatDate, formatNumber } from '@/lib/format';
import { removeMeasurement } from '@/lib/followUp/operations';
import type { Measurement } from '@/lib/followUp/schema';
import { isShown, type IndicatorSeries } from '@/lib/followUp/series';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { TrendChart } from './TrendChart';
import { TREND_KEYS } from './messageKeys';
import styles from './followUp.module.css';

/** One indicator: its trend in words, the chart, and every value that may be shown as a table. */
export function IndicatorPanel({ series, name }: { series: IndicatorSeries; name: string }) {
  const t = useTranslations('followUp');
  const session = useSession();
  const id = `indicator-${series.indicator.uid}`;
  // Team values are many (a year of an absence file: a row per team and month); their table is built when opened.
  const [teamsOpen, setTeamsOpen] = useState(false);
  const organisation = series.shown.filter((item) => item.level === 'organisation');
  const teams = series.shown.filter((item) => item.level === 'team');
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
        <>
          {organisation.length > 0 ? (
            <MeasurementTable
              id={`${id}-caption`}
              caption={t('table.caption', { name: isolate(name) })}
              rows={organisation}
            />
          ) : null}
          {teams.length > 0 ? (
            <details className="details" onToggle={(event) => setTeamsOpen(event.currentTarget.open)}>
              <summary className="details__summary">{t('table.teamsSummary', { count: teams.length })}</summary>
              {teamsOpen ? (
                <MeasurementTable
                  id={`${id}-teams-caption`}
                  caption={t('table.teamsCaption', { name: isolate(name) })}
                  rows={teams}
                  teams
                />
              ) : null}
            </details>
          ) : null}
        </>
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

/** Measurements as a table with a remove button per row: the organisation's, or the teams' with their team. */
function MeasurementTable({
  id,
  caption,
  rows,
  teams = false,
}: {
  id: string;
  caption: string;
  rows: readonly Measurement[];
  teams?: boolean;
}) {
  const t = useTranslations('followUp');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  return (
    <TableRegion id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('table.date')}</th>
          {teams ? <th scope="col">{t('table.team')}</th> : null}
          <th scope="col">{t('table.value')}</th>
          <th scope="col">{t('table.source')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => {
          const date = item.date ? formatDate(item.date, locale) : '';
          return (
            <tr key={item.uid}>
              <td>{date}</td>
              {teams ? (
                <td>
                  <bdi>{item.team}</bdi>
                </td>
              ) : null}
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
                    {teams
                      ? t('table.removeWhichTeam', { team: isolate(item.team), date })
                      : t('table.removeWhich', { date })}
                  </span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}
