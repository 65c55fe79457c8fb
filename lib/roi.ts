import type messages from '@/messages/nl.json';
import type { Locale } from '@/i18n/routing';
import { budgetTotals, finiteOrNull, fteTotal, type BudgetTotals } from './budget';
import { formatMoney, formatNumber, formatPercent } from './format';
import { SCENARIOS, type Scenario } from './steps/resources';

/**
 * The return-on-investment calculator of step 5, for the budget conversation
 * with the board. Formula, in words:
 *
 *   available days     = staff (FTE) × working days per FTE
 *   absence days       = available days × absence %
 *   cost of absence    = absence days × cost of one absence day
 *   psychosocial days  = absence days × psychosocial share %
 *   days saved         = psychosocial days × expected reduction % (per scenario)
 *   saving per year    = days saved × cost of one absence day
 *   payback (years)    = budget ÷ saving per year                     (operating budget only)
 *   internal cost/year = internal FTE × working days per FTE × cost of one day
 *   payback with time  = budget ÷ (saving per year − internal cost/year)   (never, when the time costs more)
 *
 * Every figure in days is also given in FTE (days ÷ working days per FTE).
 * Nothing is assumed: a missing input is reported, never filled in.
 */

/** Inputs the calculator needs, in the order the form asks for them. */
export const ROI_FIELDS = [
  'staffFte',
  'workingDaysPerFte',
  'absencePercentage',
  'psychosocialShare',
  'dayCost',
] as const;
export type RoiField = (typeof ROI_FIELDS)[number];
export type ReductionField = `reduction.${Scenario}`;

/** Where the absence percentage comes from: step 5's own field, step 2's figures, or nowhere yet. */
export type AbsenceSource = 'resources' | 'as-is' | null;

export interface RoiInputs {
  staffFte: number | null;
  workingDaysPerFte: number | null;
  /** The percentage used: step 5's override, else step 2's figure. */
  absencePercentage: number | null;
  absenceSource: AbsenceSource;
  /** Step 2's figure and its year, to show where a taken-over value comes from. */
  asIs: { absencePercentage: number | null; year: number | null };
  psychosocialShare: number | null;
  dayCost: number | null;
  yearlyWageCost: number | null;
  reduction: Record<Scenario, number | null>;
  /** The scenario put forward to the board (cautious unless chosen otherwise). */
  scenario: Scenario;
  /** Internal time asked for, in FTE. */
  internalFte: number;
}

/**
 * The parts of a draft the calculator reads. Loose on purpose: it accepts the
 * stored steps (DraftSteps) as well as a form's live values, where a
 * half-typed number is still a string.
 */
export interface RoiSource {
  resources?: {
    roi?: {
      staffFte?: unknown;
      workingDaysPerFte?: unknown;
      absencePercentage?: unknown;
      psychosocialShare?: unknown;
      dayCost?: unknown;
      yearlyWageCost?: unknown;
      reduction?: Partial<Record<Scenario, unknown>> | null;
      scenario?: unknown;
    } | null;
    staffTime?: readonly ({ fte?: unknown } | null | undefined)[] | null;
  } | null;
  'as-is'?: { figures?: { absencePercentage?: unknown; year?: unknown } | null } | null;
}

const nonNegative = (value: unknown): number | null => {
  const number = finiteOrNull(value);
  return number !== null && number >= 0 ? number : null;
};

const isScenario = (value: unknown): value is Scenario => SCENARIOS.some((scenario) => scenario === value);

/** Resolves the calculator's inputs; the absence percentage comes from step 5, else step 2, and says which. */
export function roiInputs(steps: RoiSource): RoiInputs {
  const roi = steps.resources?.roi ?? {};
  const figures = steps['as-is']?.figures ?? {};
  const own = nonNegative(roi.absencePercentage);
  const fromAsIs = nonNegative(figures.absencePercentage);
  const absenceSource: AbsenceSource = own !== null ? 'resources' : fromAsIs !== null ? 'as-is' : null;
  return {
    staffFte: nonNegative(roi.staffFte),
    workingDaysPerFte: nonNegative(roi.workingDaysPerFte),
    absencePercentage: own ?? fromAsIs,
    absenceSource,
    asIs: { absencePercentage: fromAsIs, year: finiteOrNull(figures.year) },
    psychosocialShare: nonNegative(roi.psychosocialShare),
    dayCost: nonNegative(roi.dayCost),
    yearlyWageCost: nonNegative(roi.yearlyWageCost),
    reduction: {
      cautious: nonNegative(roi.reduction?.cautious),
      middle: nonNegative(roi.reduction?.middle),
      optimistic: nonNegative(roi.reduction?.optimistic),
    },
    scenario: isScenario(roi.scenario) ? roi.scenario : 'cautious',
    internalFte: fteTotal(steps.resources?.staffTime),
  };
}

/** Cost of one absence day from the yearly wage cost of one FTE; null until both are known. */
export function dayCostFromWage(yearlyWageCost: number | null, workingDaysPerFte: number | null): number | null {
  if (yearlyWageCost === null || workingDaysPerFte === null || workingDaysPerFte <= 0) return null;
  return Math.round((yearlyWageCost / workingDaysPerFte) * 100) / 100;
}

export interface RoiFigures {
  availableDays: number;
  absenceDays: number;
  absenceFte: number;
  absenceCost: number;
  psychosocialDays: number;
  psychosocialFte: number;
  psychosocialCost: number;
}

export type Payback =
  /** `years` = budget ÷ yearly saving; `returnPerEuro` = yearly saving ÷ budget. */
  | { kind: 'years'; years: number; returnPerEuro: number }
  /** No budget lines with an amount yet. */
  | { kind: 'no-budget' }
  /** The scenario saves nothing, so the budget is never earned back. */
  | { kind: 'no-saving' };

export type ScenarioResult =
  | {
      ok: true;
      reduction: number;
      savedDays: number;
      savedFte: number;
      saving: number;
      /** Payback of the operating budget only, without internal time. */
      payback: Payback;
      /** Internal time valued at the day cost, per year. */
      internalCost: number;
      /** Payback counting the internal time as a yearly cost too; `no-saving` when the time costs more than it saves. */
      paybackWithTime: Payback;
    }
  | { ok: false; missing: ReductionField[] };

export type RoiResult =
  | { ok: true; figures: RoiFigures; scenarios: Record<Scenario, ScenarioResult>; budgetTotal: number }
  | { ok: false; missing: RoiField[] };

/** Runs the calculation, or lists what is missing (in form order). */
export function computeRoi(inputs: RoiInputs, budgetTotal: number): RoiResult {
  const { staffFte, workingDaysPerFte, absencePercentage, psychosocialShare, dayCost } = inputs;
  if (
    staffFte === null ||
    workingDaysPerFte === null ||
    workingDaysPerFte <= 0 ||
    absencePercentage === null ||
    psychosocialShare === null ||
    dayCost === null
  ) {
    const values: Record<RoiField, number | null> = {
      staffFte,
      workingDaysPerFte: workingDaysPerFte !== null && workingDaysPerFte > 0 ? workingDaysPerFte : null,
      absencePercentage,
      psychosocialShare,
      dayCost,
    };
    return { ok: false, missing: ROI_FIELDS.filter((field) => values[field] === null) };
  }
  const availableDays = staffFte * workingDaysPerFte;
  const absenceDays = (availableDays * absencePercentage) / 100;
  const psychosocialDays = (absenceDays * psychosocialShare) / 100;
  const figures: RoiFigures = {
    availableDays,
    absenceDays,
    absenceFte: absenceDays / workingDaysPerFte,
    absenceCost: absenceDays * dayCost,
    psychosocialDays,
    psychosocialFte: psychosocialDays / workingDaysPerFte,
    psychosocialCost: psychosocialDays * dayCost,
  };
  const budget = Math.max(0, budgetTotal);
  const scenario = (name: Scenario): ScenarioResult => {
    const reduction = inputs.reduction[name];
    if (reduction === null) return { ok: false, missing: [`reduction.${name}`] };
    const savedDays = (psychosocialDays * reduction) / 100;
    const saving = savedDays * dayCost;
    const payback: Payback =
      budget <= 0
        ? { kind: 'no-budget' }
        : saving <= 0
          ? { kind: 'no-saving' }
          : { kind: 'years', years: budget / saving, returnPerEuro: saving / budget };
    const internalCost = Math.max(0, inputs.internalFte) * workingDaysPerFte * dayCost;
    const net = saving - internalCost;
    const paybackWithTime: Payback =
      budget <= 0 && internalCost <= 0
        ? { kind: 'no-budget' }
        : net <= 0
          ? { kind: 'no-saving' }
          : { kind: 'years', years: budget / net, returnPerEuro: budget > 0 ? net / budget : 0 };
    return {
      ok: true,
      reduction,
      savedDays,
      savedFte: savedDays / workingDaysPerFte,
      saving,
      payback,
      internalCost,
      paybackWithTime,
    };
  };
  return {
    ok: true,
    figures,
    scenarios: { cautious: scenario('cautious'), middle: scenario('middle'), optimistic: scenario('optimistic') },
    budgetTotal: budget,
  };
}

/** A paragraph of the board text: message keys (under `steps.resources.board`) with formatted values. */
export type BoardPart = { key: keyof (typeof messages)['steps']['resources']['board']; values: Record<string, string> };

/**
 * What the board text says, from the figures: paragraphs of message keys with
 * values formatted for `locale`. Empty when there is nothing to say yet
 * (no budget and no complete calculation).
 */
export function boardTextParts(
  source: RoiSource & { resources?: { budgetLines?: Parameters<typeof budgetTotals>[0] } | null },
  locale: Locale,
): BoardPart[][] {
  const inputs = roiInputs(source);
  const totals: BudgetTotals = budgetTotals(source.resources?.budgetLines);
  const result = computeRoi(inputs, totals.total);
  const money = (value: number) => formatMoney(Math.round(value), locale);
  const number = (value: number, digits = 1) => formatNumber(value, locale, digits);

  const budget: BoardPart[] = [];
  if (totals.total > 0) {
    budget.push({ key: 'budget', values: { total: money(totals.total) } });
    if (totals.byYear.length > 1) {
      const perYear = totals.byYear.map(({ year, amount }) => `${year}: ${money(amount)}`).join('; ');
      budget.push({ key: 'budgetPerYear', values: { perYear } });
    }
  }
  if (inputs.internalFte > 0) budget.push({ key: 'internalTime', values: { fte: number(inputs.internalFte, 2) } });

  const figures: BoardPart[] = [];
  if (result.ok) {
    const { absenceDays, absenceFte, absenceCost, psychosocialDays, psychosocialFte, psychosocialCost } =
      result.figures;
    figures.push({
      key: 'absence',
      values: {
        staff: number(inputs.staffFte ?? 0),
        absence: formatPercent(inputs.absencePercentage ?? 0, locale),
        days: number(absenceDays, 0),
        fte: number(absenceFte),
        dayCost: money(inputs.dayCost ?? 0),
        cost: money(absenceCost),
      },
    });
    figures.push({
      key: 'psychosocial',
      values: {
        share: formatPercent(inputs.psychosocialShare ?? 0, locale),
        days: number(psychosocialDays, 0),
        fte: number(psychosocialFte),
        cost: money(psychosocialCost),
      },
    });
    const chosen = result.scenarios[inputs.scenario];
    if (chosen.ok) {
      figures.push({
        key: 'scenario',
        values: {
          scenario: inputs.scenario,
          reduction: formatPercent(chosen.reduction, locale),
          days: number(chosen.savedDays, 0),
          fte: number(chosen.savedFte),
          saving: money(chosen.saving),
        },
      });
      if (chosen.payback.kind === 'years') {
        figures.push({
          key: 'payback',
          values: {
            years: number(chosen.payback.years),
            perEuro: formatNumber(chosen.payback.returnPerEuro, locale, 2),
          },
        });
      } else if (chosen.payback.kind === 'no-saving') {
        figures.push({ key: 'noSaving', values: {} });
      }
      // Internal time is a cost too: say what the payback becomes when it is counted.
      if (chosen.internalCost > 0 && chosen.payback.kind !== 'no-saving') {
        const values = { fte: number(inputs.internalFte, 2), cost: money(chosen.internalCost) };
        if (chosen.paybackWithTime.kind === 'years') {
          figures.push({
            key: 'paybackWithTime',
            values: { ...values, years: number(chosen.paybackWithTime.years) },
          });
        } else {
          figures.push({ key: 'notCoveredWithTime', values });
        }
      }
    }
  }
  if (budget.length === 0 && figures.length === 0) return [];
  return [budget, figures, [{ key: 'caveat', values: {} } satisfies BoardPart]].filter(
    (paragraph) => paragraph.length > 0,
  );
}
