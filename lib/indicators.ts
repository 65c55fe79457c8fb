import type { DraftSteps } from '@/lib/draft/envelope';
import { indicatorSchema, type Frequency, type Indicator, type IndicatorCatalogueCode } from '@/lib/steps/measure';
import { stakeholderName } from '@/lib/stakeholders';
import type { Actor } from '@/lib/steps/roles';
import type { Level } from '@/lib/steps/shared';

/**
 * Indicators of step 7: the catalogue with sensible suggestions, and the
 * entities of other steps an indicator can point at. Pure: labels come in as
 * parameters (content/reference/measure.ts), so the PDF export can use the same.
 */

/** Never report on a group smaller than this, so nobody can be recognised (shown to the user). */
export const MIN_GROUP_SIZE = 10;

export type CatalogueCode = Exclude<IndicatorCatalogueCode, 'custom'>;

/** The catalogue as the picker groups it. */
export const CATALOGUE_GROUPS = [
  {
    group: 'absence',
    codes: ['absence-percentage', 'absence-frequency', 'absence-duration', 'long-term-absence', 'return-to-work'],
  },
  { group: 'survey', codes: ['staff-survey-wellbeing', 'staff-survey-engagement', 'workable-work'] },
  { group: 'hr-data', codes: ['psychosocial-requests', 'turnover'] },
  { group: 'actions', codes: ['action-participation', 'action-satisfaction'] },
  { group: 'qualitative', codes: ['focus-groups', 'interviews'] },
] as const satisfies readonly { group: string; codes: readonly CatalogueCode[] }[];

export type CatalogueGroup = (typeof CATALOGUE_GROUPS)[number]['group'];

/**
 * What a catalogue indicator usually looks like: absence per department
 * (team level, never per person), surveys every two years, participation
 * counted per person but reported only in aggregate (individual level).
 */
export const CATALOGUE_SUGGESTIONS: Record<CatalogueCode, { level: Level; frequency: Frequency }> = {
  'absence-percentage': { level: 'team', frequency: 'quarterly' },
  'absence-frequency': { level: 'team', frequency: 'quarterly' },
  'absence-duration': { level: 'team', frequency: 'quarterly' },
  'long-term-absence': { level: 'organisation', frequency: 'quarterly' },
  'return-to-work': { level: 'organisation', frequency: 'yearly' },
  'staff-survey-wellbeing': { level: 'team', frequency: 'two-yearly' },
  'staff-survey-engagement': { level: 'team', frequency: 'two-yearly' },
  'workable-work': { level: 'organisation', frequency: 'two-yearly' },
  'psychosocial-requests': { level: 'organisation', frequency: 'yearly' },
  turnover: { level: 'organisation', frequency: 'yearly' },
  'action-participation': { level: 'individual', frequency: 'quarterly' },
  'action-satisfaction': { level: 'individual', frequency: 'quarterly' },
  'focus-groups': { level: 'team', frequency: 'yearly' },
  interviews: { level: 'individual', frequency: 'yearly' },
};

export function isCatalogueCode(value: unknown): value is CatalogueCode {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE_SUGGESTIONS, value);
}

/** The catalogue's texts in one language: name and definition (label, hint) and a usual source. */
export interface CatalogueLabels {
  names: Record<IndicatorCatalogueCode, { label: string; hint?: string }>;
  sources: Record<CatalogueCode, string>;
}

/**
 * A new indicator from the catalogue, prefilled in the current language with
 * the catalogue's name, definition and usual source, and a suggested level
 * and frequency. Never a target: the user sets one or compares with a benchmark.
 */
export function indicatorFromCatalogue(code: CatalogueCode, labels: CatalogueLabels, uid: string): Indicator {
  const { level, frequency } = CATALOGUE_SUGGESTIONS[code];
  return {
    ...emptyIndicator(uid),
    catalogue: code,
    name: labels.names[code].label,
    definition: labels.names[code].hint ?? '',
    level,
    source: labels.sources[code],
    frequency,
  };
}

/** The user's own indicator, empty. */
export function emptyIndicator(uid: string): Indicator {
  return indicatorSchema.parse({ uid, catalogue: 'custom' });
}

/** Something an indicator can link to, named for a checkbox or an option. */
export interface LinkOption {
  uid: string;
  name: string;
}

export interface LinkTargets {
  /** Step 3 stakeholders (owners). */
  stakeholders: LinkOption[];
  /** Step 4 strategic objectives. */
  strategic: LinkOption[];
  /** Step 6 operational objectives. */
  operational: LinkOption[];
  /** Step 6 actions. */
  actions: LinkOption[];
}

const named = (name: string, untitled: string) => name.trim() || untitled;

/** The entities of steps 3, 4 and 6 an indicator can link to, by uid and name. */
export function linkTargets(
  steps: Pick<DraftSteps, 'roles' | 'to-be' | 'action'>,
  labels: { actors: Record<Actor, { label: string }>; untitled: string },
): LinkTargets {
  return {
    stakeholders: steps.roles.stakeholders.map((item) => ({
      uid: item.uid,
      name: named(stakeholderName(item, labels.actors), labels.untitled),
    })),
    strategic: steps['to-be'].objectives.map((item) => ({ uid: item.uid, name: named(item.name, labels.untitled) })),
    operational: steps.action.operationalObjectives.map((item) => ({
      uid: item.uid,
      name: named(item.name, labels.untitled),
    })),
    actions: steps.action.actions.map((item) => ({ uid: item.uid, name: named(item.title, labels.untitled) })),
  };
}

/**
 * The indicators with every link to an entity that no longer exists removed
 * (an owner, objective or action deleted in another step): such a link counts
 * as not linked. Unchanged indicators are returned as the same objects.
 */
export function withoutStaleLinks<T extends Pick<Indicator, 'owner' | 'objectives' | 'actions'>>(
  indicators: readonly T[],
  targets: LinkTargets,
): T[] {
  const owners = new Set(targets.stakeholders.map((item) => item.uid));
  const objectives = new Set([...targets.strategic, ...targets.operational].map((item) => item.uid));
  const actions = new Set(targets.actions.map((item) => item.uid));
  return indicators.map((indicator) => {
    const owner = indicator.owner != null && owners.has(indicator.owner) ? indicator.owner : null;
    const keptObjectives = indicator.objectives.filter((uid) => objectives.has(uid));
    const keptActions = indicator.actions.filter((uid) => actions.has(uid));
    const same =
      owner === indicator.owner &&
      keptObjectives.length === indicator.objectives.length &&
      keptActions.length === indicator.actions.length;
    return same ? indicator : { ...indicator, owner, objectives: keptObjectives, actions: keptActions };
  });
}
