import { describe, expect, it } from 'vitest';
import { actionComplete, actionStepSchema } from './action';

const complete = {
  operationalObjectives: [{ uid: 'o1', name: 'Alle leidinggevenden volgen het coachtraject tegen juni 2027' }],
  actions: [{ uid: 'a1', title: 'Coachtraject voor leidinggevenden', start: '2027-01', end: '2027-06' }],
  communication: [{ uid: 'c1', audience: 'Leidinggevenden', message: 'Waarom het traject er is en hoe je instapt' }],
};

const messagesOf = (data: unknown) =>
  actionComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 6 (action) schema', () => {
  it('accepts a complete step', () => {
    expect(messagesOf(complete)).toEqual([]);
  });

  it('fills defaults for a half-filled form, so autosave can store it', () => {
    const parsed = actionStepSchema.parse({ actions: [{ uid: 'a1' }], communication: [{ uid: 'c1' }] });
    expect(parsed.actions[0]).toMatchObject({ title: '', objectives: [], owner: null, start: null, status: 'planned' });
    expect(parsed.communication[0]).toMatchObject({ channel: null, nudges: [], owner: null });
    expect(parsed.offlineReach).toBe('');
  });

  it('says what is missing, as message keys', () => {
    expect(messagesOf({})).toEqual([
      'operationalObjectives=steps.action.errors.objectivesRequired',
      'actions=steps.action.errors.actionsRequired',
      'communication=steps.action.errors.communicationRequired',
    ]);
    expect(
      messagesOf({
        operationalObjectives: [{ uid: 'o1', name: ' ' }],
        actions: [{ uid: 'a1', title: '', start: '2027-09', end: '2027-03' }],
        communication: [{ uid: 'c1', audience: '', message: '' }],
      }),
    ).toEqual([
      'operationalObjectives.0.name=steps.action.errors.objectiveNameRequired',
      'actions.0.title=steps.action.errors.titleRequired',
      'actions.0.end=steps.action.errors.endBeforeStart',
      'communication.0.audience=steps.action.errors.audienceRequired',
      'communication.0.message=steps.action.errors.messageRequired',
    ]);
  });

  it('accepts an action with one month or none, and rejects malformed months and amounts', () => {
    expect(messagesOf({ ...complete, actions: [{ uid: 'a1', title: 'X', start: '2027-01' }] })).toEqual([]);
    expect(messagesOf({ ...complete, actions: [{ uid: 'a1', title: 'X' }] })).toEqual([]);
    expect(messagesOf({ ...complete, actions: [{ uid: 'a1', title: 'X', end: '2027-13' }] })).toEqual([
      'actions.0.end=validation.month',
    ]);
    expect(messagesOf({ ...complete, actions: [{ uid: 'a1', title: 'X', budget: -5 }] })).toEqual([
      'actions.0.budget=validation.numberRange',
    ]);
  });

  it('refuses more than 200 actions and duplicate links', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ uid: `a${i}`, title: `Actie ${i}` }));
    expect(messagesOf({ ...complete, actions: many })).toEqual(['actions=validation.tooMany']);
    expect(messagesOf({ ...complete, actions: [{ uid: 'a1', title: 'X', objectives: ['o1', 'o1'] }] })).toEqual([
      'actions.0.objectives=validation.duplicate',
    ]);
  });
});
