import { z } from 'zod/mini';
import { ref } from '@/lib/steps/fields';
import {
  benchmarkSchema,
  evaluationComplete,
  evaluationSchema,
  findingComplete,
  findingSchema,
  measurementComplete,
  measurementSchema,
  requiring,
  statusChangeRules,
  statusChangeSchema,
  type Benchmark,
} from './schema';

/**
 * The follow-up page's forms, each its values under one key (`measurement.value`, `benchmark.value`) so that
 * several forms on the page give their fields distinct ids (the form kit derives an id from the name). `schema`
 * is what is stored, `complete` what the form needs before it records anything.
 */

const indicatorRequired = 'followUp.errors.indicatorRequired';

export const measurementForm = {
  schema: z.object({ measurement: measurementSchema }),
  complete: z.object({
    measurement: measurementComplete.check(
      requiring<{ indicator: string | null }>([['indicator', (data) => data.indicator != null, indicatorRequired]]),
    ),
  }),
};

export const benchmarkForm = {
  schema: z.object({ benchmark: benchmarkSchema }),
  complete: z.object({
    benchmark: benchmarkSchema.check(
      requiring<Benchmark>([
        ['indicator', (data) => data.indicator != null, indicatorRequired],
        ['value', (data) => typeof data.value === 'number', 'followUp.errors.valueRequired'],
      ]),
    ),
  }),
};

const statusUpdateSchema = z.object({ ...statusChangeSchema.shape, action: ref() });
type StatusUpdate = z.output<typeof statusUpdateSchema>;

export const statusForm = {
  schema: z.object({ update: statusUpdateSchema }),
  complete: z.object({
    update: statusUpdateSchema.check(
      requiring<StatusUpdate>([
        ['action', (data) => data.action != null, 'followUp.errors.actionRequired'],
        ...statusChangeRules,
      ]),
    ),
  }),
};

export const findingForm = {
  schema: z.object({ finding: findingSchema }),
  complete: z.object({ finding: findingComplete }),
};

export const evaluationForm = {
  schema: z.object({ evaluation: evaluationSchema }),
  complete: z.object({ evaluation: evaluationComplete }),
};

export type MeasurementFormValues = z.input<typeof measurementForm.schema>;
export type BenchmarkFormValues = z.input<typeof benchmarkForm.schema>;
export type StatusFormValues = z.input<typeof statusForm.schema>;
export type FindingFormValues = z.input<typeof findingForm.schema>;
export type EvaluationFormValues = z.input<typeof evaluationForm.schema>;
