import { budgetCategoryLabels, expertiseSourceLabels, scenarioLabels } from '@/content/reference/resources';
import { budgetTotals, fteTotal } from '@/lib/budget';
import { formatMoney, formatNumber } from '@/lib/format';
import { roiInputs } from '@/lib/roi';
import { SCENARIOS } from '@/lib/steps/resources';
import { fields, paragraphs, present } from '../blocks';
import { returnBlocks } from '../businessCase';
import { label, money, num, percent, type Builder } from '../cells';

export const resources: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.resources;
  const totals = budgetTotals(data.budgetLines);
  const hasAmounts = data.budgetLines.some((line) => line.amount != null);
  const fte = fteTotal(data.staffTime);
  const roi = data.roi;
  return present(
    [
      {
        kind: 'table',
        field: 'budgetLines',
        title: t('export.doc.resources.budget'),
        columns: [
          { label: t('export.doc.resources.category'), weight: 2 },
          { label: t('export.doc.description'), weight: 4 },
          { label: t('export.doc.resources.year'), weight: 1, align: 'right' },
          { label: t('export.doc.resources.amount'), weight: 1.6, align: 'right' },
        ],
        rows: data.budgetLines.map((line) => ({
          cells: [
            label(budgetCategoryLabels, line.category, locale),
            line.description,
            line.year == null ? '' : String(line.year),
            money(line.amount, locale),
          ],
        })),
        footer: hasAmounts ? [t('export.doc.resources.total'), '', '', formatMoney(totals.total, locale)] : undefined,
      },
      {
        kind: 'fields',
        title: t('export.doc.resources.perYear'),
        rows:
          totals.byYear.length > 1 || (totals.byYear.length > 0 && totals.undated > 0)
            ? [
                ...totals.byYear.map((row) => ({ label: String(row.year), value: formatMoney(row.amount, locale) })),
                ...(totals.undated > 0
                  ? [{ label: t('export.doc.resources.noYear'), value: formatMoney(totals.undated, locale) }]
                  : []),
              ]
            : [],
      },
      {
        kind: 'table',
        field: 'staffTime',
        title: t('export.doc.resources.staffTime'),
        columns: [
          { label: t('export.doc.resources.role'), weight: 4 },
          { label: t('export.doc.resources.fte'), weight: 1, align: 'right' },
        ],
        rows: data.staffTime.map((row) => ({ cells: [row.role, num(row.fte, locale)] })),
        footer: data.staffTime.some((row) => row.fte != null)
          ? [t('export.doc.resources.total'), formatNumber(fte, locale)]
          : undefined,
      },
      {
        kind: 'table',
        field: 'expertise',
        title: t('export.doc.resources.expertise'),
        columns: [
          { label: t('export.doc.description'), weight: 4 },
          { label: t('export.doc.resources.source'), weight: 1 },
        ],
        rows: data.expertise.map((row) => ({
          cells: [row.description, label(expertiseSourceLabels, row.source, locale)],
        })),
      },
      {
        kind: 'fields',
        title: t('export.doc.resources.assumptions'),
        rows: fields(
          [
            { field: 'roi.staffFte', label: t('export.doc.resources.staffFte'), value: num(roi.staffFte, locale) },
            {
              field: 'roi.workingDaysPerFte',
              label: t('export.doc.resources.workingDays'),
              value: num(roi.workingDaysPerFte, locale),
            },
            {
              field: 'roi.absencePercentage',
              label: t('export.doc.resources.absence'),
              value: percent(roiInputs(steps).absencePercentage, locale),
            },
            {
              field: 'roi.psychosocialShare',
              label: t('export.doc.resources.psychosocialShare'),
              value: percent(roi.psychosocialShare, locale),
            },
            { field: 'roi.dayCost', label: t('export.doc.resources.dayCost'), value: money(roi.dayCost, locale) },
            {
              field: 'roi.yearlyWageCost',
              label: t('export.doc.resources.yearlyWageCost'),
              value: money(roi.yearlyWageCost, locale),
            },
            ...SCENARIOS.map((scenario) => ({
              field: `roi.reduction.${scenario}`,
              label: t('export.doc.resources.reduction', { scenario: label(scenarioLabels, scenario, locale) }),
              value: percent(roi.reduction[scenario], locale),
            })),
          ],
          context.keepEmpty,
        ),
      },
      ...returnBlocks(context),
      {
        kind: 'text',
        field: 'boardText',
        title: t('export.doc.resources.boardText'),
        paragraphs: paragraphs(data.boardText),
      },
    ],
    context.keepEmpty,
  );
};
