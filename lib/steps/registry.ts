import type { z } from 'zod/mini';
import type messages from '@/messages/nl.json';
import { actionComplete, actionStepSchema } from './action';
import { asIsComplete, asIsSchema } from './as-is';
import { measureComplete, measureSchema } from './measure';
import { resourcesComplete, resourcesSchema } from './resources';
import { rolesComplete, rolesSchema } from './roles';
import { toBeComplete, toBeSchema } from './to-be';
import { whyComplete, whySchema } from './why';

/**
 * The step registry owns order and identity. Routes, the task list, progress,
 * review and exports iterate `STEPS`; no step number is written anywhere else.
 *
 * - `id`: stable code stored in drafts and used in URLs (never translated).
 * - `schema`: what is stored (tolerant of a half-filled form).
 * - `complete`: the same schema plus what the step needs to count as completed.
 * - `messages`: the namespace of the step's UI strings in messages/*.json.
 */
type StepNamespace = `steps.${keyof (typeof messages)['steps'] & string}`;

const defineStep = <const Id extends string, S extends z.ZodMiniObject, const M extends StepNamespace>(step: {
  id: Id;
  schema: S;
  complete: z.ZodMiniType<z.output<S>, z.input<S>>;
  messages: M;
}) => step;

export const STEPS = [
  defineStep({ id: 'why', schema: whySchema, complete: whyComplete, messages: 'steps.why' }),
  defineStep({ id: 'as-is', schema: asIsSchema, complete: asIsComplete, messages: 'steps.asIs' }),
  defineStep({ id: 'roles', schema: rolesSchema, complete: rolesComplete, messages: 'steps.roles' }),
  defineStep({ id: 'to-be', schema: toBeSchema, complete: toBeComplete, messages: 'steps.toBe' }),
  defineStep({ id: 'resources', schema: resourcesSchema, complete: resourcesComplete, messages: 'steps.resources' }),
  defineStep({ id: 'action', schema: actionStepSchema, complete: actionComplete, messages: 'steps.action' }),
  defineStep({ id: 'measure', schema: measureSchema, complete: measureComplete, messages: 'steps.measure' }),
] as const;

export type StepDefinition = (typeof STEPS)[number];
export type StepId = StepDefinition['id'];
export type StepDataMap = { [S in StepDefinition as S['id']]: z.output<S['schema']> };

export const STEP_IDS = STEPS.map((step) => step.id) as readonly StepId[];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function getStep<Id extends StepId>(id: Id): Extract<StepDefinition, { id: Id }> {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown step: ${id}`);
  return step as Extract<StepDefinition, { id: Id }>;
}

/** 1-based position, for display only. */
export function stepNumber(id: StepId): number {
  return STEP_IDS.indexOf(id) + 1;
}

export function nextStep(id: StepId): StepId | null {
  return STEP_IDS[STEP_IDS.indexOf(id) + 1] ?? null;
}
