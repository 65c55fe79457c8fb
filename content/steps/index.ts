import type { Locale } from '@/i18n/routing';
import type { StepId } from '@/lib/steps/registry';
import type { StepContent } from '../types';
import { actionContent } from './action';
import { asIsContent } from './as-is';
import { measureContent } from './measure';
import { resourcesContent } from './resources';
import { rolesContent } from './roles';
import { toBeContent } from './to-be';
import { whyContent } from './why';

const ALL = {
  why: whyContent,
  'as-is': asIsContent,
  roles: rolesContent,
  'to-be': toBeContent,
  resources: resourcesContent,
  action: actionContent,
  measure: measureContent,
} satisfies Record<StepId, unknown>;

export function stepContent(locale: Locale): Record<StepId, StepContent> {
  return Object.fromEntries(Object.entries(ALL).map(([id, c]) => [id, c[locale]])) as Record<StepId, StepContent>;
}
