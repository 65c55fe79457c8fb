import { z } from 'zod/mini';
import {
  choice,
  choices,
  completeEvenWhenInvalid,
  filled,
  list,
  longText,
  shortText,
  uid,
  wholeNumber,
} from './fields';

/** Step 1 — Why. Codes only; labels live in content/reference. */

export const ORGANISATION_TYPES = [
  'flemish-government',
  'local-government',
  'brussels-regional',
  'federal-government',
  'other-public',
  'private-company',
  'non-profit',
  'other',
] as const;

export const SECTORS = [
  'public-administration',
  'education',
  'health-care',
  'welfare',
  'industry',
  'business-services',
  'retail-hospitality',
  'transport-logistics',
  'construction',
  'ict',
  'finance',
  'culture',
  'other',
] as const;

export const DRIVERS = [
  'legal-duty',
  'absence',
  'burnout',
  'retention',
  'attraction',
  'engagement',
  'change',
  'survey-findings',
  'workable-work',
  'diversity',
] as const;

/** The five levers of wellbeing, in the order the brief lists them. */
export const LEVERS = [
  'employability',
  'leadership',
  'meaningful-work',
  'work-life-balance',
  'new-ways-of-working',
] as const;
export type Lever = (typeof LEVERS)[number];

export const RELEVANCE = ['high', 'medium', 'low', 'not-now'] as const;

export const MAX_STAFF = 1_000_000;
export const MAX_VALUES = 20;

const leverAssessment = z.object({
  relevance: choice(RELEVANCE),
  note: longText(),
});

const valueEntry = z.object({
  uid: uid(),
  name: shortText(),
  meaning: longText(),
});

export const whySchema = z.object({
  profile: z.prefault(
    z.object({
      name: shortText(),
      type: choice(ORGANISATION_TYPES),
      sector: choice(SECTORS),
      staffCount: wholeNumber(1, MAX_STAFF, {
        number: 'steps.why.errors.staffCountNumber',
        range: 'steps.why.errors.staffCountRange',
      }),
    }),
    {},
  ),
  mission: longText(),
  vision: longText(),
  values: list(valueEntry, MAX_VALUES),
  drivers: choices(DRIVERS),
  driversOther: longText(),
  whyHere: longText(),
  levers: z.prefault(
    z.object(
      Object.fromEntries(LEVERS.map((lever) => [lever, z.prefault(leverAssessment, {})])) as Record<
        Lever,
        z.ZodMiniPrefault<typeof leverAssessment>
      >,
    ),
    {},
  ),
  notes: longText(),
});

export type WhyData = z.output<typeof whySchema>;

/** What step 1 needs before it counts as completed. Messages say what to do. */
export const whyComplete = whySchema.check(
  z.superRefine((data, ctx) => {
    // Runs even when a field failed its own check, so the user sees every problem at once.
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const profile = data.profile ?? {};
    need(filled(profile.name), ['profile', 'name'], 'steps.why.errors.nameRequired');
    need(profile.type != null, ['profile', 'type'], 'steps.why.errors.typeRequired');
    need(profile.sector != null, ['profile', 'sector'], 'steps.why.errors.sectorRequired');
    need(profile.staffCount != null, ['profile', 'staffCount'], 'steps.why.errors.staffCountRequired');
    need(filled(data.mission), ['mission'], 'steps.why.errors.missionRequired');
    (Array.isArray(data.values) ? data.values : []).forEach((value, index) =>
      need(filled(value?.name), ['values', index, 'name'], 'steps.why.errors.valueNameRequired'),
    );
    need(
      (Array.isArray(data.drivers) && data.drivers.length > 0) || filled(data.driversOther),
      ['drivers'],
      'steps.why.errors.driversRequired',
    );
    need(filled(data.whyHere), ['whyHere'], 'steps.why.errors.whyHereRequired');
    for (const lever of LEVERS) {
      need(
        data.levers?.[lever]?.relevance != null,
        ['levers', lever, 'relevance'],
        `steps.why.errors.leverRequired.${lever}`,
      );
    }
  }, completeEvenWhenInvalid),
);
