import { describe, expect, it } from 'vitest';
import { raciProblems, withoutStakeholder, withRolesRestored } from './raci';

const people = [{ uid: 'board' }, { uid: 'hr' }, { uid: 'pa' }];
const task = (uid: string, assignments: Record<string, 'responsible' | 'accountable' | 'consulted' | 'informed'>) => ({
  uid,
  name: uid,
  assignments,
});

describe('raciProblems', () => {
  it('passes a task with exactly one Accountable and at least one Responsible', () => {
    expect(raciProblems([task('t1', { board: 'accountable', hr: 'responsible', pa: 'responsible' })], people)).toEqual([
      { uid: 't1', accountable: 1, responsible: 2, problems: [] },
    ]);
  });

  it('needs someone Responsible besides the Accountable (one role per stakeholder and task)', () => {
    expect(raciProblems([task('t', { hr: 'accountable' })], people)[0]?.problems).toEqual(['no-responsible']);
  });

  it('reports every failing check per task, in task order', () => {
    const checks = raciProblems(
      [
        task('empty', {}),
        task('two-a', { board: 'accountable', hr: 'accountable', pa: 'consulted' }),
        task('no-r', { board: 'accountable', hr: 'informed' }),
        task('no-a', { hr: 'responsible' }),
      ],
      people,
    );
    expect(checks.map((check) => [check.uid, check.problems])).toEqual([
      ['empty', ['no-accountable', 'no-responsible']],
      ['two-a', ['many-accountable', 'no-responsible']],
      ['no-r', ['no-responsible']],
      ['no-a', ['no-accountable']],
    ]);
  });

  it('ignores roles of stakeholders that no longer exist', () => {
    const checks = raciProblems([task('t', { gone: 'accountable', board: 'accountable', hr: 'responsible' })], people);
    expect(checks[0]).toEqual({ uid: 't', accountable: 1, responsible: 1, problems: [] });
    expect(raciProblems([task('t', { gone: 'responsible', hr: 'accountable' })], people)[0]?.problems).toEqual([
      'no-responsible',
    ]);
  });

  it('reads half-filled data defensively', () => {
    expect(raciProblems([undefined, { uid: 'x' }], [null, {}])).toEqual([
      { uid: '', accountable: 0, responsible: 0, problems: ['no-accountable', 'no-responsible'] },
      { uid: 'x', accountable: 0, responsible: 0, problems: ['no-accountable', 'no-responsible'] },
    ]);
    expect(raciProblems([], people)).toEqual([]);
  });
});

describe('removing a stakeholder from the matrix and putting it back', () => {
  const tasks = [
    task('t1', { board: 'accountable', hr: 'responsible' }),
    task('t2', { board: 'informed' }),
    task('t3', { hr: 'accountable' }),
  ];

  it('drops its roles, keeps untouched tasks as they were, and tells what was removed', () => {
    const { tasks: next, removed } = withoutStakeholder(tasks, 'hr');
    expect(next.map((t) => t.assignments)).toEqual([{ board: 'accountable' }, { board: 'informed' }, {}]);
    expect(next[1]).toBe(tasks[1]);
    expect(removed).toEqual({ t1: 'responsible', t3: 'accountable' });
  });

  it('restores the roles on the tasks that still exist', () => {
    const { tasks: next, removed } = withoutStakeholder(tasks, 'hr');
    const restored = withRolesRestored(next, 'hr', removed);
    expect(restored).toEqual(tasks);
    // A task deleted in the meantime stays deleted.
    expect(withRolesRestored([next[0]!, next[1]!], 'hr', removed).map((t) => t.uid)).toEqual(['t1', 't2']);
  });

  it('changes nothing for a stakeholder without roles', () => {
    const { tasks: next, removed } = withoutStakeholder(tasks, 'pa');
    expect(next.every((t, i) => t === tasks[i])).toBe(true);
    expect(removed).toEqual({});
  });
});
