import { z } from 'zod/mini';
import {
  choice,
  choices,
  completeEvenWhenInvalid,
  decimal,
  filled,
  isoDate,
  list,
  longText,
  score,
  shortText,
  uid,
  wholeNumber,
} from './fields';
import { LEVELS, LEVERS } from './shared';

/** Step 2 — As-is: what already happens, current figures, demands and resources (JD-R). */

/** Job demands named by the JD-R model in the brief. */
export const JOB_DEMANDS = [
  'deadlines',
  'workload',
  'complex-projects',
  'emotional-load',
  'monotonous-work',
  'poor-relations',
  'role-ambiguity',
  'red-tape',
] as const;

/** Job resources and personal resources named by the JD-R model in the brief. */
export const JOB_RESOURCES = [
  'autonomy',
  'growth',
  'feedback',
  'intrinsic-motivation',
  'social-support',
  'clear-goals',
  'self-confidence',
  'resilience',
  'assertiveness',
  'time-management',
  'energy-management',
] as const;

export const MAX_INITIATIVES = 100;

export const initiativeSchema = z.object({
  uid: uid(),
  title: shortText(),
  description: longText(),
  lever: choice(LEVERS),
  level: choice(LEVELS),
  targetGroup: shortText(),
  effort: score(),
  impact: score(),
});
export type Initiative = z.output<typeof initiativeSchema>;

/** A new, blank initiative: everything unanswered, nothing on the matrix yet (the schema's defaults). */
export const emptyInitiative = (uid: string): Initiative => initiativeSchema.parse({ uid });

const freeEntry = z.object({ uid: uid(), text: shortText() });

/**
 * What the evaluation of the previous plan showed (closing the PDCA loop). `previousPlan` is the
 * name of the plan this draft continues, set by "Start next year's plan from this one"; empty otherwise.
 */
export const evaluationSchema = z.object({
  previousPlan: shortText(),
  findings: longText(),
});
export type Evaluation = z.output<typeof evaluationSchema>;

export const asIsSchema = z.object({
  evaluation: z.prefault(evaluationSchema, {}),
  initiatives: list(initiativeSchema, MAX_INITIATIVES),
  figures: z.prefault(
    z.object({
      /** The year the absence figures refer to. */
      year: wholeNumber(1990, 2100),
      /** Sick days ÷ available days, in per cent. */
      absencePercentage: decimal(0, 100),
      /** Reporting frequency: number of sickness spells per staff member per year. */
      frequency: decimal(0, 365),
      /** Average length of a sickness spell, in calendar days. */
      averageDuration: decimal(0, 3650),
      lastRiskAnalysis: isoDate(),
      lastSurvey: isoDate(),
    }),
    {},
  ),
  demands: choices(JOB_DEMANDS),
  demandsOther: list(freeEntry, 20),
  resources: choices(JOB_RESOURCES),
  resourcesOther: list(freeEntry, 20),
  notes: longText(),
});

export type AsIsData = z.output<typeof asIsSchema>;

export const asIsComplete = asIsSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    // A plan that continues last year's starts from what its evaluation showed.
    const evaluation = data.evaluation ?? {};
    need(
      !filled(evaluation.previousPlan) || filled(evaluation.findings),
      ['evaluation', 'findings'],
      'steps.asIs.errors.evaluationRequired',
    );
    const initiatives = Array.isArray(data.initiatives) ? data.initiatives : [];
    need(initiatives.length > 0, ['initiatives'], 'steps.asIs.errors.initiativesRequired');
    initiatives.forEach((item, index) => {
      need(filled(item?.title), ['initiatives', index, 'title'], 'steps.asIs.errors.titleRequired');
      need(item?.lever != null, ['initiatives', index, 'lever'], 'steps.asIs.errors.leverRequired');
      need(item?.level != null, ['initiatives', index, 'level'], 'steps.asIs.errors.levelRequired');
      need(item?.effort != null, ['initiatives', index, 'effort'], 'steps.asIs.errors.effortRequired');
      need(item?.impact != null, ['initiatives', index, 'impact'], 'steps.asIs.errors.impactRequired');
    });
    const figures = data.figures ?? {};
    const anyFigure = figures.absencePercentage != null || figures.frequency != null || figures.averageDuration != null;
    need(!anyFigure || figures.year != null, ['figures', 'year'], 'steps.asIs.errors.yearRequired');
    const demands = (data.demands?.length ?? 0) + (data.demandsOther?.filter((e) => filled(e?.text)).length ?? 0);
    const resources = (data.resources?.length ?? 0) + (data.resourcesOther?.filter((e) => filled(e?.text)).length ?? 0);
    need(demands + resources > 0, ['demands'], 'steps.asIs.errors.jdrRequired');
  }, completeEvenWhenInvalid),
);

/** Quadrants of the effort–impact matrix (classification and the rule for a middle score in lib/matrix.ts). */
export const QUADRANTS = ['quick-win', 'major-project', 'fill-in', 'thankless'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
