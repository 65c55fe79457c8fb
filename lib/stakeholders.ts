import type { CodeLabels } from '@/content/types';
import { ENGAGEMENT, type Actor, type Engagement, type GridLevel } from '@/lib/steps/roles';

/**
 * Stakeholders of step 3: how to engage them (their place on the power–interest
 * grid) and how to name them. Used by the step form, the owner pickers of steps
 * 6 and 7 and the exported plan.
 */

/**
 * The engagement strategy for a place on the power–interest grid, or null
 * while influence or interest is not answered.
 */
export function engagementOf(
  influence: GridLevel | null | undefined,
  interest: GridLevel | null | undefined,
): Engagement | null {
  if (!influence || !interest) return null;
  if (influence === 'high') return interest === 'high' ? 'manage-closely' : 'keep-satisfied';
  return interest === 'high' ? 'keep-informed' : 'monitor';
}

/** What naming needs of a stakeholder; tolerant of a half-filled form. */
export interface NamedStakeholder {
  actor?: Actor | null | undefined;
  customName?: string | undefined;
  who?: string | undefined;
}

/**
 * A stakeholder's name in the UI language: the custom name for `other` (the
 * label "Other actor" while it is empty), else the catalogue label; followed by
 * who it is concretely, e.g. "HR (businesspartner en specialisten) — Sofie Claes".
 * Empty when nothing is filled in yet.
 */
export function stakeholderName(stakeholder: NamedStakeholder, actorLabels: CodeLabels<Actor>): string {
  const { actor } = stakeholder;
  const base =
    actor === 'other'
      ? stakeholder.customName?.trim() || actorLabels.other.label
      : actor
        ? actorLabels[actor].label
        : '';
  const who = stakeholder.who?.trim() ?? '';
  return base && who ? `${base} — ${who}` : base || who;
}

/**
 * The names the power–interest grid shows, in the list's order: the actor
 * alone ("Vakbonden"), so the grid stays readable at a glance, but the full
 * name for stakeholders that share an actor, so none can be mistaken for another.
 */
export function gridNames(stakeholders: readonly NamedStakeholder[], actorLabels: CodeLabels<Actor>): string[] {
  const shorts = stakeholders.map((stakeholder) => stakeholderName({ ...stakeholder, who: '' }, actorLabels));
  const uses = new Map<string, number>();
  for (const short of shorts) uses.set(short, (uses.get(short) ?? 0) + 1);
  return stakeholders.map((stakeholder, index) => {
    const short = shorts[index] ?? '';
    return short !== '' && uses.get(short) === 1 ? short : stakeholderName(stakeholder, actorLabels);
  });
}

/** What placing needs of a stakeholder. */
export interface PlacedStakeholder {
  influence?: GridLevel | null | undefined;
  interest?: GridLevel | null | undefined;
}

/**
 * Stakeholders by quadrant of the power–interest grid, in list order; those
 * without influence or interest yet are `unplaced`.
 */
export function placeOnGrid<T extends PlacedStakeholder>(
  stakeholders: readonly T[],
): { quadrants: Record<Engagement, T[]>; unplaced: T[] } {
  const quadrants = Object.fromEntries(ENGAGEMENT.map((engagement) => [engagement, [] as T[]])) as Record<
    Engagement,
    T[]
  >;
  const unplaced: T[] = [];
  for (const stakeholder of stakeholders) {
    const engagement = engagementOf(stakeholder.influence, stakeholder.interest);
    (engagement ? quadrants[engagement] : unplaced).push(stakeholder);
  }
  return { quadrants, unplaced };
}
