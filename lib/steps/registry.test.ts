import { describe, expect, it } from 'vitest';
import { getStep, isStepId, nextStep, STEP_IDS, STEPS, stepNumber } from './registry';

describe('step registry', () => {
  it('holds the seven steps of the compass in order', () => {
    expect(STEP_IDS).toEqual(['why', 'as-is', 'roles', 'to-be', 'resources', 'action', 'measure']);
  });

  it('has unique ids and message namespaces', () => {
    expect(new Set(STEPS.map((step) => step.id)).size).toBe(STEPS.length);
    expect(new Set(STEPS.map((step) => step.messages)).size).toBe(STEPS.length);
  });

  it('numbers, and walks forwards and backwards, from the order alone', () => {
    expect(stepNumber('why')).toBe(1);
    expect(stepNumber('measure')).toBe(7);
    expect(nextStep('why')).toBe('as-is');
    expect(nextStep('measure')).toBeNull();
  });

  it('recognises ids and refuses anything else', () => {
    expect(isStepId('roles')).toBe(true);
    expect(isStepId('Roles')).toBe(false);
    expect(isStepId(3)).toBe(false);
    expect(() => getStep('nope' as never)).toThrow();
  });

  it('gives every step an empty value that does not count as complete', () => {
    for (const step of STEPS) {
      const empty = step.schema.parse({});
      expect(step.complete.safeParse(empty).success).toBe(false);
    }
  });
});
