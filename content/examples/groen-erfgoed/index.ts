import type { Draft } from '@/lib/draft/envelope';
import { exampleDraft } from '../build';
import { why, asIs } from './why';
import { roles } from './roles';
import { toBe, resources } from './to-be';
import { action } from './action';
import { measure } from './measure';
import { helpers } from './helpers';

/**
 * Worked example in Dutch: Agentschap Groen Erfgoed (fictitious Flemish agency,
 * about 420 staff, 6.8 % sickness absence in 2025), consistent with the worked
 * examples in content/steps/*.ts.
 */
export function groenErfgoedExample(now: Date = new Date()): Draft {
  const h = helpers();
  return exampleDraft(
    {
      locale: 'nl',
      name: 'Welzijnsbeleid 2027–2028',
      organisation: 'Agentschap Groen Erfgoed',
      steps: {
        why: why(h),
        'as-is': asIs(h),
        roles: roles(h),
        'to-be': toBe(h),
        resources: resources(h),
        action: action(h),
        measure: measure(h),
      },
    },
    now,
  );
}
