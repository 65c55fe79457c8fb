import { researchFigures, scenarioLabels, type ResearchFigure, type ResearchUnit } from '@/content/reference/resources';
import type { Locale } from '@/i18n/routing';
import { budgetTotals, type BudgetTotals } from '@/lib/budget';
import type { DraftSteps } from '@/lib/draft/envelope';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { computeRoi, roiInputs, type Payback, type RoiField, type RoiInputs, type RoiResult } from '@/lib/roi';
import { SCENARIOS } from '@/lib/steps/resources';
import type { Block, TableRow } from './blocks';
import { label, type StepContext } from './cells';
import type { ExportTranslator } from './text';

/** How a research figure is written, per unit. */
const UNIT_KEYS = {
  percent: 'export.doc.resources.research.unit.percent',
  money: 'export.doc.resources.research.unit.money',
  days: 'export.doc.resources.research.unit.days',
  perEuro: 'export.doc.resources.research.unit.perEuro',
  fte: 'export.doc.resources.research.unit.fte',
  people: 'export.doc.resources.research.unit.people',
} as const satisfies Record<ResearchUnit, string>;

/**
 * The business case of step 5 as the document shows it: budget, the return
 * per scenario (lib/roi.ts), how it is calculated, and research figures to
 * compare with. Everything is computed from the draft; nothing is assumed.
 */

export interface BusinessCase {
  totals: BudgetTotals;
  /** Whether any budget line has an amount (a total of 0 from empty lines says nothing). */
  hasBudget: boolean;
  inputs: RoiInputs;
  result: RoiResult;
}

export function businessCase(steps: DraftSteps): BusinessCase {
  const totals = budgetTotals(steps.resources.budgetLines);
  const inputs = roiInputs(steps);
  return {
    totals,
    hasBudget: steps.resources.budgetLines.some((line) => line.amount != null),
    inputs,
    result: computeRoi(inputs, totals.total),
  };
}

/** The yearly saving of the scenario put forward to the board, when it can be computed. */
export function chosenSaving(business: BusinessCase): number | null {
  if (!business.result.ok) return null;
  const outcome = business.result.scenarios[business.inputs.scenario];
  return outcome.ok ? outcome.saving : null;
}

/** Whether the user started the calculator in step 5 (step 2's absence figure alone does not count). */
function calculatorStarted(steps: DraftSteps): boolean {
  const { roi } = steps.resources;
  return (
    [roi.staffFte, roi.workingDaysPerFte, roi.absencePercentage, roi.psychosocialShare, roi.dayCost].some(
      (value) => value != null,
    ) || SCENARIOS.some((scenario) => roi.reduction[scenario] != null)
  );
}

/** The calculator's inputs by their label key under `export.doc.resources`. */
const FIELD_LABELS: Record<RoiField, string> = {
  staffFte: 'staffFte',
  workingDaysPerFte: 'workingDays',
  absencePercentage: 'absence',
  psychosocialShare: 'psychosocialShare',
  dayCost: 'dayCost',
};

const wholeMoney = (value: number, locale: Locale) => formatMoney(Math.round(value), locale);
const days = (value: number, locale: Locale) => formatNumber(value, locale, 0);
const fte = (value: number, locale: Locale) => formatNumber(value, locale, 2);

/** "25 % tot 50 %", "ongeveer 200 dagen": a research figure as a labelled range, in the document language. */
export function researchRange(figure: ResearchFigure, locale: Locale, t: ExportTranslator): string {
  if (!figure.range) return figure.finding?.[locale] ?? '';
  const { low, high, unit, approximate } = figure.range;
  const format = (value: number) =>
    unit === 'percent'
      ? formatPercent(value, locale)
      : unit === 'money'
        ? formatMoney(value, locale)
        : formatNumber(value, locale);
  const key = 'export.doc.resources.research';
  const value = t(UNIT_KEYS[unit], {
    value: low === high ? format(low) : t(`${key}.range`, { low: format(low), high: format(high) }),
  });
  return approximate ? t(`${key}.approximate`, { value }) : value;
}

function paybackText(payback: Payback, locale: Locale, t: ExportTranslator): string {
  if (payback.kind === 'no-budget') return t('export.doc.resources.noBudget');
  if (payback.kind === 'no-saving') return t('export.doc.resources.noSaving');
  return t('export.doc.resources.paybackYears', {
    years: formatNumber(payback.years, locale, 1),
    perEuro: formatNumber(payback.returnPerEuro, locale, 2),
  });
}

/** Step 5's return blocks: cost of absence, return per scenario (the chosen one marked), the formula, research figures. */
export function returnBlocks({ steps, locale, t }: StepContext): Block[] {
  if (!calculatorStarted(steps)) return [];
  const business = businessCase(steps);
  const { inputs, result } = business;
  const k = 'export.doc.resources';
  const research: Block = {
    kind: 'table',
    title: t(`${k}.research.title`),
    columns: [
      { label: t(`${k}.research.what`), weight: 4 },
      { label: t(`${k}.research.figure`), weight: 2 },
      { label: t(`${k}.research.source`), weight: 3 },
    ],
    rows: researchFigures.map((figure) => ({
      cells: [figure.label[locale], researchRange(figure, locale, t), figure.source[locale]],
    })),
  };
  const researchNote: Block = { kind: 'notice', text: t(`${k}.research.note`) };

  if (!result.ok) {
    const missing = result.missing.map((field) => t(`${k}.${FIELD_LABELS[field]}`));
    return [{ kind: 'notice', text: t(`${k}.notComputed`, { missing: missing.join(', ') }) }, researchNote, research];
  }

  const { figures } = result;
  const dayCost = inputs.dayCost ?? 0;
  const chosen = result.scenarios[inputs.scenario];
  const scenarioName = (scenario: (typeof SCENARIOS)[number]) => label(scenarioLabels, scenario, locale);

  const rows: TableRow[] = SCENARIOS.map((scenario) => {
    const outcome = result.scenarios[scenario];
    const isChosen = scenario === inputs.scenario;
    const name = isChosen ? `${scenarioName(scenario)} (${t(`${k}.chosen`)})` : scenarioName(scenario);
    return outcome.ok
      ? {
          cells: [
            name,
            formatPercent(outcome.reduction, locale),
            t(`${k}.daysAndFte`, { days: days(outcome.savedDays, locale), fte: fte(outcome.savedFte, locale) }),
            wholeMoney(outcome.saving, locale),
            paybackText(outcome.payback, locale, t),
            paybackText(outcome.paybackWithTime, locale, t),
          ],
          emphasis: isChosen,
        }
      : { cells: [name, t(`${k}.noReduction`), '', '', '', ''], emphasis: isChosen };
  });

  const formula = [
    t(`${k}.formula.available`, {
      staff: formatNumber(inputs.staffFte ?? 0, locale),
      days: formatNumber(inputs.workingDaysPerFte ?? 0, locale),
      result: days(figures.availableDays, locale),
    }),
    t(`${k}.formula.absence`, {
      available: days(figures.availableDays, locale),
      percentage: formatPercent(inputs.absencePercentage ?? 0, locale),
      result: days(figures.absenceDays, locale),
      fte: fte(figures.absenceFte, locale),
    }),
    t(`${k}.formula.absenceCost`, {
      days: days(figures.absenceDays, locale),
      dayCost: formatMoney(dayCost, locale),
      result: wholeMoney(figures.absenceCost, locale),
    }),
    t(`${k}.formula.psychosocial`, {
      days: days(figures.absenceDays, locale),
      share: formatPercent(inputs.psychosocialShare ?? 0, locale),
      result: days(figures.psychosocialDays, locale),
      fte: fte(figures.psychosocialFte, locale),
    }),
    ...(chosen.ok
      ? [
          t(`${k}.formula.saving`, {
            scenario: scenarioName(inputs.scenario),
            days: days(figures.psychosocialDays, locale),
            reduction: formatPercent(chosen.reduction, locale),
            dayCost: formatMoney(dayCost, locale),
            result: wholeMoney(chosen.saving, locale),
          }),
          ...(chosen.payback.kind === 'years'
            ? [
                t(`${k}.formula.payback`, {
                  budget: wholeMoney(result.budgetTotal, locale),
                  saving: wholeMoney(chosen.saving, locale),
                  years: formatNumber(chosen.payback.years, locale, 1),
                }),
              ]
            : []),
        ]
      : []),
  ];

  return [
    {
      kind: 'table',
      title: t(`${k}.absenceCost`),
      columns: [
        { label: t(`${k}.absenceKind`), weight: 3 },
        { label: t(`${k}.days`), weight: 1.2, align: 'right' },
        { label: t(`${k}.fte`), weight: 1, align: 'right' },
        { label: t(`${k}.costPerYear`), weight: 1.6, align: 'right' },
      ],
      rows: [
        {
          cells: [
            t(`${k}.allAbsence`),
            days(figures.absenceDays, locale),
            fte(figures.absenceFte, locale),
            wholeMoney(figures.absenceCost, locale),
          ],
        },
        {
          cells: [
            t(`${k}.psychosocialAbsence`),
            days(figures.psychosocialDays, locale),
            fte(figures.psychosocialFte, locale),
            wholeMoney(figures.psychosocialCost, locale),
          ],
        },
      ],
    },
    {
      kind: 'table',
      title: t(`${k}.return`),
      columns: [
        { label: t(`${k}.scenario`), weight: 2.2 },
        { label: t(`${k}.reductionShort`), weight: 1.1, align: 'right' },
        { label: t(`${k}.daysSaved`), weight: 2, align: 'right' },
        { label: t(`${k}.yearlySaving`), weight: 1.7, align: 'right' },
        { label: t(`${k}.payback`), weight: 2.2 },
        { label: t(`${k}.paybackWithTime`), weight: 2.2 },
      ],
      rows,
    },
    { kind: 'list', title: t(`${k}.formula.title`), items: formula },
    researchNote,
    research,
  ];
}
