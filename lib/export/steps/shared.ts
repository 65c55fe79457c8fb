import { actorLabels } from '@/content/reference/roles';
import { stakeholderName } from '@/lib/stakeholders';
import type { StepContext } from '../cells';

/** Each stakeholder's display name in the document language, by uid. */
export function stakeholderNames(context: StepContext): Map<string, string> {
  const actors = actorLabels[context.locale];
  return new Map(context.steps.roles.stakeholders.map((s) => [s.uid, stakeholderName(s, actors)]));
}
