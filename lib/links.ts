import type { DraftSteps } from '@/lib/draft/envelope';
import type { FollowUp } from '@/lib/followUp/schema';
import type { StepId } from '@/lib/steps/registry';

/**
 * Links between steps are `uid` references (objective ↔ action ↔ indicator ↔
 * owner ↔ budget line). Renames never break them; deletions must decide what
 * happens to them. This module knows every place a reference can live, finds
 * the entities that point at a uid, and removes such references.
 */

/** Where references live: step → list → field, and whether the field holds one uid or many. */
export const LINK_FIELDS = [
  { step: 'action', list: 'operationalObjectives', field: 'strategicObjectives', many: true },
  { step: 'action', list: 'actions', field: 'objectives', many: true },
  { step: 'action', list: 'actions', field: 'owner', many: false },
  { step: 'action', list: 'actions', field: 'budgetLine', many: false },
  { step: 'action', list: 'communication', field: 'owner', many: false },
  { step: 'measure', list: 'indicators', field: 'owner', many: false },
  { step: 'measure', list: 'indicators', field: 'objectives', many: true },
  { step: 'measure', list: 'indicators', field: 'actions', many: true },
] as const satisfies readonly { step: StepId; list: string; field: string; many: boolean }[];

export type LinkField = (typeof LINK_FIELDS)[number];

export interface Reference {
  step: LinkField['step'];
  list: LinkField['list'];
  field: LinkField['field'];
  /** The referring entity. */
  uid: string;
  /** The referring entity's own words (title or name), for telling the user. */
  text: string;
}

type Entity = Record<string, unknown> & { uid: string };

function entitiesOf(steps: DraftSteps, link: LinkField): Entity[] {
  const stepData = steps[link.step] as unknown as Record<string, unknown>;
  const list = stepData[link.list];
  return Array.isArray(list) ? (list as Entity[]) : [];
}

function pointsAt(entity: Entity, link: LinkField, target: string): boolean {
  const value = entity[link.field];
  return link.many ? Array.isArray(value) && value.includes(target) : value === target;
}

function textOf(entity: Entity): string {
  for (const key of ['title', 'name', 'audience']) {
    const value = entity[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** Every entity, in any step, that refers to `target`. */
export function referencesTo(steps: DraftSteps, target: string): Reference[] {
  const found: Reference[] = [];
  for (const link of LINK_FIELDS) {
    for (const entity of entitiesOf(steps, link)) {
      if (pointsAt(entity, link, target)) {
        found.push({ step: link.step, list: link.list, field: link.field, uid: entity.uid, text: textOf(entity) });
      }
    }
  }
  return found;
}

/**
 * The steps with every reference to `targets` removed: single links become
 * null, lists lose the uid. Steps without such references are returned as the
 * same objects, so callers can tell which steps changed.
 */
export function withoutReferencesTo(steps: DraftSteps, targets: readonly string[]): DraftSteps {
  const drop = new Set(targets);
  let next = steps;
  for (const link of LINK_FIELDS) {
    const entities = entitiesOf(next, link);
    if (!entities.some((entity) => [...drop].some((target) => pointsAt(entity, link, target)))) continue;
    const updated = entities.map((entity) => {
      const value = entity[link.field];
      if (link.many) {
        return Array.isArray(value) && value.some((item) => drop.has(item as string))
          ? { ...entity, [link.field]: value.filter((item) => !drop.has(item as string)) }
          : entity;
      }
      return typeof value === 'string' && drop.has(value) ? { ...entity, [link.field]: null } : entity;
    });
    next = { ...next, [link.step]: { ...next[link.step], [link.list]: updated } };
  }
  return next;
}

/**
 * The follow-up (lib/followUp/) also points at step 7's indicators and step 6's actions. Unlike the steps'
 * links, `withoutReferencesTo` never clears these: what was measured or how an action went stays recorded when
 * its indicator or action is deleted (the follow-up page lists it under "no longer in the plan" until the user
 * removes it), so a deletion asks first and says what is kept.
 */
export const FOLLOW_UP_LINKS = [
  { list: 'measurements', field: 'indicator' },
  { list: 'benchmarks', field: 'indicator' },
  { list: 'findings', field: 'indicator' },
  { list: 'actions', field: 'action' },
] as const satisfies readonly { list: keyof FollowUp; field: string }[];

export type FollowUpReferences = Record<(typeof FOLLOW_UP_LINKS)[number]['list'], number>;

/** How many follow-up records point at `target`, per list (all zero when none). */
export function followUpReferencesTo(followUp: FollowUp, target: string): FollowUpReferences {
  const counts: FollowUpReferences = { measurements: 0, benchmarks: 0, findings: 0, actions: 0 };
  for (const link of FOLLOW_UP_LINKS) {
    const entries = followUp[link.list] as readonly Record<string, unknown>[];
    counts[link.list] = entries.filter((entry) => entry[link.field] === target).length;
  }
  return counts;
}

/** Whether anything in the follow-up points at `target`. */
export function hasFollowUp(followUp: FollowUp, target: string): boolean {
  return Object.values(followUpReferencesTo(followUp, target)).some((count) => count > 0);
}
