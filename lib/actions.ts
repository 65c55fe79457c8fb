import { plannedSpan } from './timeline';
import type { Action, ActionData, ACTION_STATUSES } from './steps/action';
import type { Lever } from './steps/shared';

/**
 * Viewing the action plan: filters and sort orders that change what the form
 * shows, never the stored order. Pure and on codes only: labels are the
 * caller's. Also keeps links to other entities sound.
 */

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionFilter {
  status: ActionStatus | null;
  lever: Lever | null;
  /** A step 3 stakeholder uid. */
  owner: string | null;
  /** An operational objective uid. */
  objective: string | null;
}

export const NO_FILTER: ActionFilter = { status: null, lever: null, owner: null, objective: null };

export const ACTION_SORTS = ['manual', 'start', 'title'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

export function isFiltering(filter: ActionFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

/** What filtering reads; form values (not yet parsed) fit too. */
type Filterable = {
  status?: Action['status'] | undefined;
  lever?: Action['lever'] | undefined;
  owner?: Action['owner'] | undefined;
  objectives?: Action['objectives'] | undefined;
};

/** The actions that match every set criterion, in the order given. */
export function filterActions<T extends Filterable>(actions: readonly T[], filter: ActionFilter): T[] {
  return actions.filter(
    (action) =>
      (filter.status === null || (action.status ?? 'planned') === filter.status) &&
      (filter.lever === null || action.lever === filter.lever) &&
      (filter.owner === null || action.owner === filter.owner) &&
      (filter.objective === null || (Array.isArray(action.objectives) && action.objectives.includes(filter.objective))),
  );
}

type Sortable = { title?: string | undefined; start?: string | null | undefined; end?: string | null | undefined };

/**
 * A new array in the chosen order; ties keep the order given (the manual order).
 * By start: earliest first, actions without usable dates last. By title: in the
 * language's alphabetical order, untitled last.
 */
export function sortActions<T extends Sortable>(actions: readonly T[], sort: ActionSort, locale = 'nl'): T[] {
  const indexed = actions.map((action, index) => ({ action, index }));
  if (sort === 'start') {
    const keyOf = (action: T) => plannedSpan(action);
    indexed.sort((a, b) => {
      const left = keyOf(a.action);
      const right = keyOf(b.action);
      if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1) || a.index - b.index;
      return left.start.localeCompare(right.start) || left.end.localeCompare(right.end) || a.index - b.index;
    });
  } else if (sort === 'title') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const titleOf = (action: T) => (typeof action.title === 'string' ? action.title.trim() : '');
    indexed.sort((a, b) => {
      const left = titleOf(a.action);
      const right = titleOf(b.action);
      if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1) || a.index - b.index;
      return collator.compare(left, right) || a.index - b.index;
    });
  }
  return indexed.map(({ action }) => action);
}

/** The uids an entity list holds (for checking links). */
export function uidsOf(list: readonly { uid: string }[] | undefined): Set<string> {
  return new Set((list ?? []).map((item) => item.uid));
}

/** Entities of other steps that links in this step may point at. */
export interface LinkTargets {
  stakeholders: ReadonlySet<string>;
  strategicObjectives: ReadonlySet<string>;
  budgetLines: ReadonlySet<string>;
}

const keep = (value: string | null, known: ReadonlySet<string>) => (value !== null && known.has(value) ? value : null);
const keepAll = (values: string[], known: ReadonlySet<string>) =>
  values.every((value) => known.has(value)) ? values : values.filter((value) => known.has(value));

/**
 * The step's data without links to entities that no longer exist (deleted in
 * another step, or an operational objective removed): such a link reads as
 * "not linked". Unchanged entries stay the same objects.
 */
export function withoutDanglingLinks(data: ActionData, targets: LinkTargets): ActionData {
  const objectives = uidsOf(data.operationalObjectives);
  const sameOr = <T extends object>(item: T, next: T) =>
    Object.keys(next).every((key) => next[key as keyof T] === item[key as keyof T]) ? item : next;
  return {
    ...data,
    operationalObjectives: data.operationalObjectives.map((item) =>
      sameOr(item, { ...item, strategicObjectives: keepAll(item.strategicObjectives, targets.strategicObjectives) }),
    ),
    actions: data.actions.map((item) =>
      sameOr(item, {
        ...item,
        objectives: keepAll(item.objectives, objectives),
        owner: keep(item.owner, targets.stakeholders),
        budgetLine: keep(item.budgetLine, targets.budgetLines),
      }),
    ),
    communication: data.communication.map((item) =>
      sameOr(item, { ...item, owner: keep(item.owner, targets.stakeholders) }),
    ),
  };
}

/**
 * For the actions that serve any of `removed` objectives: their position and
 * the objectives they keep. Apply it to the form when objectives are deleted.
 */
export function objectiveUnlinks(
  actions: readonly { uid: string; objectives?: string[] | undefined }[],
  removed: readonly string[],
): { uid: string; index: number; before: string[]; after: string[] }[] {
  const drop = new Set(removed);
  return actions.flatMap((action, index) => {
    const before = Array.isArray(action.objectives) ? action.objectives : [];
    return before.some((uid) => drop.has(uid))
      ? [{ uid: action.uid, index, before, after: before.filter((uid) => !drop.has(uid)) }]
      : [];
  });
}
