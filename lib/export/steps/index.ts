import type { StepId } from '@/lib/steps/registry';
import type { Builder } from '../cells';
import { action } from './action';
import { asIs } from './as-is';
import { measure } from './measure';
import { resources } from './resources';
import { roles } from './roles';
import { toBe } from './to-be';
import { why } from './why';

/** Part 1 of the document is the policy, part 2 the action plan; part 3, the follow-up, is not a step's. */
export type PartId = 'policy' | 'action-plan' | 'follow-up';
export const PARTS: readonly PartId[] = ['policy', 'action-plan'];

/** What the document side knows about a step: how its section is built and which part holds it. */
export interface StepDocument {
  build: Builder;
  part: PartId;
}

/**
 * One record per registry step (the compiler checks none is missing). The registry itself stays
 * free of labels and layout, so the first page load does not carry them; order comes from it.
 */
export const STEP_DOCUMENTS: Record<StepId, StepDocument> = {
  why: { build: why, part: 'policy' },
  'as-is': { build: asIs, part: 'policy' },
  roles: { build: roles, part: 'policy' },
  'to-be': { build: toBe, part: 'policy' },
  resources: { build: resources, part: 'policy' },
  action: { build: action, part: 'action-plan' },
  measure: { build: measure, part: 'action-plan' },
};
