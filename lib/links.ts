import type { DraftSteps } from '@/lib/draft/envelope';
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
