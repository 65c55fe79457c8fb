import type { Draft } from '@/lib/draft/envelope';
import { ACTION_STATUSES, type Action } from '@/lib/steps/action';
import type { ActionFollowUp, StatusChange } from './schema';

/**
 * How far the plan got: each step 6 action's status now (its latest recorded change, else the status step 6
 * holds), and per operational objective (its actions) and per strategic objective (the actions of the
 * operational objectives that serve it) how many actions are done. Stopped actions do not count towards the
 * share: they will not be done. Pure.
 */

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type StatusCounts = Record<ActionStatus, number>;

export interface ObjectiveProgress {
  uid: string;
  name: string;
  /** Actions linked, whatever their status. */
  total: number;
  counts: StatusCounts;
  /** Done ÷ actions not stopped; null when there are none. */
  share: number | null;
}

export interface PlanProgress {
  operational: ObjectiveProgress[];
  strategic: ObjectiveProgress[];
  /** Every action of the plan. */
  overall: ObjectiveProgress;
}

/** A status history oldest first: by date, then in the order recorded. */
export function sortedHistory(history: readonly StatusChange[]): StatusChange[] {
  return history
    .map((change, index) => ({ change, index }))
    .sort((a, b) => (a.change.date ?? '').localeCompare(b.change.date ?? '') || a.index - b.index)
    .map(({ change }) => change);
}

export function followUpOf(followUp: Draft['followUp'], actionUid: string): ActionFollowUp | undefined {
  return followUp.actions.find((entry) => entry.action === actionUid);
}

/** The action's status now: its latest recorded change with a status, else step 6's. */
export function currentStatus(action: Action, followUp: Draft['followUp']): ActionStatus {
  const history = sortedHistory(followUpOf(followUp, action.uid)?.history ?? []);
  const latest = history.filter((change) => change.status !== null).at(-1);
  return latest?.status ?? action.status;
}

function progressOf(uid: string, name: string, statuses: readonly ActionStatus[]): ObjectiveProgress {
  const counts = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const status of statuses) counts[status] += 1;
  const counted = statuses.length - counts.stopped;
  return { uid, name, total: statuses.length, counts, share: counted > 0 ? counts.done / counted : null };
}

export function planProgress(draft: Draft): PlanProgress {
  const { actions, operationalObjectives } = draft.steps.action;
  const status = new Map(actions.map((action) => [action.uid, currentStatus(action, draft.followUp)]));
  const actionsOf = (objective: string) => actions.filter((action) => action.objectives.includes(objective));
  const operational = operationalObjectives.map((objective) =>
    progressOf(
      objective.uid,
      objective.name,
      actionsOf(objective.uid).map((action) => status.get(action.uid) ?? action.status),
    ),
  );
  const strategic = draft.steps['to-be'].objectives.map((objective) => {
    const serving = operationalObjectives.filter((operationalObjective) =>
      operationalObjective.strategicObjectives.includes(objective.uid),
    );
    const linked = new Set(serving.flatMap((operationalObjective) => actionsOf(operationalObjective.uid)));
    return progressOf(
      objective.uid,
      objective.name,
      [...linked].map((action) => status.get(action.uid) ?? action.status),
    );
  });
  return {
    operational,
    strategic,
    overall: progressOf('', '', [...status.values()]),
  };
}
