'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo, useDeferredValue, useState, type CSSProperties } from 'react';
import { useWatch } from 'react-hook-form';
import { actionStatusLabels } from '@/content/reference/action';
import { sortActions } from '@/lib/actions';
import { formatMonth, formatMonthName } from '@/lib/format';
import { timeline, type TimelineScale } from '@/lib/timeline';
import styles from '../ActionStep.module.css';
import { Choices } from './Choices';
import type { ActionForm, ActionFormValues } from './types';
import { labelOf, useLinkOptions } from './useLinkOptions';

/** Past this many months, the chart suggests the quarter view. */
const MANY_MONTHS = 36;

/** Year groups of consecutive periods ('YYYY-MM' or 'YYYY-Qn'), for the chart's top header row. */
function yearsOf(periods: readonly string[]): { year: string; count: number }[] {
  const years: { year: string; count: number }[] = [];
  for (const period of periods) {
    const year = period.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.count += 1;
    else years.push({ year, count: 1 });
  }
  return years;
}

/**
 * The actions on a timeline by month or quarter, sorted by start month. The bar
 * chart is for the eye; the same facts are in a table for screen readers.
 *
 * It shows a deferred copy of the actions: with 200 actions, sorting and
 * drawing them is work a keystroke (and the save it starts) need not wait for;
 * React redraws the timeline right after, in the background.
 */
export function Timeline({ form }: { form: ActionForm }) {
  const [scale, setScale] = useState<TimelineScale>('month');
  const actions = useDeferredValue(useWatch({ control: form.control, name: 'actions' }) ?? NO_ACTIONS);
  return <TimelineView actions={actions} scale={scale} onScale={setScale} />;
}

type Actions = NonNullable<ActionFormValues['actions']>;
const NO_ACTIONS: Actions = [];

const TimelineView = memo(function TimelineView({
  actions,
  scale,
  onScale,
}: {
  actions: Actions;
  scale: TimelineScale;
  onScale: (scale: TimelineScale) => void;
}) {
  const t = useTranslations('steps.action');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale();
  const { stakeholders } = useLinkOptions();
  const sorted = sortActions(actions, 'start', locale);
  const plan = timeline(
    sorted.map((action) => ({
      uid: action.uid,
      title: action.title?.trim() || untitled,
      start: action.start ?? null,
      end: action.end ?? null,
    })),
    scale,
  );
  const byUid = new Map(actions.map((action) => [action.uid, action]));
  const ownerOf = (uid: string) => labelOf(stakeholders, byUid.get(uid)?.owner) ?? t('noOwner');
  const statusOf = (uid: string) => actionStatusLabels[locale][byUid.get(uid)?.status ?? 'planned'].label;
  const titleOf = (uid: string) => byUid.get(uid)?.title?.trim() || untitled;
  const periodLabel = (period: string) =>
    scale === 'month' ? formatMonthName(period, locale) : t('quarterShort', { quarter: period.slice(-1) });
  const grid: CSSProperties = {
    gridTemplateColumns: `16rem repeat(${plan.periods.length}, minmax(${scale === 'month' ? 2.75 : 3.5}rem, 1fr))`,
  };

  return (
    <section className={`fieldset--section ${styles.timeline}`} aria-labelledby="timeline-heading">
      <h2 className="heading-l" id="timeline-heading">
        {t('timelineHeading')}
      </h2>
      <p>{t('timelineIntro')}</p>
      <Choices
        id="timeline-scale"
        name="timeline-scale"
        type="radio"
        inline
        legend={t('scale')}
        options={[
          { value: 'month', label: t('scaleMonth') },
          { value: 'quarter', label: t('scaleQuarter') },
        ]}
        isChecked={(value) => value === scale}
        onToggle={(value) => onScale(value === 'quarter' ? 'quarter' : 'month')}
      />
      {plan.rows.length === 0 ? (
        <p>{t('timelineEmpty')}</p>
      ) : (
        <>
          {scale === 'month' && plan.periods.length > MANY_MONTHS ? (
            <p className="hint">{t('manyPeriods', { count: plan.periods.length })}</p>
          ) : null}
          {/* Focusable so keyboard users can scroll a wide chart. */}
          <div className={styles.chartScroll} role="region" aria-label={t('chartLabel')} tabIndex={0}>
            <div className={styles.chart} style={grid} aria-hidden="true">
              <div className={styles.corner} style={{ gridRow: '1 / span 2' }} />
              {yearsOf(plan.periods).map(({ year, count }, index, years) => {
                const start = years.slice(0, index).reduce((sum, item) => sum + item.count, 0) + 2;
                return (
                  <div
                    key={year}
                    className={styles.year}
                    style={{ gridRow: 1, gridColumn: `${start} / span ${count}` }}
                  >
                    {year}
                  </div>
                );
              })}
              {plan.periods.map((period, index) => (
                <div key={period} className={styles.period} style={{ gridRow: 2, gridColumn: index + 2 }}>
                  {periodLabel(period)}
                </div>
              ))}
              {plan.rows.map((row, index) => (
                <ChartRow
                  key={row.uid}
                  title={row.title}
                  line={index + 3}
                  startIndex={row.startIndex}
                  span={row.span}
                />
              ))}
            </div>
          </div>
        </>
      )}
      {plan.unplanned.length > 0 ? (
        <>
          <h3 className="heading-s">{t('unplannedHeading')}</h3>
          <p className="hint">{t('unplannedHint')}</p>
          <ul className="list list--bullet">
            {plan.unplanned.map((uid) => (
              <li key={uid}>{titleOf(uid)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {actions.length > 0 ? (
        <div className="visually-hidden">
          <table className="table">
            <caption>{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colAction')}</th>
                <th scope="col">{t('colStart')}</th>
                <th scope="col">{t('colEnd')}</th>
                <th scope="col">{t('colOwner')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <TableRow
                  key={row.uid}
                  title={row.title}
                  start={formatMonth(row.start, locale)}
                  end={formatMonth(row.end, locale)}
                  owner={ownerOf(row.uid)}
                  status={statusOf(row.uid)}
                />
              ))}
              {plan.unplanned.map((uid) => (
                <TableRow
                  key={uid}
                  title={titleOf(uid)}
                  start={t('notPlanned')}
                  end={null}
                  owner={ownerOf(uid)}
                  status={statusOf(uid)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
});

// Rows take only texts and numbers and are memoised: typing in one action's
// title re-renders its two rows, not the 200 of a big plan.

const ChartRow = memo(function ChartRow({
  title,
  line,
  startIndex,
  span,
}: {
  title: string;
  line: number;
  startIndex: number;
  span: number;
}) {
  return (
    <>
      <div className={styles.rowLabel} style={{ gridRow: line, gridColumn: 1 }}>
        {title}
      </div>
      <div className={styles.track} style={{ gridRow: line, gridColumn: '2 / -1' }} />
      <div className={styles.bar} style={{ gridRow: line, gridColumn: `${startIndex + 2} / span ${span}` }} />
    </>
  );
});

/** `end` null: `start` spans both month columns ("not planned"). */
const TableRow = memo(function TableRow({
  title,
  start,
  end,
  owner,
  status,
}: {
  title: string;
  start: string;
  end: string | null;
  owner: string;
  status: string;
}) {
  return (
    <tr>
      <th scope="row">{title}</th>
      {end === null ? (
        <td colSpan={2}>{start}</td>
      ) : (
        <>
          <td>{start}</td>
          <td>{end}</td>
        </>
      )}
      <td>{owner}</td>
      <td>{status}</td>
    </tr>
  );
});
