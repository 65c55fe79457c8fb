import { describe, expect, it } from 'vitest';
import { fieldMetaAt, LIMITS, listAt, pathPattern, requiredPaths, TYPED_CAP_FACTOR, typedCap } from './fields';
import { getStep, STEPS } from './registry';
import { MAX_STAKEHOLDERS } from './roles';
import { MAX_VALUES } from './why';

describe('field meta read from the step schemas', () => {
  const why = getStep('why');

  it('finds each field helper at its form path, list positions included', () => {
    expect(fieldMetaAt(why.schema, 'mission')).toEqual({ kind: 'text', max: LIMITS.long, multiline: true });
    expect(fieldMetaAt(why.schema, 'values.3.name')).toEqual({ kind: 'text', max: LIMITS.short, multiline: false });
    expect(fieldMetaAt(why.schema, 'profile.staffCount')).toMatchObject({ kind: 'number', whole: true, min: 1 });
    expect(fieldMetaAt(why.schema, 'levers.leadership.relevance')).toEqual({ kind: 'choice' });
    expect(fieldMetaAt(why.schema, 'drivers')).toEqual({ kind: 'choices' });
    expect(fieldMetaAt(why.schema, 'nothing.here')).toBeUndefined();
    expect(fieldMetaAt(getStep('action').schema, 'actions.0.owner')).toEqual({ kind: 'ref' });
    expect(fieldMetaAt(getStep('to-be').schema, 'mirror.leadership.leftOut')).toEqual({ kind: 'flag' });
    expect(fieldMetaAt(getStep('resources').schema, 'roi.scenario')).toEqual({ kind: 'choice', always: true });
  });

  it('gives a list its maximum and an empty entry from the schema', () => {
    const values = listAt(why.schema, 'values');
    expect(values?.max).toBe(MAX_VALUES);
    expect(values?.empty('u1')).toEqual({ uid: 'u1', name: '', meaning: '' });
    expect(listAt(getStep('roles').schema, 'stakeholders')?.max).toBe(MAX_STAKEHOLDERS);
  });

  it('asks the completion rule which fields are required, the rest being optional', () => {
    const required = requiredPaths(why.schema, why.complete);
    expect(required.has('profile.name')).toBe(true);
    expect(required.has('values.*.name')).toBe(true);
    expect(required.has(pathPattern('levers.leadership.relevance'))).toBe(true);
    expect(required.has('vision')).toBe(false);
    expect(required.has('values.*.meaning')).toBe(false);
  });

  it('keeps typed text up to ten times the limit', () => {
    expect(typedCap({ kind: 'text', max: LIMITS.long, multiline: true })).toBe(LIMITS.long * TYPED_CAP_FACTOR);
  });

  it('knows every text field of every step (notes included)', () => {
    for (const step of STEPS) expect(fieldMetaAt(step.schema, 'notes')?.kind, step.id).toBe('text');
  });
});
