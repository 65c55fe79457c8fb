import { describe, expect, it } from 'vitest';
import { LEVERS } from './shared';
import { SLOGAN_GUIDE_LENGTH, sloganLength, sloganOverGuide, toBeComplete, toBeSchema } from './to-be';

const row = (tomorrow: string, extra = {}) => ({ today: '', tomorrow, leftOut: false, leftOutReason: '', ...extra });

const complete = {
  results: 'Minder langdurig verzuim en leidinggevenden die het gesprek aangaan.',
  objectives: [{ uid: 'o1', name: 'Haalbare werkdruk', description: '', levers: ['work-life-balance'] }],
  slogan: 'Zorg voor groen, zorg voor elkaar',
  mirror: Object.fromEntries(LEVERS.map((lever) => [lever, row('Over drie jaar…')])),
  notes: '',
};

const messagesOf = (data: unknown) =>
  toBeComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 4 (to-be) schema', () => {
  it('accepts a complete step', () => {
    expect(toBeComplete.safeParse(complete).success).toBe(true);
  });

  it('fills defaults for a half-filled form, so autosave can store it', () => {
    const parsed = toBeSchema.parse({ slogan: 'Samen' });
    expect(parsed).toMatchObject({ results: '', objectives: [], slogan: 'Samen', notes: '' });
    expect(parsed.mirror.leadership).toEqual({ today: '', tomorrow: '', leftOut: false, leftOutReason: '' });
    expect(Object.keys(parsed.mirror)).toEqual([...LEVERS]);
  });

  it('says what is missing, as message keys, field by field', () => {
    expect(messagesOf({})).toEqual([
      'results=steps.toBe.errors.resultsRequired',
      'objectives=steps.toBe.errors.objectivesRequired',
      'slogan=steps.toBe.errors.sloganRequired',
      ...LEVERS.map((lever) => `mirror.${lever}.tomorrow=steps.toBe.errors.mirrorRequired.${lever}`),
    ]);
  });

  it('needs a name and at least one lever for every objective', () => {
    const objectives = [...complete.objectives, { uid: 'o2', name: ' ', description: 'Iets', levers: [] }];
    expect(messagesOf({ ...complete, objectives })).toEqual([
      'objectives.1.name=steps.toBe.errors.objectiveNameRequired',
      'objectives.1.levers=steps.toBe.errors.objectiveLeversRequired',
    ]);
  });

  it('accepts a lever left out on purpose, but only with a reason', () => {
    const mirror = { ...complete.mirror, leadership: row('', { leftOut: true, leftOutReason: 'Eerst de fusie.' }) };
    expect(toBeComplete.safeParse({ ...complete, mirror }).success).toBe(true);
    const noReason = { ...complete.mirror, leadership: row('', { leftOut: true }) };
    expect(messagesOf({ ...complete, mirror: noReason })).toEqual([
      'mirror.leadership.leftOutReason=steps.toBe.errors.leftOutReasonRequired.leadership',
    ]);
  });

  it('rejects unknown levers and duplicate levers on an objective', () => {
    const objectives = [{ uid: 'o1', name: 'X', description: '', levers: ['leadership', 'leadership'] }];
    expect(messagesOf({ ...complete, objectives })).toEqual(['objectives.0.levers=validation.duplicate']);
    expect(toBeSchema.safeParse({ objectives: [{ uid: 'o1', levers: ['charisma'] }] }).success).toBe(false);
  });

  it('allows a long slogan (the form only flags it) but not beyond the short-text limit', () => {
    expect(toBeComplete.safeParse({ ...complete, slogan: 'x'.repeat(120) }).success).toBe(true);
    expect(messagesOf({ ...complete, slogan: 'x'.repeat(201) })).toEqual(['slogan=validation.tooLong']);
  });
});

describe('slogan length guide', () => {
  it('counts characters as a reader does', () => {
    expect(sloganLength('Samen sterk')).toBe(11);
    expect(sloganLength('Bien-être 💚')).toBe(11);
    expect(sloganLength('e\u0301')).toBe(1);
    expect(sloganLength('')).toBe(0);
  });

  it('flags only slogans longer than the guide, counting what the user sees in the count', () => {
    expect(sloganOverGuide('x'.repeat(SLOGAN_GUIDE_LENGTH))).toBe(false);
    expect(sloganOverGuide('é'.repeat(SLOGAN_GUIDE_LENGTH))).toBe(false);
    expect(sloganOverGuide('x'.repeat(SLOGAN_GUIDE_LENGTH + 1))).toBe(true);
  });
});
