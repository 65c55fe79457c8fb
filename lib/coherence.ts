import { budgetTotals, finiteOrNull } from '@/lib/budget';
import type { Draft } from '@/lib/draft/envelope';
import { raciProblems, type RaciProblem } from '@/lib/raci';
import { filled } from '@/lib/steps/fields';
import type { StepId } from '@/lib/steps/registry';
import { LEVELS, LEVERS, type Level, type Lever } from '@/lib/steps/shared';

/**
 * Coherence checks of the review page: the golden thread from why to measure.
 * Pure: a draft in, a list of issues out, in a stable order (by check, then
 * by entity order). Each issue says where it is fixed (step + form field name,
 * usable with `fieldId`) and carries the user's own names and counts as
 * `params`, and codes to translate (`codes`, via content/reference) — never
 * prose. Its text is the message `review.checks.<code>` (nl + fr).
 *
 * Severity:
 * - blocking: the plan cannot be called final — no slogan, no strategic or no
 *   operational objectives, no responsibility matrix, or a task without
 *   exactly one Accountable.
 * - warning: everything else; the plan may be exported as final with them.
 *
 * Links to entities that no longer exist (deleted elsewhere) count as missing.
 *
 * Indirect links: a strategic objective (step 4) is served through the
 * operational objectives (step 6) that name it. It has an action when one of
 * those operational objectives has an action, and an indicator when an
 * indicator names the strategic objective itself, one of those operational
 * objectives, or an action serving one of them. Likewise an operational
 * objective has an indicator when an indicator names it or one of its actions.
 */

export const COHERENCE_CODES = [
  'slogan-missing',
  'strategic-objectives-missing',
  'operational-objectives-missing',
  'raci-missing',
  'raci-no-accountable',
  'raci-many-accountable',
  'raci-no-responsible',
  'action-without-objective',
  'strategic-objective-without-action',
  'strategic-objective-without-indicator',
  'operational-objective-without-action',
  'operational-objective-without-indicator',
  'action-without-owner',
  'action-without-dates',
  'action-without-budget-line',
  'actions-over-budget',
  'lever-not-covered',
  'level-without-indicator',
] as const;
export type CoherenceCode = (typeof COHERENCE_CODES)[number];

export type CoherenceSeverity = 'blocking' | 'warning';

export const SEVERITY: Record<CoherenceCode, CoherenceSeverity> = {
  'slogan-missing': 'blocking',
  'strategic-objectives-missing': 'blocking',
  'operational-objectives-missing': 'blocking',
  'raci-missing': 'blocking',
  'raci-no-accountable': 'blocking',
  'raci-many-accountable': 'blocking',
  'raci-no-responsible': 'warning',
  'action-without-objective': 'warning',
  'strategic-objective-without-action': 'warning',
  'strategic-objective-without-indicator': 'warning',
  'operational-objective-without-action': 'warning',
  'operational-objective-without-indicator': 'warning',
  'action-without-owner': 'warning',
  'action-without-dates': 'warning',
  'action-without-budget-line': 'warning',
  'actions-over-budget': 'warning',
  'lever-not-covered': 'warning',
  'level-without-indicator': 'warning',
};

export interface CoherenceIssue {
  code: CoherenceCode;
  severity: CoherenceSeverity;
  /** The step where it is fixed. */
  step: StepId;
  /** The form field where it is fixed, as react-hook-form names it ("actions.2.owner"). */
  field: string;
  /** The entity concerned (action, objective, task), or null for a step-wide issue. */
  uid: string | null;
  /** Names as the user wrote them (may be empty for an untitled entry; `position` is 1-based) and counts. */
  params: Record<string, string | number>;
  /** Codes the UI turns into labels (content/reference) before formatting the message. */
  codes: { lever?: Lever; level?: Level };
}

const RACI_CODES: Record<RaciProblem, { code: CoherenceCode; field: string }> = {
  'no-accountable': { code: 'raci-no-accountable', field: 'accountable' },
  'many-accountable': { code: 'raci-many-accountable', field: 'accountable' },
  'no-responsible': { code: 'raci-no-responsible', field: 'responsible' },
};

const name = (text: string): string => text.trim();

export function coherenceChecks(draft: Draft): CoherenceIssue[] {
  const { roles, 'to-be': toBe, resources, action, measure } = draft.steps;
  const issues: CoherenceIssue[] = [];
  const add = (
    code: CoherenceCode,
    step: StepId,
    field: string,
    uid: string | null = null,
    params: CoherenceIssue['params'] = {},
    codes: CoherenceIssue['codes'] = {},
  ) => issues.push({ code, severity: SEVERITY[code], step, field, uid, params, codes });

  const strategic = toBe.objectives;
  const operational = action.operationalObjectives;
  const { actions } = action;
  const { indicators } = measure;
  const operationalUids = new Set(operational.map((item) => item.uid));
  const stakeholderUids = new Set(roles.stakeholders.map((item) => item.uid));
  const budgetLineUids = new Set(resources.budgetLines.map((item) => item.uid));

  // Blocking: what a final plan needs.
  if (!filled(toBe.slogan)) add('slogan-missing', 'to-be', 'slogan');
  if (!strategic.some((item) => filled(item.name))) add('strategic-objectives-missing', 'to-be', 'objectives');
  if (!operational.some((item) => filled(item.name))) {
    add('operational-objectives-missing', 'action', 'operationalObjectives');
  }
  if (roles.tasks.length === 0) add('raci-missing', 'roles', 'tasks');
  raciProblems(roles.tasks, roles.stakeholders).forEach((check, index) => {
    const task = roles.tasks[index];
    for (const problem of check.problems) {
      const { code, field } = RACI_CODES[problem];
      add(code, 'roles', `tasks.${index}.${field}`, check.uid, { task: name(task?.name ?? ''), position: index + 1 });
    }
  });

  // Objectives ↔ actions ↔ indicators, with dangling links ignored.
  const objectivesOf = (item: (typeof actions)[number]) => item.objectives.filter((uid) => operationalUids.has(uid));
  actions.forEach((item, index) => {
    if (objectivesOf(item).length === 0) {
      add('action-without-objective', 'action', `actions.${index}.objectives`, item.uid, {
        action: name(item.title),
        position: index + 1,
      });
    }
  });
  const actionsServing = (objective: string) => actions.filter((item) => objectivesOf(item).includes(objective));
  const measured = (uids: readonly string[]) =>
    indicators.some(
      (indicator) =>
        indicator.objectives.some((uid) => uids.includes(uid)) || indicator.actions.some((uid) => uids.includes(uid)),
    );
  const operationalThread = (objective: string) => {
    const serving = actionsServing(objective).map((item) => item.uid);
    return { hasAction: serving.length > 0, hasIndicator: measured([objective, ...serving]) };
  };

  strategic.forEach((objective, index) => {
    const via = operational.filter((item) => item.strategicObjectives.includes(objective.uid)).map((item) => item.uid);
    const params = { objective: name(objective.name), position: index + 1 };
    if (!via.some((uid) => operationalThread(uid).hasAction)) {
      add('strategic-objective-without-action', 'action', 'operationalObjectives', objective.uid, params);
    }
    const viaActions = via.flatMap((uid) => actionsServing(uid).map((item) => item.uid));
    if (!measured([objective.uid, ...via, ...viaActions])) {
      add('strategic-objective-without-indicator', 'measure', 'indicators', objective.uid, params);
    }
  });
  operational.forEach((objective, index) => {
    const thread = operationalThread(objective.uid);
    const params = { objective: name(objective.name), position: index + 1 };
    if (!thread.hasAction) add('operational-objective-without-action', 'action', 'actions', objective.uid, params);
    if (!thread.hasIndicator)
      add('operational-objective-without-indicator', 'measure', 'indicators', objective.uid, params);
  });

  // Every action: owner, dates, a budget line where money is involved.
  actions.forEach((item, index) => {
    const params = { action: name(item.title), position: index + 1 };
    if (!item.owner || !stakeholderUids.has(item.owner)) {
      add('action-without-owner', 'action', `actions.${index}.owner`, item.uid, params);
    }
    if (!item.start || !item.end) {
      add('action-without-dates', 'action', `actions.${index}.${item.start ? 'end' : 'start'}`, item.uid, params);
    }
    const money = (finiteOrNull(item.budget) ?? 0) > 0 || item.budgetLine !== null;
    if (money && !(item.budgetLine && budgetLineUids.has(item.budgetLine))) {
      add('action-without-budget-line', 'action', `actions.${index}.budgetLine`, item.uid, params);
    }
  });

  // The actions' budgets within step 5's budget (in cents, like lib/budget.ts).
  const actionsTotal = budgetTotals(actions.map((item) => ({ amount: item.budget }))).total;
  const budget = budgetTotals(resources.budgetLines).total;
  if (actionsTotal > budget) {
    add('actions-over-budget', 'resources', 'budgetLines', null, {
      actionsTotal,
      budget,
      difference: Math.round((actionsTotal - budget) * 100) / 100,
    });
  }

  // Every lever covered by an objective or an action, or deliberately left out.
  for (const lever of LEVERS) {
    const covered =
      strategic.some((item) => item.levers.includes(lever)) || actions.some((item) => item.lever === lever);
    if (!covered && !toBe.mirror[lever].leftOut) {
      add('lever-not-covered', 'to-be', `mirror.${lever}.leftOut`, null, {}, { lever });
    }
  }

  // Indicators at every level the actions work on.
  for (const level of LEVELS) {
    const atLevel = actions.filter((item) => item.level === level).length;
    if (atLevel > 0 && !indicators.some((item) => item.level === level)) {
      add('level-without-indicator', 'measure', 'indicators', null, { actions: atLevel }, { level });
    }
  }

  return issues;
}

/** True when no blocking issue is open: the plan may be exported as final. */
export const canBeFinal = (issues: readonly CoherenceIssue[]): boolean =>
  issues.every((issue) => issue.severity !== 'blocking');
