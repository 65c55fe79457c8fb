import { z } from 'zod/mini';
import {
  choice,
  choiceOr,
  completeEvenWhenInvalid,
  decimal,
  filled,
  list,
  longText,
  shortText,
  uid,
  wholeNumber,
} from './fields';

/** Step 5 — Resources and return: budget, internal time, expertise, return-on-investment. */

export const BUDGET_CATEGORIES = ['external-provider', 'training', 'communication', 'tools', 'other'] as const;
export const EXPERTISE_SOURCES = ['internal', 'external'] as const;
export const SCENARIOS = ['cautious', 'middle', 'optimistic'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const MAX_AMOUNT = 1_000_000_000;
export const MAX_BUDGET_LINES = 100;
export const MAX_STAFF_TIME = 30;
export const MAX_EXPERTISE = 30;

export const budgetLineSchema = z.object({
  uid: uid(),
  category: choice(BUDGET_CATEGORIES),
  description: shortText(),
  /** Euro. */
  amount: decimal(0, MAX_AMOUNT),
  year: wholeNumber(2000, 2100),
});
export type BudgetLine = z.output<typeof budgetLineSchema>;

export const staffTimeSchema = z.object({
  uid: uid(),
  role: shortText(),
  fte: decimal(0, 10_000),
});

export const expertiseSchema = z.object({
  uid: uid(),
  description: shortText(),
  source: choice(EXPERTISE_SOURCES),
});

/**
 * Assumptions of the return-on-investment calculator. Every one is editable;
 * null means "not given" (absence falls back to step 2's figure).
 */
export const roiSchema = z.object({
  staffFte: decimal(0, 1_000_000),
  workingDaysPerFte: decimal(1, 366),
  /** Per cent; null → step 2's sickness absence percentage. */
  absencePercentage: decimal(0, 100),
  /** Per cent of absence with a psychosocial cause. */
  psychosocialShare: decimal(0, 100),
  /** Euro per absence day. */
  dayCost: decimal(0, 100_000),
  /** Yearly wage cost per FTE in euro, to derive `dayCost`. */
  yearlyWageCost: decimal(0, 10_000_000),
  /** Expected reduction of psychosocial absence per scenario, in per cent. */
  reduction: z.prefault(
    z.object({
      cautious: decimal(0, 100),
      middle: decimal(0, 100),
      optimistic: decimal(0, 100),
    }),
    {},
  ),
  scenario: choiceOr(SCENARIOS, 'cautious'),
});

export const resourcesSchema = z.object({
  budgetLines: list(budgetLineSchema, MAX_BUDGET_LINES),
  staffTime: list(staffTimeSchema, MAX_STAFF_TIME),
  expertise: list(expertiseSchema, MAX_EXPERTISE),
  roi: z.prefault(roiSchema, {}),
  boardText: longText(),
  notes: longText(),
});

export type ResourcesData = z.output<typeof resourcesSchema>;

export const resourcesComplete = resourcesSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const lines = Array.isArray(data.budgetLines) ? data.budgetLines : [];
    need(lines.length > 0, ['budgetLines'], 'steps.resources.errors.budgetLinesRequired');
    lines.forEach((line, index) => {
      need(line?.category != null, ['budgetLines', index, 'category'], 'steps.resources.errors.categoryRequired');
      need(
        filled(line?.description),
        ['budgetLines', index, 'description'],
        'steps.resources.errors.descriptionRequired',
      );
      need(line?.amount != null, ['budgetLines', index, 'amount'], 'steps.resources.errors.amountRequired');
      need(line?.year != null, ['budgetLines', index, 'year'], 'steps.resources.errors.yearRequired');
    });
    (Array.isArray(data.staffTime) ? data.staffTime : []).forEach((entry, index) => {
      need(filled(entry?.role), ['staffTime', index, 'role'], 'steps.resources.errors.roleRequired');
      need(entry?.fte != null, ['staffTime', index, 'fte'], 'steps.resources.errors.fteRequired');
    });
    (Array.isArray(data.expertise) ? data.expertise : []).forEach((entry, index) => {
      need(filled(entry?.description), ['expertise', index, 'description'], 'steps.resources.errors.expertiseRequired');
      need(entry?.source != null, ['expertise', index, 'source'], 'steps.resources.errors.sourceRequired');
    });
    const roi = data.roi ?? {};
    need(roi.staffFte != null, ['roi', 'staffFte'], 'steps.resources.errors.staffFteRequired');
    need(roi.dayCost != null, ['roi', 'dayCost'], 'steps.resources.errors.dayCostRequired');
  }, completeEvenWhenInvalid),
);
