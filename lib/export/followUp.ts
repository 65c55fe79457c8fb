import { actionStatusLabels } from '@/content/reference/action';
import { findingMethodLabels } from '@/content/reference/followUp';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { EXPORT_CHART, seriesChart } from '@/lib/followUp/chartLayout';
import { latestEvaluation } from '@/lib/followUp/operations';
import { currentStatus, followUpOf, planProgress, sortedHistory } from '@/lib/followUp/progress';
import { EVALUATION_INPUTS, type Evaluation, type FollowUp } from '@/lib/followUp/schema';
import { indicatorSeries, type IndicatorSeries } from '@/lib/followUp/series';
import { actFirst, latestSurvey, linkedActions, surveyMatrix } from '@/lib/followUp/survey';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { paragraphs, present, type Block } from './blocks';
import { date, label, num } from './cells';
import { indicatorName } from './steps/measure';
import type { ExportTranslator } from './text';

/**
 * The follow-up in documents: part 3 of the plan (`followUpBlocks`) and the pieces the yearly evaluation report
 * (evaluationReport.ts) is made of. Team values of fewer than ten people are never exported, only counted
 * (lib/followUp/series.ts). Pure.
 */

/** Whether the follow-up holds anything a document shows. */
export const hasFollowUpRecords = (followUp: FollowUp) =>
  followUp.measurements.length +
    followUp.findings.length +
    followUp.actions.length +
    followUp.evaluations.length +
    followUp.surveys.length >
  0;

/**
 * The follow-up as it stood at the end of `until` (YYYY-MM-DD): later measurements, findings, status changes and
 * imported surveys left out.
 */
export function followUpUntil(followUp: FollowUp, until: string | null): FollowUp {
  if (!until) return followUp;
  const upTo = (day: string | null) => day === null || day <= until;
  return {
    ...followUp,
    measurements: followUp.measurements.filter((measurement) => upTo(measurement.date)),
    findings: followUp.findings.filter((finding) => upTo(finding.date)),
    surveys: followUp.surveys.filter((survey) => upTo(survey.date)),
    actions: followUp.actions.map((entry) => ({
      ...entry,
      history: entry.history.filter((change) => upTo(change.date)),
    })),
  };
}

/** The series of every step 7 indicator with something measured (shown or suppressed). */
export function measuredSeries(draft: Draft): IndicatorSeries[] {
  return draft.steps.measure.indicators
    .map((indicator) => indicatorSeries(draft.followUp, indicator))
    .filter((entry) => entry.shown.length + entry.suppressed > 0);
}

/** The evaluation's year and date and the Codex art. I.3-6 inputs the user summarised. */
export function evaluationFields(evaluation: Evaluation, locale: Locale, t: ExportTranslator, title: string): Block {
  return {
    kind: 'fields',
    title,
    rows: [
      { label: t('followUp.evaluation.year'), value: evaluation.year === null ? '' : String(evaluation.year) },
      { label: t('followUp.evaluation.date'), value: date(evaluation.date, locale) },
      ...EVALUATION_INPUTS.map((input) => ({
        label: t(`followUp.evaluation.inputs.${input}.label`),
        value: evaluation[input].trim(),
      })),
    ].filter((row) => row.value),
  };
}

/** Conclusions and adjustments, as the user wrote them. */
export function evaluationOutcome(evaluation: Evaluation, t: ExportTranslator): Block[] {
  return present([
    { kind: 'text', title: t('followUp.evaluation.conclusions'), paragraphs: paragraphs(evaluation.conclusions) },
    { kind: 'text', title: t('followUp.evaluation.adjustments'), paragraphs: paragraphs(evaluation.adjustments) },
  ]);
}

/** Where each indicator stands, and how many team values were left out. */
export function overviewBlocks(measured: readonly IndicatorSeries[], locale: Locale, t: ExportTranslator): Block[] {
  const suppressed = measured.reduce((sum, entry) => sum + entry.suppressed, 0);
  return present([
    {
      kind: 'table',
      title: t('followUp.overview.caption'),
      columns: [
        { label: t('followUp.overview.indicator'), weight: 3.5 },
        { label: t('followUp.overview.latest'), weight: 2.4 },
        { label: t('followUp.overview.status'), weight: 1.6 },
        { label: t('followUp.overview.baseline'), weight: 1.3, align: 'right' },
        { label: t('followUp.overview.target'), weight: 1.3, align: 'right' },
        { label: t('followUp.overview.benchmark'), weight: 1.3, align: 'right' },
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
          num(entry.benchmark?.value ?? null, locale),
        ],
      })),
    },
    measured.length > 0 &&
      suppressed > 0 && { kind: 'notice', text: t('followUp.suppressed', { count: suppressed, min: MIN_GROUP_SIZE }) },
  ]);
}

/**
 * One indicator's trend: the chart's layout at the export size (lib/followUp/chartLayout.ts, as on the page) with
 * its labels, and every value that may be shown as the table beside it.
 */
export function trendBlock(series: IndicatorSeries, locale: Locale, t: ExportTranslator): Block {
  const layout = seriesChart(series, EXPORT_CHART);
  const name = indicatorName(series.indicator, locale);
  const labelled = (text: string) => t('export.doc.labelled', { label: text });
  const references = layout.references.map((reference) => t(`followUp.chart.${reference.kind}`));
  const benchmarkSource = series.benchmark?.label.trim();
  const referenceTexts = layout.references.map(
    (reference, index) =>
      `${labelled(references[index] ?? '')}${num(reference.value, locale)}` +
      (reference.kind === 'benchmark' && benchmarkSource ? ` (${benchmarkSource})` : ''),
  );
  return {
    kind: 'trend',
    title: name,
    description: [
      `${labelled(t('followUp.overview.status'))}${t(`followUp.trend.${series.trend.status}`)}.`,
      layout.points.length > 0 ? t('followUp.chart.caption') : '',
      referenceTexts.join(' · '),
    ]
      .filter(Boolean)
      .join(' '),
    chart: {
      layout,
      yLabels: layout.yTicks.map((tick) => num(tick.value, locale)),
      xLabels: layout.xTicks.map((tick) => formatDate(tick.date, locale)),
      referenceLabels: references,
    },
    table: {
      title: t('followUp.table.caption', { name }),
      columns: [
        { label: t('followUp.table.date'), weight: 1.4 },
        { label: t('followUp.table.level'), weight: 2 },
        { label: t('followUp.table.value'), weight: 1.2, align: 'right' },
        { label: t('followUp.table.source'), weight: 3 },
      ],
      rows: series.shown.map((measurement) => ({
        cells: [
          date(measurement.date, locale),
          measurement.level === 'team'
            ? `${t('followUp.table.team')} ${measurement.team.trim()}`
            : t('followUp.table.organisation'),
          num(measurement.value, locale),
          [measurement.source, measurement.comment]
            .map((text) => text.trim())
            .filter(Boolean)
            .join(' — '),
        ],
      })),
    },
  };
}

/** The qualitative findings, by date, each with the indicator it sheds light on (or the whole plan). */
export function findingsBlock(draft: Draft, locale: Locale, t: ExportTranslator): Block {
  const indicators = new Map(draft.steps.measure.indicators.map((indicator) => [indicator.uid, indicator]));
  const findings = [...draft.followUp.findings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return {
    kind: 'table',
    title: t('followUp.findings.heading'),
    columns: [
      { label: t('followUp.findings.date'), weight: 1.4 },
      { label: t('followUp.findings.method'), weight: 2 },
      { label: t('followUp.findings.indicator'), weight: 2.6 },
      { label: t('followUp.findings.title'), weight: 3 },
    ],
    rows: findings.map((finding) => {
      const indicator = finding.indicator === null ? undefined : indicators.get(finding.indicator);
      return {
        cells: [
          date(finding.date, locale),
          label(findingMethodLabels, finding.method, locale),
          indicator
            ? indicatorName(indicator, locale)
            : t(finding.indicator === null ? 'followUp.findings.overall' : 'followUp.findings.removedIndicator'),
          finding.title.trim(),
        ],
        details: finding.text.trim() ? [{ label: t('followUp.findings.text'), value: finding.text.trim() }] : [],
      };
    }),
  };
}

/**
 * The latest staff survey (the report passes the follow-up as it stood: `followUpUntil`) as its priority
 * matrix, in words and a table: where it came from, where the axes split, what was left out, then each item with
 * its place in the matrix and the step 6 actions linked to it, what to act on first at the top. As on the
 * follow-up page; items with fewer than ten respondents are only counted.
 */
export function surveyBlocks(draft: Draft, locale: Locale, t: ExportTranslator): Block[] {
  const { surveys } = draft.followUp;
  const survey = latestSurvey(draft);
  if (!survey) return [];
  const title = t('followUp.survey.matrixHeading');
  const source = t('followUp.survey.source', {
    source: survey.source.trim() || '—',
    date: survey.date ? formatDate(survey.date, locale) : '—',
    count: surveys.length,
  });
  const matrix = surveyMatrix(survey);
  if (!matrix) return [{ kind: 'text', title, paragraphs: [source, t('followUp.survey.noMatrix')] }];
  const number = (value: number) => formatNumber(value, locale, 2);
  const gap = matrix.axis === 'gap';
  return present([
    {
      kind: 'text',
      title,
      paragraphs: [
        source,
        t(gap ? 'followUp.survey.axisGap' : 'followUp.survey.axisImportance', {
          score: number(matrix.scoreSplit),
          weight: number(matrix.weightSplit),
        }),
      ],
    },
    matrix.suppressed > 0 && {
      kind: 'notice',
      text: t('followUp.survey.suppressed', { count: matrix.suppressed, min: MIN_GROUP_SIZE }),
    },
    matrix.unplaced > 0 && { kind: 'notice', text: t('followUp.survey.unplaced', { count: matrix.unplaced }) },
    {
      kind: 'table',
      title: t('followUp.survey.table.caption'),
      columns: [
        { label: t('followUp.survey.table.item'), weight: 3 },
        { label: t('followUp.survey.table.theme'), weight: 2 },
        { label: t('followUp.survey.table.score'), weight: 1, align: 'right' },
        {
          label: t(gap ? 'followUp.survey.table.gap' : 'followUp.survey.table.importance'),
          weight: 1.3,
          align: 'right',
        },
        { label: t('followUp.survey.table.priority'), weight: 1.4 },
        { label: t('followUp.survey.table.actions'), weight: 2.6 },
      ],
      rows: actFirst(matrix.items).map((item) => {
        const linked = linkedActions(item.result, draft.steps.action.actions);
        return {
          cells: [
            item.item,
            item.theme ?? '',
            number(item.score),
            number(item.weight),
            t(`followUp.survey.priorities.${item.priority}.label`),
            linked.length
              ? linked.map((action) => action.title.trim() || t('export.doc.untitled')).join('\n')
              : t('followUp.survey.table.noActions'),
          ],
        };
      }),
    },
  ]);
}

/** Each step 6 action's status now and the changes recorded. */
export function actionStatusBlock(draft: Draft, locale: Locale, t: ExportTranslator): Block {
  const { followUp } = draft;
  return {
    kind: 'table',
    title: t('followUp.actions.caption'),
    columns: [
      { label: t('followUp.actions.action'), weight: 3 },
      { label: t('followUp.actions.status'), weight: 1.4 },
      { label: t('followUp.actions.history'), weight: 4 },
    ],
    rows: draft.steps.action.actions.map((action) => ({
      cells: [
        action.title.trim(),
        label(actionStatusLabels, currentStatus(action, followUp), locale),
        sortedHistory(followUpOf(followUp, action.uid)?.history ?? [])
          .map((change) =>
            [
              t('followUp.actions.change', {
                date: date(change.date, locale),
                status: label(actionStatusLabels, change.status, locale),
              }),
              change.note.trim(),
            ]
              .filter(Boolean)
              .join(' — '),
          )
          .join('\n'),
      ],
    })),
  };
}

/** Done actions per strategic and operational objective, and for the whole plan. */
export function progressBlocks(draft: Draft, locale: Locale, t: ExportTranslator): Block[] {
  if (draft.steps.action.actions.length === 0) return [];
  const progress = planProgress(draft);
  const share = (value: number | null) => (value === null ? '' : formatPercent(value * 100, locale, 0));
  return present([
    progress.strategic.length + progress.operational.length === 0 && {
      kind: 'text',
      title: t('followUp.progress.heading'),
      paragraphs: [
        t('followUp.progress.overall', { done: progress.overall.counts.done, total: progress.overall.total }),
      ],
    },
    {
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

/**
 * Part 3 of the plan, the follow-up: the latest yearly evaluation (Codex art. I.3-6), where each indicator
 * stands with its trend, the qualitative findings, the latest staff survey's priorities and the progress per
 * objective. Absent while nothing was
 * recorded.
 */
export function followUpBlocks(draft: Draft, locale: Locale, t: ExportTranslator): Block[] {
  if (!hasFollowUpRecords(draft.followUp)) return [];
  const evaluation = latestEvaluation(draft.followUp);
  const measured = measuredSeries(draft);
  return present([
    ...(evaluation
      ? [evaluationFields(evaluation, locale, t, t('followUp.evaluation.heading')), ...evaluationOutcome(evaluation, t)]
      : []),
    ...overviewBlocks(measured, locale, t),
    ...measured.map((series) => trendBlock(series, locale, t)),
    findingsBlock(draft, locale, t),
    ...surveyBlocks(draft, locale, t),
    ...progressBlocks(draft, locale, t),
  ]);
}
