/**
 * The responsibility matrix (RACI) of step 3: per key task, who is
 * Responsible, Accountable, Consulted or Informed. A sound task has exactly one
 * Accountable and at least one Responsible.
 *
 * The role codes live here, not in lib/steps/roles.ts: the schema imports the
 * checks, so the checks must not import the schema (no cycle).
 */

export const RACI_ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

export type RaciProblem = 'no-accountable' | 'many-accountable' | 'no-responsible';

/** What the checks need of a task; tolerant of a half-filled form. */
export interface RaciTaskLike {
  uid?: string | undefined;
  /** Stakeholder uid → role. */
  assignments?: Readonly<Record<string, RaciRole | null | undefined>> | undefined;
}

export interface RaciCheck {
  /** The task's uid ('' when it has none). */
  uid: string;
  accountable: number;
  responsible: number;
  /** The checks this task fails; empty when it is sound. */
  problems: RaciProblem[];
}

/**
 * Checks every task, in order (one result per task). Assignments to
 * stakeholders that are not in `stakeholders` (deleted ones) do not count.
 */
export function raciProblems(
  tasks: readonly (RaciTaskLike | null | undefined)[],
  stakeholders: readonly ({ uid?: string | undefined } | null | undefined)[],
): RaciCheck[] {
  const known = new Set(stakeholders.map((stakeholder) => stakeholder?.uid).filter(Boolean));
  return tasks.map((task) => {
    const roles = Object.entries(task?.assignments ?? {})
      .filter(([stakeholder]) => known.has(stakeholder))
      .map(([, role]) => role);
    const accountable = roles.filter((role) => role === 'accountable').length;
    const responsible = roles.filter((role) => role === 'responsible').length;
    const problems: RaciProblem[] = [];
    if (accountable === 0) problems.push('no-accountable');
    if (accountable > 1) problems.push('many-accountable');
    if (responsible === 0) problems.push('no-responsible');
    return { uid: task?.uid ?? '', accountable, responsible, problems };
  });
}

type Assignments = Record<string, RaciRole>;

/**
 * The tasks without any role for `stakeholder`, and the roles removed (task uid
 * → role) so an undo can put them back. Tasks that had no role for it are
 * returned as the same objects.
 */
export function withoutStakeholder<T extends { uid: string; assignments?: Assignments | undefined }>(
  tasks: readonly T[],
  stakeholder: string,
): { tasks: T[]; removed: Record<string, RaciRole> } {
  const removed: Record<string, RaciRole> = {};
  const next = tasks.map((task) => {
    const role = task.assignments?.[stakeholder];
    if (!role) return task;
    removed[task.uid] = role;
    const { [stakeholder]: _dropped, ...rest } = task.assignments ?? {};
    return { ...task, assignments: rest };
  });
  return { tasks: next, removed };
}

/** Puts back roles removed by `withoutStakeholder`, on the tasks that still exist. */
export function withRolesRestored<T extends { uid: string; assignments?: Assignments | undefined }>(
  tasks: readonly T[],
  stakeholder: string,
  removed: Readonly<Record<string, RaciRole>>,
): T[] {
  return tasks.map((task) => {
    const role = removed[task.uid];
    return role ? { ...task, assignments: { ...task.assignments, [stakeholder]: role } } : task;
  });
}
