import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { formatDate, LANGUAGE_TAGS } from '@/lib/format';
import type { Evaluation } from '@/lib/followUp/schema';
import { present } from './blocks';
import {
  actionStatusBlock,
  evaluationFields,
  evaluationOutcome,
  findingsBlock,
  followUpUntil,
  measuredSeries,
  overviewBlocks,
  progressBlocks,
  surveyBlocks,
  trendBlock,
} from './followUp';
import { exportTranslator } from './text';
import { typesetView, type ExportOptions, type ExportView, type SectionView } from './viewModel';

/**
 * The yearly evaluation report for the committee (Codex art. I.3-6), as its own document: the period, where each
 * indicator stands with its trend, the latest staff survey's priorities, the qualitative findings, how the actions
 * went and the progress per objective, the inputs the Codex names as the user summarised them, then the
 * conclusions and adjustments. An `ExportView`
 * without a summary or an approval page, so the plan's PDF and Word layers draw it. What happened after the
 * evaluated year is left out. Pure.
 */

export function buildEvaluationView(
  draft: Draft,
  locale: Locale,
  options: ExportOptions,
  evaluation: Evaluation,
): ExportView {
  const t = exportTranslator(locale);
  const year = evaluation.year;
  const period = year === null ? null : { from: `${year}-01-01`, to: `${year}-12-31` };
  const asOf: Draft = { ...draft, followUp: followUpUntil(draft.followUp, period?.to ?? null) };
  const measured = measuredSeries(asOf);
  const title = year === null ? t('followUp.report.titleNoYear') : t('followUp.report.title', { year });
  const organisation = draft.organisation.trim() || draft.steps.why.profile.name.trim();

  const drafts: (Omit<SectionView, 'number' | 'anchor'> & { id: `evaluation-${string}` })[] = [
    {
      id: 'evaluation-period',
      title: t('followUp.report.period.heading'),
      blocks: present([
        { kind: 'text', paragraphs: [t('followUp.report.period.legal')] },
        {
          kind: 'fields',
          rows: [
            { label: t('followUp.report.period.plan'), value: draft.name.trim() },
            {
              label: t('followUp.report.period.period'),
              value: period
                ? t('followUp.report.period.range', {
                    from: formatDate(period.from, locale),
                    to: formatDate(period.to, locale),
                  })
                : '',
            },
            {
              label: t('followUp.evaluation.date'),
              value: evaluation.date ? formatDate(evaluation.date, locale) : '',
            },
          ].filter((row) => row.value),
        },
      ]),
    },
    {
      id: 'evaluation-indicators',
      title: t('followUp.indicators.heading'),
      blocks: present([
        ...overviewBlocks(measured, locale, t),
        ...measured.map((series) => trendBlock(series, locale, t)),
      ]),
    },
    {
      id: 'evaluation-survey',
      title: t('followUp.survey.heading'),
      blocks: surveyBlocks(asOf, locale, t),
    },
    {
      id: 'evaluation-findings',
      title: t('followUp.findings.heading'),
      blocks: present([findingsBlock(asOf, locale, t)]),
    },
    {
      id: 'evaluation-actions',
      title: t('followUp.actions.heading'),
      blocks: present([
        asOf.steps.action.actions.length > 0 && actionStatusBlock(asOf, locale, t),
        ...progressBlocks(asOf, locale, t),
      ]),
    },
    {
      id: 'evaluation-inputs',
      title: t('followUp.evaluation.inputsHeading'),
      blocks: present([evaluationFields(evaluation, locale, t, '')]),
    },
    {
      id: 'evaluation-outcome',
      title: t('followUp.evaluation.outcomeHeading'),
      blocks: evaluationOutcome(evaluation, t),
    },
  ];
  const sections: SectionView[] = drafts
    .filter((section) => section.blocks.length > 0)
    .map((section, index) => ({ ...section, number: `${index + 1}.`, anchor: section.id }));

  const part = { id: 'evaluation' as const, title, anchor: 'part-evaluation', sections };
  return typesetView(locale, {
    locale,
    language: LANGUAGE_TAGS[locale],
    meta: { title: `${title} — ${draft.name.trim()}`, subject: t('followUp.report.subtitle'), author: organisation },
    cover: {
      organisation,
      title,
      subtitle: t('followUp.report.subtitle'),
      slogan: draft.name.trim(),
      dateLabel: t('export.doc.dateLabel'),
      date: formatDate(options.date, locale),
      // The report has no draft or final version: its second cover line is the year evaluated.
      statusLabel: t('followUp.evaluation.year'),
      status: year === null ? '' : String(year),
      incomplete: null,
    },
    summary: null,
    contents: {
      title: t('export.doc.contents'),
      entries: sections.map((section) => ({
        number: section.number,
        title: section.title,
        anchor: section.anchor,
        level: 1 as const,
      })),
      accessible: '',
    },
    parts: [part],
    approval: null,
    pageOf: (page, total) => t('export.doc.pageOf', { page, total }),
    quote: (text) => t('export.doc.quoted', { text }),
    labelled: (text) => t('export.doc.labelled', { label: text }),
    footer: [organisation, draft.name.trim(), title].filter(Boolean).join(' · '),
  });
}
