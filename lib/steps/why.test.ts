import { describe, expect, it } from 'vitest';
import { LEVERS, whyComplete, whySchema } from './why';

const complete = {
  profile: {
    name: 'Agentschap Voorbeeld',
    type: 'flemish-government',
    sector: 'public-administration',
    staffCount: 420,
  },
  mission: 'Wij beheren en ontsluiten erfgoed.',
  vision: '',
  values: [{ uid: 'v1', name: 'Vertrouwen', meaning: '' }],
  drivers: ['absence', 'burnout'],
  driversOther: '',
  whyHere: 'Het verzuim stijgt en we willen mensen aan boord houden.',
  levers: Object.fromEntries(LEVERS.map((lever) => [lever, { relevance: 'high', note: '' }])),
};

const messagesOf = (data: unknown) =>
  whyComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 1 (why) schema', () => {
  it('accepts a complete step', () => {
    expect(whyComplete.safeParse(complete).success).toBe(true);
  });

  it('fills defaults for a half-filled form, so autosave can store it', () => {
    const parsed = whySchema.parse({ profile: { name: 'X' } });
    expect(parsed.profile).toEqual({ name: 'X', type: null, sector: null, staffCount: null });
    expect(parsed.levers.leadership).toEqual({ relevance: null, note: '' });
    expect(parsed.values).toEqual([]);
  });

  it('says what is missing, as message keys, field by field', () => {
    expect(messagesOf({})).toEqual([
      'profile.name=steps.why.errors.nameRequired',
      'profile.type=steps.why.errors.typeRequired',
      'profile.sector=steps.why.errors.sectorRequired',
      'profile.staffCount=steps.why.errors.staffCountRequired',
      'mission=steps.why.errors.missionRequired',
      'drivers=steps.why.errors.driversRequired',
      'whyHere=steps.why.errors.whyHereRequired',
      ...LEVERS.map((lever) => `levers.${lever}.relevance=steps.why.errors.leverRequired.${lever}`),
    ]);
  });

  it('lists every problem at once, also when a field has the wrong type', () => {
    const messages = messagesOf({ ...complete, profile: { ...complete.profile, type: null, staffCount: 'veel' } });
    expect(messages).toEqual(
      expect.arrayContaining([
        'profile.staffCount=steps.why.errors.staffCountNumber',
        'profile.type=steps.why.errors.typeRequired',
      ]),
    );
    expect(messages).toHaveLength(2);
  });

  it('accepts another reason instead of a listed driver', () => {
    expect(whyComplete.safeParse({ ...complete, drivers: [], driversOther: 'Een fusie' }).success).toBe(true);
    expect(messagesOf({ ...complete, drivers: [], driversOther: '  ' })).toEqual([
      'drivers=steps.why.errors.driversRequired',
    ]);
  });

  it('rejects unknown codes, duplicates, bad counts and blank values', () => {
    expect(whySchema.safeParse({ profile: { type: 'castle' } }).success).toBe(false);
    expect(whySchema.safeParse({ drivers: ['absence', 'absence'] }).success).toBe(false);
    expect(messagesOf({ ...complete, profile: { ...complete.profile, staffCount: 2.5 } })).toEqual([
      'profile.staffCount=steps.why.errors.staffCountNumber',
    ]);
    expect(messagesOf({ ...complete, profile: { ...complete.profile, staffCount: 0 } })).toEqual([
      'profile.staffCount=steps.why.errors.staffCountRange',
    ]);
    expect(messagesOf({ ...complete, values: [{ uid: 'v1', name: ' ', meaning: '' }] })).toEqual([
      'values.0.name=steps.why.errors.valueNameRequired',
    ]);
  });

  it('limits text length with a message key', () => {
    const result = whySchema.safeParse({ mission: 'x'.repeat(5001) });
    expect(result.error?.issues[0]?.message).toBe('validation.tooLong');
  });
});
