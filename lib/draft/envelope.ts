import { z } from 'zod/mini';
import { locales } from '@/i18n/routing';
import { followUpSchema } from '@/lib/followUp/schema';
import { LIMITS, TYPED_CAP_FACTOR } from '@/lib/steps/fields';
import { STEP_IDS, STEPS, type StepDataMap, type StepId } from '@/lib/steps/registry';

/** The version of the draft format this build writes. Bump it with a migration. */
export const SCHEMA_VERSION = 7;

export const DRAFT_NAME_MAX = 120;
export const ORGANISATION_MAX = 200;

type StepsShape = { [S in (typeof STEPS)[number] as S['id']]: z.ZodMiniPrefault<S['schema']> };

const stepsShape = Object.fromEntries(
  STEPS.map((step): [string, z.ZodMiniType] => [step.id, z.prefault(step.schema as z.ZodMiniObject, {})]),
) as StepsShape;

export const stepsSchema = z.prefault(z.object(stepsShape), {});

/** The longest text kept as typed: ten times the longest field limit (lib/steps/fields.ts). */
export const TYPED_MAX = LIMITS.long * TYPED_CAP_FACTOR;

/**
 * What the user typed that the step's schema does not accept yet (a text over
 * its limit, a word in a number field), per step and form path
 * ("profile.staffCount"), kept exactly as typed until it is valid. The step's
 * value beside it stays the last valid one; the form shows the typed text.
 */
export const typedSchema = z._default(
  z.partialRecord(
    z.enum(STEP_IDS as [StepId, ...StepId[]]),
    z.record(z.string().check(z.maxLength(300)), z.string().check(z.maxLength(TYPED_MAX))),
  ),
  {},
);

/**
 * The draft envelope: everything about one policy draft, as stored in
 * IndexedDB and written to files. Read it only through `parseDraft`.
 */
export const draftSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  uid: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'draft.errors.nameRequired' }),
      z.maxLength(DRAFT_NAME_MAX, { error: 'validation.tooLong' }),
    ),
  organisation: z.string().check(z.trim(), z.maxLength(ORGANISATION_MAX, { error: 'validation.tooLong' })),
  locale: z.enum(locales),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Increases by one with every save; lets a tab notice another tab's save. */
  revision: z.int().check(z.gte(0)),
  steps: stepsSchema,
  typed: typedSchema,
  /** What happened after planning: measurements, action status, the yearly evaluation (lib/followUp/). */
  followUp: z.prefault(followUpSchema, {}),
});

export type Draft = z.output<typeof draftSchema>;
export type DraftSteps = Draft['steps'];

// Compile-time check: the envelope's steps match the registry.
const _stepsMatchRegistry: DraftSteps extends StepDataMap ? true : never = true;
void _stepsMatchRegistry;

/** Fields the user gives when creating a draft. */
export const newDraftSchema = z.pick(draftSchema, { name: true, organisation: true });
export type NewDraftInput = z.input<typeof newDraftSchema>;

export function createDraft(
  input: NewDraftInput & { locale: Draft['locale'] },
  now: Date = new Date(),
  uid: string = crypto.randomUUID(),
): Draft {
  const timestamp = now.toISOString();
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid,
    name: input.name,
    organisation: input.organisation,
    locale: input.locale,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
    steps: {},
  });
}
