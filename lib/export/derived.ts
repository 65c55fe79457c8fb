import type { Locale } from '@/i18n/routing';
import type { DraftSteps } from '@/lib/draft/envelope';
import type { Action } from '@/lib/steps/action';
import type { Initiative, Quadrant } from '@/lib/steps/as-is';
import type { BudgetLine, ResourcesData, Scenario } from '@/lib/steps/resources';
import type { Engagement, GRID_LEVELS, RolesData } from '@/lib/steps/roles';
import type { Level, Lever } from '@/lib/steps/shared';
import type { ReviewMoment } from '@/lib/steps/measure';

type GridLevel = (typeof GRID_LEVELS)[number];

/**
 * Figures the document shows that are computed, not stored. The pure modules
 * that compute them (lib/matrix.ts, lib/stakeholders.ts, lib/raci.ts,
 * lib/coverage.ts, lib/budget.ts, lib/roi.ts, lib/timeline.ts, lib/pdca.ts)
 * land with the step forms. Until a figure is wired here it is absent and the
 * document leaves out the column, line or drawing that shows it: it never
 * shows a figure it did not compute.
 *
 * Each entry is the shape the document needs; wiring one is a short adapter
 * from the module's own result to this shape.
 */
export interface DerivedFigures {
  /** Step 2: quadrant of an initiative (lib/matrix.ts `quadrantOf`). */
  quadrantOf?: (effort: number, impact: number) => Quadrant;
  /** Step 2: how many initiatives work on each lever × level (lib/coverage.ts `coverage`). */
  coverage?: (initiatives: Initiative[]) => { lever: Lever; level: Level; count: number }[];
  /** Step 3: engagement strategy from the power–interest grid (lib/stakeholders.ts `engagementOf`). */
  engagementOf?: (influence: GridLevel, interest: GridLevel) => Engagement;
  /** Step 3: what is wrong with the RACI matrix (lib/raci.ts `raciProblems`). */
  raciProblems?: (roles: RolesData) => {
    taskUid: string;
    kind: 'accountable-missing' | 'accountable-too-many' | 'responsible-missing';
  }[];
  /** Step 5: budget total and per year, in euro (lib/budget.ts `budgetTotals`). */
  budgetTotals?: (lines: BudgetLine[]) => { total: number; byYear: { year: number; amount: number }[] };
  /** Step 5: internal time in FTE (lib/budget.ts `fteTotal`). */
  fteTotal?: (staffTime: ResourcesData['staffTime']) => number;
  /** Step 5: return per scenario (lib/roi.ts `roiInputs` + `computeRoi`); null when inputs are missing. */
  roi?: (steps: DraftSteps) => {
    chosen: Scenario;
    scenarios: { scenario: Scenario; yearlySaving: number; netReturn: number | null; ratio: number | null }[];
  } | null;
  /** Step 6: the drawn timeline (lib/timeline.ts `timeline`), periods labelled in the document language. */
  timeline?: (
    actions: Action[],
    locale: Locale,
  ) => { periods: string[]; bars: { actionUid: string; from: number; to: number }[] } | null;
  /** Step 7: the legal policy cycle (lib/pdca.ts `legalCycle`): what is due when, in the document language. */
  legalCycle?: (steps: DraftSteps, today: string, locale: Locale) => { label: string; date: string }[];
  /** Step 7: review moments in calendar order (lib/pdca.ts `reviewCalendar`). Default: sorted by date. */
  reviewCalendar?: (reviews: ReviewMoment[]) => ReviewMoment[];
}

/**
 * The integrator wires the modules here, e.g.
 * `quadrantOf, coverage: (list) => …coverage(list)…, engagementOf, …`.
 */
export const derivedFigures: DerivedFigures = {};
