import type { ComponentType } from 'react';
import type { StepId } from '@/lib/steps/registry';
import { ActionStep } from './ActionStep';
import { AsIsStep } from './AsIsStep';
import { MeasureStep } from './MeasureStep';
import { ResourcesStep } from './ResourcesStep';
import { RolesStep } from './RolesStep';
import { ToBeStep } from './ToBeStep';
import { WhyStep } from './WhyStep';

/** One form component per step, keyed by registry id. */
export const STEP_FORMS: { [Id in StepId]: ComponentType<{ stepId: Id }> } = {
  why: WhyStep,
  'as-is': AsIsStep,
  roles: RolesStep,
  'to-be': ToBeStep,
  resources: ResourcesStep,
  action: ActionStep,
  measure: MeasureStep,
};
