import { describe, expect, it } from 'vitest';
import { createDraft, draftSchema, type Draft } from '@/lib/draft/envelope';
import { emptyAction } from '@/lib/steps/action';
import { recordStatus } from './operations';
import { currentStatus, planProgress } from './progress';

const base = createDraft({ name: 'Plan 2027', organisation: '', locale: 'nl' }, new Date('2027-01-05T10:00:00Z'), 'd1');

function plan(): Draft {
  const action = (uid: string, title: string, objectives: string[], status = 'planned') => ({
    ...emptyAction(uid),
    title,
    objectives,
    status,
  });
  return draftSchema.parse({
    ...base,
    steps: {
      ...base.steps,
      'to-be': {
        ...base.steps['to-be'],
        objectives: [
          { uid: 's1', name: 'Minder stress' },
          { uid: 's2', name: 'Sterk leiderschap' },
        ],
      },
      action: {
        ...base.steps.action,
        operationalObjectives: [
          { uid: 'o1', name: 'Werkdruk bespreekbaar', strategicObjectives: ['s1'] },
          { uid: 'o2', name: 'Coachend leiden', strategicObjectives: ['s1', 's2'] },
        ],
        actions: [
          action('a1', 'Teamgesprekken', ['o1'], 'done'),
          action('a2', 'Workshop', ['o1', 'o2']),
          action('a3', 'Opleiding leidinggevenden', ['o2'], 'stopped'),
          action('a4', 'Los', []),
        ],
      },
    },
  });
}

describe('progress per objective', () => {
  it('counts each objective’s actions by status; stopped ones do not count towards the share', () => {
    const progress = planProgress(plan());
    const [o1, o2] = progress.operational;
    expect(o1).toMatchObject({ name: 'Werkdruk bespreekbaar', total: 2, share: 0.5 });
    expect(o1?.counts).toMatchObject({ done: 1, planned: 1 });
    // a2 planned, a3 stopped: 0 of 1 done.
    expect(o2).toMatchObject({ total: 2, share: 0 });
    expect(o2?.counts.stopped).toBe(1);
  });

  it('reaches a strategic objective through the operational objectives that serve it, each action once', () => {
    const [s1, s2] = planProgress(plan()).strategic;
    // s1: o1 (a1, a2) and o2 (a2, a3) → a1, a2, a3.
    expect(s1).toMatchObject({ name: 'Minder stress', total: 3, share: 0.5 });
    expect(s2).toMatchObject({ total: 2, share: 0 });
  });

  it('gives no share to an objective without actions still to count', () => {
    const draft = plan();
    const empty = draftSchema.parse({
      ...draft,
      steps: {
        ...draft.steps,
        action: { ...draft.steps.action, operationalObjectives: [{ uid: 'o9', name: 'Leeg' }] },
      },
    });
    expect(planProgress(empty).operational[0]).toMatchObject({ total: 0, share: null });
    expect(planProgress(plan()).overall).toMatchObject({ total: 4, share: 1 / 3 });
  });

  it('follows the latest recorded status change, by date, whatever order they were recorded in', () => {
    let draft = recordStatus(plan(), 'a2', { uid: 'c2', date: '2027-05-01', status: 'done', note: 'Gegeven' }, 'f1');
    draft = recordStatus(draft, 'a2', { uid: 'c1', date: '2027-03-01', status: 'in-progress', note: '' }, 'f2');
    const action = draft.steps.action.actions.find((item) => item.uid === 'a2');
    expect(action && currentStatus(action, draft.followUp)).toBe('done');
    expect(action?.status).toBe('done');
    expect(draft.followUp.actions).toHaveLength(1);
    expect(draft.followUp.actions[0]?.history.map((change) => change.uid)).toEqual(['c2', 'c1']);
    expect(planProgress(draft).operational[0]).toMatchObject({ share: 1 });
  });
});
