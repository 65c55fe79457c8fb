import { z } from 'zod/mini';
import { ACTION_STATUSES, MAX_ACTIONS } from '@/lib/steps/action';
import {
  choice,
  choiceOr,
  completeEvenWhenInvalid,
  decimal,
  filled,
  isoDate,
  list,
  longText,
  ref,
  refs,
  shortText,
  uid,
  wholeNumber,
} from '@/lib/steps/fields';
import { MAX_INDICATORS } from '@/lib/steps/measure';

/**
 * The follow-up of the plan (the "Check" and "Act" of PDCA): what was measured per step 7 indicator, the
 * benchmarks the user compares with, qualitative findings, how step 6's actions went, and the yearly evaluation
 * of the psychosocial prevention measures (Codex art. I.3-6). Stored in the draft envelope beside the steps
 * (`draft.followUp`), not a step: the seven steps plan, this records what happened. Every field defaults, so an
 * older draft gains an empty follow-up on load.
 */

export type Rule<T> = readonly [field: keyof T & string, ok: (data: Partial<T>) => boolean, message: string];

/** A completion rule: each field whose test fails gets its message (run even when a field failed its own check). */
export function requiring<T>(rules: readonly Rule<T>[]) {
  return z.superRefine<T>((data, ctx) => {
    for (const [field, ok, message] of rules) {
      if (!ok((data ?? {}) as Partial<T>)) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  }, completeEvenWhenInvalid);
}

export const dated = <T extends { date: unknown }>(): Rule<T> => [
  'date',
  (data) => data.date != null,
  'followUp.errors.dateRequired',
];

/** A measurement is of the whole organisation or of one team. */
export const MEASUREMENT_LEVELS = ['organisation', 'team'] as const;
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/** Qualitative methods the seeds name next to figures. */
export const FINDING_METHODS = ['focus-group', 'interviews', 'survey-comments', 'observation', 'other'] as const;

/** A year of monthly measurements of 100 indicators, with room to spare, or two years of twelve teams of 100. */
export const MAX_MEASUREMENTS = 2400;
export const MAX_FINDINGS = 200;
export const MAX_HISTORY = 100;
export const MAX_EVALUATIONS = 20;
/** Values are percentages, counts, days and scores: far below this. */
export const MAX_VALUE = 1_000_000_000;
export const MAX_HEADCOUNT = 1_000_000;

export const measurementSchema = z.object({
  uid: uid(),
  /** The step 7 indicator measured. */
  indicator: ref(),
  date: isoDate(),
  value: decimal(-MAX_VALUE, MAX_VALUE),
  level: choiceOr(MEASUREMENT_LEVELS, 'organisation'),
  /** The team's code or name as the organisation's files write it (level `team`). */
  team: shortText(),
  /** How many people the team counts: under ten, its value is never shown or exported (lib/indicators.ts). */
  headcount: wholeNumber(0, MAX_HEADCOUNT),
  source: shortText(),
  comment: longText(),
});
export type Measurement = z.output<typeof measurementSchema>;

/** What a new measurement needs before it is recorded. */
export const measurementComplete = measurementSchema.check(
  requiring<Measurement>([
    dated(),
    ['value', (data) => typeof data.value === 'number', 'followUp.errors.valueRequired'],
    ['team', (data) => data.level !== 'team' || filled(data.team), 'followUp.errors.teamRequired'],
    [
      'headcount',
      (data) => data.level !== 'team' || typeof data.headcount === 'number',
      'followUp.errors.headcountRequired',
    ],
  ]),
);

/** What the user compares an indicator with (the average of the wider organisation, a sector figure). */
export const benchmarkSchema = z.object({
  uid: uid(),
  indicator: ref(),
  value: decimal(-MAX_VALUE, MAX_VALUE),
  /** Where the figure comes from: "average Flemish government 2025". */
  label: shortText(),
});
export type Benchmark = z.output<typeof benchmarkSchema>;

export const findingSchema = z.object({
  uid: uid(),
  date: isoDate(),
  method: choice(FINDING_METHODS),
  /** The indicator it sheds light on, if any. */
  indicator: ref(),
  title: shortText(),
  text: longText(),
});
export type Finding = z.output<typeof findingSchema>;

export const findingComplete = findingSchema.check(
  requiring<Finding>([dated(), ['text', (data) => filled(data.text), 'followUp.errors.textRequired']]),
);

export const statusChangeSchema = z.object({
  uid: uid(),
  date: isoDate(),
  status: choice(ACTION_STATUSES),
  note: shortText(),
});
export type StatusChange = z.output<typeof statusChangeSchema>;

export const statusChangeRules: readonly Rule<StatusChange>[] = [
  dated(),
  ['status', (data) => data.status != null, 'followUp.errors.statusRequired'],
];
export const statusChangeComplete = statusChangeSchema.check(requiring(statusChangeRules));

/** How one step 6 action went: its status over time, oldest first. */
export const actionFollowUpSchema = z.object({
  uid: uid(),
  action: ref(),
  history: list(statusChangeSchema, MAX_HISTORY),
});
export type ActionFollowUp = z.output<typeof actionFollowUpSchema>;

/**
 * The inputs art. I.3-6 of the Codex names for the yearly evaluation of the psychosocial risk prevention, as the
 * user summarises them (the app holds no such records itself).
 */
export const EVALUATION_INPUTS = [
  'interventionRequests',
  'occupationalPhysician',
  'thirdPartyActs',
  'annualReport',
] as const;

export const evaluationSchema = z.object({
  uid: uid(),
  /** The year evaluated. */
  year: wholeNumber(2000, 2100),
  date: isoDate(),
  /** Requests for psychosocial intervention (informal and formal), in number and kind, without names. */
  interventionRequests: longText(),
  /** What the occupational physician reported (findings of health surveillance). */
  occupationalPhysician: longText(),
  /** The register of acts of violence, harassment or sexual harassment by third parties. */
  thirdPartyActs: longText(),
  /** The internal prevention service's annual report, part VIII (psychosocial risks). */
  annualReport: longText(),
  conclusions: longText(),
  adjustments: longText(),
});
export type Evaluation = z.output<typeof evaluationSchema>;

export const evaluationComplete = evaluationSchema.check(
  requiring<Evaluation>([
    ['year', (data) => typeof data.year === 'number', 'followUp.errors.yearRequired'],
    ['conclusions', (data) => filled(data.conclusions), 'followUp.errors.conclusionsRequired'],
  ]),
);

/** A staff survey's items: the Flemish monitoring questionnaire has some 80; room for a long custom one. */
export const MAX_SURVEY_RESULTS = 500;
/** Two surveys a year over ten years. */
export const MAX_SURVEYS = 20;
/** Survey scores, importance and benchmarks: a 1–5 or 0–100 scale, far below this. */
export const MAX_SCORE = 1_000_000;

/**
 * One item (or theme) of a staff survey as the organisation's file gives it, and the step 6 actions the user
 * linked to it from the priority matrix (lib/import/survey.ts classifies it when shown; the class is never
 * stored). An item answered by fewer than ten people is kept but never shown, only counted.
 */
export const surveyResultSchema = z.object({
  uid: uid(),
  item: shortText(),
  theme: shortText(),
  score: decimal(-MAX_SCORE, MAX_SCORE),
  importance: decimal(-MAX_SCORE, MAX_SCORE),
  benchmark: decimal(-MAX_SCORE, MAX_SCORE),
  respondents: wholeNumber(0, MAX_HEADCOUNT),
  /** The step 6 actions that address this item. */
  actions: refs(),
});
export type SurveyResult = z.output<typeof surveyResultSchema>;

/** An imported survey: its file, the day it was imported, and its results. */
export const surveySchema = z.object({
  uid: uid(),
  date: isoDate(),
  /** The file it came from. */
  source: shortText(),
  results: list(surveyResultSchema, MAX_SURVEY_RESULTS),
});
export type Survey = z.output<typeof surveySchema>;

export const followUpSchema = z.object({
  measurements: list(measurementSchema, MAX_MEASUREMENTS),
  benchmarks: list(benchmarkSchema, MAX_INDICATORS),
  findings: list(findingSchema, MAX_FINDINGS),
  actions: list(actionFollowUpSchema, MAX_ACTIONS),
  evaluations: list(evaluationSchema, MAX_EVALUATIONS),
  /** Imported staff surveys, oldest first (format 7). */
  surveys: list(surveySchema, MAX_SURVEYS),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const emptyFollowUp = (): FollowUp => followUpSchema.parse({});
