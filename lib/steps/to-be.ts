import { z } from 'zod/mini';
import { choices, completeEvenWhenInvalid, filled, flag, list, longText, shortText, uid } from './fields';
import { LEVERS, type Lever } from './shared';

/** Step 4 — To-be: results, strategic objectives, slogan, mirror document. */

export const MAX_OBJECTIVES = 30;
/** A slogan works best short; longer ones are allowed but flagged in the form. */
export const SLOGAN_GUIDE_LENGTH = 60;

/** The slogan's length in characters as a reader counts them (emoji and accents count once). */
export function sloganLength(slogan: string): number {
  return Array.from(slogan.normalize('NFC')).length;
}

/** True when the slogan is longer than the guide: allowed, but the form says so. */
export const sloganOverGuide = (slogan: string): boolean => sloganLength(slogan) > SLOGAN_GUIDE_LENGTH;

export const strategicObjectiveSchema = z.object({
  uid: uid(),
  name: shortText(),
  description: longText(),
  levers: choices(LEVERS),
});
export type StrategicObjective = z.output<typeof strategicObjectiveSchema>;

/** One lever's row of the mirror document. "Today" is prefilled from step 2 and editable. */
const mirrorRow = z.object({
  today: longText(),
  tomorrow: longText(),
  /** The user deliberately leaves this lever out of the policy for now. */
  leftOut: flag(),
  leftOutReason: longText(),
});

export const toBeSchema = z.object({
  results: longText(),
  objectives: list(strategicObjectiveSchema, MAX_OBJECTIVES),
  slogan: shortText(),
  mirror: z.prefault(
    z.object(
      Object.fromEntries(LEVERS.map((lever) => [lever, z.prefault(mirrorRow, {})])) as Record<
        Lever,
        z.ZodMiniPrefault<typeof mirrorRow>
      >,
    ),
    {},
  ),
  notes: longText(),
});

export type ToBeData = z.output<typeof toBeSchema>;

export const toBeComplete = toBeSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    need(filled(data.results), ['results'], 'steps.toBe.errors.resultsRequired');
    const objectives = Array.isArray(data.objectives) ? data.objectives : [];
    need(objectives.length > 0, ['objectives'], 'steps.toBe.errors.objectivesRequired');
    objectives.forEach((item, index) => {
      need(filled(item?.name), ['objectives', index, 'name'], 'steps.toBe.errors.objectiveNameRequired');
      need(
        (item?.levers?.length ?? 0) > 0,
        ['objectives', index, 'levers'],
        'steps.toBe.errors.objectiveLeversRequired',
      );
    });
    need(filled(data.slogan), ['slogan'], 'steps.toBe.errors.sloganRequired');
    for (const lever of LEVERS) {
      const row = data.mirror?.[lever];
      need(
        filled(row?.tomorrow) || row?.leftOut === true,
        ['mirror', lever, 'tomorrow'],
        `steps.toBe.errors.mirrorRequired.${lever}`,
      );
      need(
        row?.leftOut !== true || filled(row?.leftOutReason),
        ['mirror', lever, 'leftOutReason'],
        `steps.toBe.errors.leftOutReasonRequired.${lever}`,
      );
    }
  }, completeEvenWhenInvalid),
);
