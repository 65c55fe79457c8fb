import { demandLabels, quadrantLabels, resourceLabels } from '@/content/reference/as-is';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { coverage, gapsByLever, uncounted } from '@/lib/coverage';
import { HIGH_FROM, positionOf, quadrantOf } from '@/lib/matrix';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { fields, paragraphs, present, type TableRow } from '../blocks';
import { date, joined, label, num, percent, type Builder } from '../cells';

export const asIs: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps['as-is'];
  const initiatives = data.initiatives;
  const figures = data.figures;
  const counts = coverage(initiatives);
  const counted = initiatives.length - uncounted(initiatives);
  const gaps = gapsByLever(initiatives);
  const { previousPlan, findings } = data.evaluation;
  return present(
    [
      {
        kind: 'text',
        title: previousPlan.trim()
          ? t('export.doc.asIs.evaluationOf', { name: previousPlan.trim() })
          : t('export.doc.asIs.evaluation'),
        paragraphs: paragraphs(findings),
      },
      {
        kind: 'table',
        field: 'initiatives',
        title: t('export.doc.asIs.initiatives'),
        columns: [
          { label: t('export.doc.number'), weight: 0.5, align: 'right' },
          { label: t('export.doc.asIs.initiative'), weight: 4 },
          { label: t('export.doc.lever'), weight: 2.2 },
          { label: t('export.doc.level'), weight: 1.6 },
          { label: t('export.doc.asIs.targetGroup'), weight: 2 },
          { label: t('export.doc.asIs.effort'), weight: 1.1, align: 'right' },
          { label: t('export.doc.asIs.impact'), weight: 1.1, align: 'right' },
          { label: t('export.doc.asIs.quadrant'), weight: 2 },
        ],
        rows: initiatives.map((item, index): TableRow => {
          const position = positionOf(item);
          return {
            cells: [
              String(index + 1),
              item.title,
              label(leverLabels, item.lever, locale),
              label(levelLabels, item.level, locale),
              item.targetGroup,
              num(item.effort, locale),
              num(item.impact, locale),
              position ? label(quadrantLabels, quadrantOf(position.effort, position.impact), locale) : '',
            ],
            details: fields([{ label: t('export.doc.description'), value: item.description }]),
          };
        }),
      },
      {
        kind: 'matrix',
        title: t('export.doc.asIs.matrix'),
        xLabel: t('export.doc.asIs.effort'),
        yLabel: t('export.doc.asIs.impact'),
        lowScores: HIGH_FROM - 1,
        corners: {
          topLeft: label(quadrantLabels, quadrantOf(1, 5), locale),
          topRight: label(quadrantLabels, quadrantOf(5, 5), locale),
          bottomLeft: label(quadrantLabels, quadrantOf(1, 1), locale),
          bottomRight: label(quadrantLabels, quadrantOf(5, 1), locale),
        },
        points: initiatives.flatMap((item, index) => {
          const position = positionOf(item);
          return position ? [{ label: String(index + 1), x: position.effort, y: position.impact }] : [];
        }),
      },
      counted > 0 && {
        kind: 'table',
        title: t('export.doc.asIs.coverage'),
        columns: [
          { label: t('export.doc.lever'), weight: 2 },
          ...LEVELS.map((level) => ({ label: label(levelLabels, level, locale), weight: 1, align: 'right' as const })),
        ],
        rows: LEVERS.map((lever) => ({
          cells: [label(leverLabels, lever, locale), ...LEVELS.map((level) => num(counts[lever][level], locale))],
        })),
      },
      counted > 0 && {
        kind: 'list',
        title: t('export.doc.asIs.gaps'),
        items: [
          ...(gaps.length > 0
            ? gaps.map((gap) =>
                t('export.doc.asIs.gap', {
                  lever: label(leverLabels, gap.lever, locale),
                  levels: joined(gap.levels.map((level) => label(levelLabels, level, locale))),
                }),
              )
            : [t('export.doc.asIs.noGaps')]),
          ...(counted < initiatives.length
            ? [t('export.doc.asIs.uncounted', { count: initiatives.length - counted })]
            : []),
        ],
      },
      {
        kind: 'fields',
        title: t('export.doc.asIs.figures'),
        rows: fields(
          [
            {
              field: 'figures.year',
              label: t('export.doc.asIs.year'),
              value: figures.year == null ? '' : String(figures.year),
            },
            {
              field: 'figures.absencePercentage',
              label: t('export.doc.asIs.absencePercentage'),
              value: percent(figures.absencePercentage, locale),
            },
            {
              field: 'figures.frequency',
              label: t('export.doc.asIs.frequency'),
              value: num(figures.frequency, locale),
            },
            {
              field: 'figures.averageDuration',
              label: t('export.doc.asIs.averageDuration'),
              value:
                figures.averageDuration == null
                  ? ''
                  : t('export.doc.days', { days: num(figures.averageDuration, locale) }),
            },
            {
              field: 'figures.lastRiskAnalysis',
              label: t('export.doc.asIs.lastRiskAnalysis'),
              value: date(figures.lastRiskAnalysis, locale),
            },
            {
              field: 'figures.lastSurvey',
              label: t('export.doc.asIs.lastSurvey'),
              value: date(figures.lastSurvey, locale),
            },
          ],
          context.keepEmpty,
        ),
      },
      {
        kind: 'list',
        field: 'demands',
        title: t('export.doc.asIs.demands'),
        items: [
          ...data.demands.map((code) => label(demandLabels, code, locale)),
          ...data.demandsOther.map((e) => e.text),
        ].filter((text) => text.trim()),
      },
      {
        kind: 'list',
        field: 'resources',
        title: t('export.doc.asIs.resources'),
        items: [
          ...data.resources.map((code) => label(resourceLabels, code, locale)),
          ...data.resourcesOther.map((e) => e.text),
        ].filter((text) => text.trim()),
      },
    ],
    context.keepEmpty,
  );
};
