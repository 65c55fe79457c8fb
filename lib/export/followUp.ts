import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { formatDate, formatPercent } from '@/lib/format';
import { latestEvaluation } from '@/lib/followUp/operations';
import { planProgress } from '@/lib/followUp/progress';
import { EVALUATION_INPUTS } from '@/lib/followUp/schema';
import { indicatorSeries } from '@/lib/followUp/series';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { paragraphs, present, type Block } from './blocks';
import { num } from './cells';
import { indicatorName } from './steps/measure';
import type { ExportTranslator } from './text';

/**
 * Part 3 of the document, the follow-up: the latest yearly evaluation (Codex art. I.3-6), where each indicator
 * stands and the progress per objective. Absent while nothing was recorded. Team values of fewer than ten
 * people are never exported, only counted (lib/followUp/series.ts). Pure.
 */
export function followUpBlocks(draft: Draft, locale: Locale, t: ExportTranslator): Block[] {
  const { followUp } = draft;
  if (followUp.measurements.length + followUp.actions.length + followUp.evaluations.length === 0) return [];
  const evaluation = latestEvaluation(followUp);
  const series = draft.steps.measure.indicators.map((indicator) => indicatorSeries(followUp, indicator));
  const measured = series.filter((entry) => entry.shown.length + entry.suppressed > 0);
  const suppressed = measured.reduce((sum, entry) => sum + entry.suppressed, 0);
  const progress = draft.steps.action.actions.length > 0 ? planProgress(draft) : null;
  const share = (value: number | null) => (value === null ? '' : formatPercent(value * 100, locale, 0));
  return present([
    evaluation && {
      kind: 'fields',
      title: t('followUp.evaluation.heading'),
      rows: [
        { label: t('followUp.evaluation.year'), value: evaluation.year === null ? '' : String(evaluation.year) },
        { label: t('followUp.evaluation.date'), value: evaluation.date ? formatDate(evaluation.date, locale) : '' },
        ...EVALUATION_INPUTS.map((input) => ({
          label: t(`followUp.evaluation.inputs.${input}.label`),
          value: evaluation[input].trim(),
        })),
      ].filter((row) => row.value),
    },
    evaluation && {
      kind: 'text',
      title: t('followUp.evaluation.conclusions'),
      paragraphs: paragraphs(evaluation.conclusions),
    },
    evaluation && {
      kind: 'text',
      title: t('followUp.evaluation.adjustments'),
      paragraphs: paragraphs(evaluation.adjustments),
    },
    {
      kind: 'table',
      title: t('followUp.overview.caption'),
      columns: [
        { label: t('followUp.overview.indicator'), weight: 3.5 },
        { label: t('followUp.overview.latest'), weight: 2.4 },
        { label: t('followUp.overview.status'), weight: 1.6 },
        { label: t('followUp.overview.baseline'), weight: 1.3, align: 'right' },
        { label: t('followUp.overview.target'), weight: 1.3, align: 'right' },
      ],
      rows: measured.map((entry) => ({
        cells: [
          indicatorName(entry.indicator, locale),
          entry.trend.latest
            ? t('followUp.overview.latestValue', {
                value: num(entry.trend.latest.value, locale),
                date: formatDate(entry.trend.latest.date, locale),
              })
            : '',
          t(`followUp.trend.${entry.trend.status}`),
          num(entry.baseline, locale),
          num(entry.target, locale),
        ],
      })),
    },
    measured.length > 0 &&
      suppressed > 0 && { kind: 'notice', text: t('followUp.suppressed', { count: suppressed, min: MIN_GROUP_SIZE }) },
    progress &&
      progress.strategic.length + progress.operational.length === 0 && {
        kind: 'text',
        title: t('followUp.progress.heading'),
        paragraphs: [
          t('followUp.progress.overall', { done: progress.overall.counts.done, total: progress.overall.total }),
        ],
      },
    progress && {
      kind: 'table',
      title: t('followUp.progress.heading'),
      columns: [
        { label: t('followUp.progress.objective'), weight: 4 },
        { label: t('followUp.progress.done'), weight: 2 },
        { label: t('followUp.progress.share'), weight: 1.4, align: 'right' },
      ],
      rows: [...progress.strategic, ...progress.operational].map((row) => ({
        cells: [
          row.name.trim(),
          t('followUp.progress.doneOf', { done: row.counts.done, total: row.total, stopped: row.counts.stopped }),
          share(row.share),
        ],
      })),
      footer: [
        t('followUp.progress.total'),
        t('followUp.progress.doneOf', {
          done: progress.overall.counts.done,
          total: progress.overall.total,
          stopped: progress.overall.counts.stopped,
        }),
        share(progress.overall.share),
      ],
    },
  ]);
}
