import { describe, expect, it } from 'vitest';
import { LEVERS } from '@/lib/steps/why';
import { createDraft } from './envelope';
import { completedCount, stepStatus } from './status';
import { withStepData } from './update';

const base = createDraft({ name: 'D', organisation: '', locale: 'fr' });

const completeWhy = {
  profile: {
    name: 'Org',
    type: 'brussels-regional' as const,
    sector: 'public-administration' as const,
    staffCount: 310,
  },
  mission: 'Mission',
  vision: '',
  values: [],
  drivers: ['absence' as const],
  driversOther: '',
  whyHere: 'Parce que.',
  levers: Object.fromEntries(LEVERS.map((lever) => [lever, { relevance: 'medium' as const, note: '' }])) as never,
  notes: '',
};

describe('step status', () => {
  it('is not started for an empty step', () => {
    expect(stepStatus(base, 'why')).toBe('not-started');
    expect(completedCount(base)).toBe(0);
  });

  it('is in progress once something is filled but not everything', () => {
    const draft = withStepData(base, 'why', { ...base.steps.why, mission: 'Only a mission' });
    expect(stepStatus(draft, 'why')).toBe('in-progress');
  });

  it('is completed when the completion schema passes', () => {
    const draft = withStepData(withStepData(base, 'why', completeWhy), 'roles', {
      ...base.steps.roles,
      notes: 'Wie doet wat',
    });
    expect(stepStatus(draft, 'why')).toBe('completed');
    expect(stepStatus(draft, 'roles')).toBe('in-progress');
    expect(stepStatus(draft, 'as-is')).toBe('not-started');
    expect(completedCount(draft)).toBe(1);
  });

  it('is in progress, never completed, while a text typed is not valid yet', () => {
    const complete = withStepData(base, 'why', completeWhy);
    const typed = { ...complete, typed: { why: { 'profile.staffCount': 'ongeveer 250' } } };
    expect(stepStatus(typed, 'why')).toBe('in-progress');
    const onlyTyped = { ...base, typed: { why: { mission: 'x'.repeat(5001) } } };
    expect(stepStatus(onlyTyped, 'why')).toBe('in-progress');
  });
});
