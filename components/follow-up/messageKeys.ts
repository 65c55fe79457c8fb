import type { EVALUATION_INPUTS, MeasurementLevel } from '@/lib/followUp/schema';
import type { TrendStatus } from '@/lib/trend';

/** Message keys (in `followUp`) of the follow-up's codes, written out so each key is found where it is used. */
export const TREND_KEYS = {
  improving: 'trend.improving',
  stable: 'trend.stable',
  worsening: 'trend.worsening',
  rising: 'trend.rising',
  falling: 'trend.falling',
  'no-data': 'trend.no-data',
} as const satisfies Record<TrendStatus, string>;

export const LEVEL_KEYS = {
  organisation: 'measurementForm.levels.organisation',
  team: 'measurementForm.levels.team',
} as const satisfies Record<MeasurementLevel, string>;

export const INPUT_KEYS = {
  interventionRequests: {
    label: 'evaluation.inputs.interventionRequests.label',
    hint: 'evaluation.inputs.interventionRequests.hint',
  },
  occupationalPhysician: {
    label: 'evaluation.inputs.occupationalPhysician.label',
    hint: 'evaluation.inputs.occupationalPhysician.hint',
  },
  thirdPartyActs: { label: 'evaluation.inputs.thirdPartyActs.label', hint: 'evaluation.inputs.thirdPartyActs.hint' },
  annualReport: { label: 'evaluation.inputs.annualReport.label', hint: 'evaluation.inputs.annualReport.hint' },
} as const satisfies Record<(typeof EVALUATION_INPUTS)[number], { label: string; hint: string }>;
