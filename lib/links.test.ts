import { describe, expect, it } from 'vitest';
import { createDraft } from '@/lib/draft/envelope';
import { followUpReferencesTo, hasFollowUp, referencesTo, withoutReferencesTo } from './links';

const base = createDraft({ name: 'Plan', organisation: '', locale: 'nl' });
const action = (uid: string, extra: object) => ({ ...actionDefaults, uid, ...extra });
const actionDefaults = {
  title: '',
  description: '',
  objectives: [] as string[],
  lever: null,
  level: null,
  buildingBlock: null,
  owner: null as string | null,
  partners: '',
  start: null,
  end: null,
  budget: null,
  budgetLine: null as string | null,
  expectedResult: '',
  status: 'planned' as const,
};

const steps = {
  ...base.steps,
  action: {
    ...base.steps.action,
    operationalObjectives: [
      { uid: 'op1', name: 'Coachend leiden', description: '', strategicObjectives: ['s1', 's2'] },
    ],
    actions: [
      action('a1', { title: 'Opleiding', owner: 'hr', objectives: ['op1'], budgetLine: 'b1' }),
      action('a2', { title: 'Webinar', owner: 'comm' }),
    ],
  },
  measure: {
    ...base.steps.measure,
    indicators: [
      {
        uid: 'i1',
        catalogue: null,
        name: 'Deelname',
        definition: '',
        level: null,
        source: '',
        frequency: null,
        baseline: '',
        target: '',
        owner: 'hr',
        objectives: ['s1', 'op1'],
        actions: ['a1'],
      },
    ],
  },
};

describe('links between steps', () => {
  it('finds every entity that refers to a stakeholder, objective, budget line or action', () => {
    expect(referencesTo(steps, 'hr').map((ref) => [ref.step, ref.list, ref.field, ref.text])).toEqual([
      ['action', 'actions', 'owner', 'Opleiding'],
      ['measure', 'indicators', 'owner', 'Deelname'],
    ]);
    expect(referencesTo(steps, 's1').map((ref) => ref.uid)).toEqual(['op1', 'i1']);
    expect(referencesTo(steps, 'b1').map((ref) => ref.uid)).toEqual(['a1']);
    expect(referencesTo(steps, 'a1').map((ref) => ref.uid)).toEqual(['i1']);
    expect(referencesTo(steps, 'nobody')).toEqual([]);
  });

  it('removes references: single links become empty, lists lose the uid, the rest stays', () => {
    const next = withoutReferencesTo(steps, ['hr', 's1']);
    expect(next.action.actions.map((a) => a.owner)).toEqual([null, 'comm']);
    expect(next.action.operationalObjectives[0]?.strategicObjectives).toEqual(['s2']);
    expect(next.measure.indicators[0]?.owner).toBeNull();
    expect(next.measure.indicators[0]?.objectives).toEqual(['op1']);
    expect(next.measure.indicators[0]?.actions).toEqual(['a1']);
    expect(referencesTo(next, 'hr')).toEqual([]);
  });

  it('leaves untouched steps as they were and reports which changed', () => {
    const next = withoutReferencesTo(steps, ['b1']);
    expect(next.measure).toBe(steps.measure);
    expect(next.action).not.toBe(steps.action);
    expect(next.why).toBe(steps.why);
    expect(withoutReferencesTo(steps, ['nobody'])).toBe(steps);
  });
});

describe('follow-up references', () => {
  const followUp = {
    ...base.followUp,
    measurements: [
      {
        uid: 'm1',
        indicator: 'i1',
        date: '2027-03-31',
        value: 6,
        level: 'organisation' as const,
        team: '',
        headcount: null,
        source: '',
        comment: '',
      },
    ],
    actions: [{ uid: 'f1', action: 'a1', history: [] }],
  };

  it('counts what the follow-up recorded for an indicator or an action', () => {
    expect(followUpReferencesTo(followUp, 'i1')).toEqual({ measurements: 1, benchmarks: 0, findings: 0, actions: 0 });
    expect(hasFollowUp(followUp, 'a1')).toBe(true);
    expect(hasFollowUp(followUp, 'a2')).toBe(false);
  });

  it('are never cleared with the steps’ links: the measurements stay recorded', () => {
    const cleaned = withoutReferencesTo(steps, ['i1', 'a1']);
    expect(referencesTo(cleaned, 'a1')).toEqual([]);
    expect(followUpReferencesTo(followUp, 'i1').measurements).toBe(1);
  });
});
