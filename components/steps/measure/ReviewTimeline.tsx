'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { pdcaPhaseLabels } from '@/content/reference/measure';
import { formatDate } from '@/lib/format';
import { reviewCalendar } from '@/lib/pdca';
import type { ReviewMoment } from '@/lib/steps/measure';
import styles from '../MeasureStep.module.css';
import type { MeasureForm } from './entry';

type Moment = Pick<ReviewMoment, 'uid' | 'date' | 'phase' | 'title' | 'participants'>;

/** The review moments in date order, grouped by year: a read-only calendar of what was entered above. */
export function ReviewTimeline({ form }: { form: MeasureForm }) {
  const t = useTranslations('steps.measure');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale();
  const reviews = useWatch({ control: form.control, name: 'reviews' });
  const moments: Moment[] = (reviews ?? []).map((review) => ({
    uid: review.uid,
    date: review.date || null,
    phase: review.phase ?? null,
    title: review.title ?? '',
    participants: review.participants ?? '',
  }));
  const calendar = reviewCalendar(moments);
  const phases = pdcaPhaseLabels[locale];

  const item = (moment: Moment) => (
    <li key={moment.uid} className={styles.moment}>
      <span className={styles.momentDate}>
        {moment.date ? <time dateTime={moment.date}>{formatDate(moment.date, locale)}</time> : null}
      </span>
      <span>
        {moment.phase ? <span className="tag tag--not-started">{phases[moment.phase].label}</span> : null}{' '}
        <strong>{moment.title.trim() || untitled}</strong>
        {moment.participants.trim() ? (
          <span className={styles.participants}>{t('participants', { participants: moment.participants.trim() })}</span>
        ) : null}
      </span>
    </li>
  );

  return (
    <section aria-labelledby="timeline-heading">
      {/* The review moments above, in date order: behind a disclosure, it repeats them. */}
      <details className="details">
        <summary className="details__summary" id="timeline-heading">
          {t('timelineHeading')}
        </summary>
        <div className="details__text">
          {calendar.years.length === 0 && calendar.undated.length === 0 ? <p>{t('timelineEmpty')}</p> : null}
          {calendar.years.map(({ year, reviews: items }) => (
            <div key={year} className={styles.year}>
              <h4 className="heading-s" id={`timeline-${year}`}>
                {year}
              </h4>
              <ol className={styles.timeline} aria-labelledby={`timeline-${year}`}>
                {items.map(item)}
              </ol>
            </div>
          ))}
          {calendar.undated.length > 0 ? (
            <div className={styles.year}>
              <h4 className="heading-s" id="timeline-undated">
                {t('undated')}
              </h4>
              <ul className={styles.timeline} aria-labelledby="timeline-undated">
                {calendar.undated.map(item)}
              </ul>
            </div>
          ) : null}
        </div>
      </details>
    </section>
  );
}
