import { levelLabels } from '@/content/reference/levels';
import {
  frequencyLabels,
  indicatorCatalogueLabels,
  legalMomentLabels,
  pdcaPhaseLabels,
} from '@/content/reference/measure';
import type { Locale } from '@/i18n/routing';
import type { DraftSteps } from '@/lib/draft/envelope';
import { legalCycle, localDate, reviewCalendar } from '@/lib/pdca';
import { fields, present } from '../blocks';
import { date, label, type Builder } from '../cells';
import { stakeholderNames } from './shared';

export const measure: Builder = (context) => {
  const { steps, locale, t, today } = context;
  const data = steps.measure;
  const names = stakeholderNames(context);
  const calendar = reviewCalendar(data.reviews);
  const reviews = [...calendar.years.flatMap((year) => year.reviews), ...calendar.undated];
  // The legal cycle belongs with a measurement plan: shown once step 7 holds anything.
  const started = data.indicators.length > 0 || data.reviews.length > 0;
  const cycle = started ? legalCycle(steps, localDate(today)) : [];
  return present(
    [
      {
        kind: 'table',
        field: 'indicators',
        title: t('export.doc.measure.indicators'),
        columns: [
          { label: t('export.doc.measure.indicator'), weight: 3.5 },
          { label: t('export.doc.level'), weight: 1.5 },
          { label: t('export.doc.measure.frequency'), weight: 1.6 },
          { label: t('export.doc.measure.baseline'), weight: 1.6 },
          { label: t('export.doc.measure.target'), weight: 1.6 },
          { label: t('export.doc.measure.owner'), weight: 2.2 },
        ],
        rows: data.indicators.map((item) => ({
          cells: [
            indicatorName(item, locale),
            label(levelLabels, item.level, locale),
            label(frequencyLabels, item.frequency, locale),
            item.baseline,
            item.target,
            item.owner ? (names.get(item.owner) ?? '') : '',
          ],
          details: fields([
            { label: t('export.doc.measure.definition'), value: item.definition },
            { label: t('export.doc.measure.source'), value: item.source },
          ]),
        })),
      },
      {
        kind: 'table',
        field: 'reviews',
        title: t('export.doc.measure.reviews'),
        columns: [
          { label: t('export.doc.date'), weight: 2 },
          { label: t('export.doc.measure.phase'), weight: 1.3 },
          { label: t('export.doc.measure.moment'), weight: 4 },
          { label: t('export.doc.measure.participants'), weight: 3 },
        ],
        rows: reviews.map((review) => ({
          cells: [
            review.date ? date(review.date, locale) : t('export.doc.measure.noDate'),
            label(pdcaPhaseLabels, review.phase, locale),
            review.title,
            review.participants,
          ],
        })),
      },
      {
        kind: 'table',
        title: t('export.doc.measure.legalCycle', { date: date(today, locale) }),
        columns: [
          { label: t('export.doc.measure.due'), weight: 3 },
          { label: t('export.doc.measure.dueBy'), weight: 2 },
          { label: t('export.doc.measure.standing'), weight: 1.6 },
        ],
        rows: cycle.map((reminder) => {
          const moment = legalMomentLabels[locale][reminder.moment];
          return {
            cells: [
              moment.label,
              reminder.due ? date(reminder.due, locale) : t(`export.doc.measure.noDue.${reminder.moment}`),
              t(`export.doc.measure.reminder.${reminder.status}`),
            ],
            details: fields([
              { label: t('export.doc.measure.what'), value: moment.hint },
              {
                label: t('export.doc.measure.lastDone'),
                value: reminder.last ? date(reminder.last, locale) : '',
              },
            ]),
          };
        }),
      },
    ],
    context.keepEmpty,
  );
};

export function indicatorName(item: DraftSteps['measure']['indicators'][number], locale: Locale): string {
  return (
    item.name.trim() ||
    (item.catalogue && item.catalogue !== 'custom' ? label(indicatorCatalogueLabels, item.catalogue, locale) : '')
  );
}
