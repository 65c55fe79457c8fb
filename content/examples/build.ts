import type { z } from 'zod/mini';
import type { Locale } from '@/i18n/routing';
import { draftSchema, SCHEMA_VERSION, type Draft } from '@/lib/draft/envelope';
import { newUid } from '@/lib/steps/fields';

/** The steps of a draft as written (defaults filled in by the schema). */
export type ExampleSteps = z.input<typeof draftSchema>['steps'];
/** One step of an example, as written. */
export type ExampleStep<Id extends keyof NonNullable<ExampleSteps>> = NonNullable<NonNullable<ExampleSteps>[Id]>;

/**
 * Readable keys → fresh uids: the same key gives the same uid within one
 * example, so links stay consistent, and every call of an example gets new ones.
 */
export function uidMap(): (key: string) => string {
  const map = new Map<string, string>();
  return (key) => {
    let value = map.get(key);
    if (!value) {
      value = newUid();
      map.set(key, value);
    }
    return value;
  };
}

export function exampleDraft(
  input: { locale: Locale; name: string; organisation: string; steps: ExampleSteps },
  now: Date = new Date(),
): Draft {
  const timestamp = now.toISOString();
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid: newUid(),
    name: input.name,
    organisation: input.organisation,
    locale: input.locale,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
    steps: input.steps,
  });
}
