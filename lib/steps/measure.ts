import { z } from 'zod/mini';
import { choice, completeEvenWhenInvalid, filled, isoDate, list, longText, ref, refs, shortText, uid } from './fields';
import { LEVELS } from './shared';

/** Step 7 — Measure: indicators and the PDCA calendar. */

/** Catalogue of common indicators; `custom` is the user's own. Definitions live in content/reference. */
export const INDICATOR_CATALOGUE = [
  'absence-percentage',
  'absence-frequency',
  'absence-duration',
  'long-term-absence',
  'return-to-work',
  'staff-survey-wellbeing',
  'staff-survey-engagement',
  'workable-work',
  'psychosocial-requests',
  'turnover',
  'action-participation',
  'action-satisfaction',
  'focus-groups',
  'interviews',
  'custom',
] as const;

export const FREQUENCIES = [
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'two-yearly',
  'five-yearly',
  'once',
] as const;

/** PDCA phases a review moment belongs to. */
export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/** Moments the law sets (Wellbeing Act and Code): see lib/pdca.ts for their rhythm. */
/** Appended only: a stored draft keeps its codes valid (`psychosocial-evaluation` was added after the first three). */
export const LEGAL_MOMENTS = [
  'risk-analysis',
  'prevention-plan',
  'annual-action-plan',
  'psychosocial-evaluation',
] as const;
export type LegalMoment = (typeof LEGAL_MOMENTS)[number];

export type IndicatorCatalogueCode = (typeof INDICATOR_CATALOGUE)[number];
export type Frequency = (typeof FREQUENCIES)[number];

export const MAX_INDICATORS = 100;
export const MAX_REVIEWS = 60;

export const indicatorSchema = z.object({
  uid: uid(),
  catalogue: choice(INDICATOR_CATALOGUE),
  name: shortText(),
  definition: longText(),
  /** `individual` means individual data reported only in aggregate. */
  level: choice(LEVELS),
  source: shortText(),
  frequency: choice(FREQUENCIES),
  /** As the user writes it: "6,8 % (2025)", "3,4 / 5". */
  baseline: shortText(),
  /** Optional: never defaulted. */
  target: shortText(),
  /** A step 3 stakeholder. */
  owner: ref(),
  /** Step 4 strategic or step 6 operational objectives it measures. */
  objectives: refs(),
  /** Step 6 actions it measures. */
  actions: refs(),
});
export type Indicator = z.output<typeof indicatorSchema>;

export const reviewSchema = z.object({
  uid: uid(),
  date: isoDate(),
  phase: choice(PDCA_PHASES),
  title: shortText(),
  participants: shortText(),
  /** Set when the moment was added from the legal cycle; null for the user's own moments. */
  legal: choice(LEGAL_MOMENTS),
});
export type ReviewMoment = z.output<typeof reviewSchema>;

export const measureSchema = z.object({
  indicators: list(indicatorSchema, MAX_INDICATORS),
  reviews: list(reviewSchema, MAX_REVIEWS),
  notes: longText(),
});

export type MeasureData = z.output<typeof measureSchema>;

export const measureComplete = measureSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const indicators = Array.isArray(data.indicators) ? data.indicators : [];
    need(indicators.length > 0, ['indicators'], 'steps.measure.errors.indicatorsRequired');
    indicators.forEach((item, index) => {
      need(filled(item?.name), ['indicators', index, 'name'], 'steps.measure.errors.nameRequired');
      need(item?.level != null, ['indicators', index, 'level'], 'steps.measure.errors.levelRequired');
      need(item?.frequency != null, ['indicators', index, 'frequency'], 'steps.measure.errors.frequencyRequired');
    });
    const reviews = Array.isArray(data.reviews) ? data.reviews : [];
    need(reviews.length > 0, ['reviews'], 'steps.measure.errors.reviewsRequired');
    reviews.forEach((item, index) => {
      need(item?.date != null, ['reviews', index, 'date'], 'steps.measure.errors.reviewDateRequired');
      need(filled(item?.title), ['reviews', index, 'title'], 'steps.measure.errors.reviewTitleRequired');
    });
  }, completeEvenWhenInvalid),
);
