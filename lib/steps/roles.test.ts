import { describe, expect, it } from 'vitest';
import { rolesComplete, rolesSchema } from './roles';

const stakeholder = (uid: string, extra: object = {}) => ({
  uid,
  actor: 'hr',
  customName: '',
  who: '',
  influence: 'high',
  interest: 'high',
  role: '',
  ...extra,
});

const complete = {
  stakeholders: [stakeholder('board', { actor: 'management-board' }), stakeholder('hr')],
  tasks: [{ uid: 't1', name: 'Beleid uitschrijven', assignments: { board: 'accountable', hr: 'responsible' } }],
  support: { ambassadors: '', participation: ['prevention-committee'], staffInvolvement: '' },
  notes: '',
};

const messagesOf = (data: unknown) =>
  rolesComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 3 (roles) schema', () => {
  it('accepts a complete step', () => {
    expect(messagesOf(complete)).toEqual([]);
  });

  it('fills defaults for a half-filled form, so autosave can store it', () => {
    const parsed = rolesSchema.parse({ stakeholders: [{ uid: 's1' }], tasks: [{ uid: 't1' }] });
    expect(parsed.stakeholders[0]).toEqual({
      uid: 's1',
      actor: null,
      customName: '',
      who: '',
      influence: null,
      interest: null,
      role: '',
    });
    expect(parsed.tasks[0]).toEqual({ uid: 't1', name: '', assignments: {} });
    expect(parsed.support).toEqual({ ambassadors: '', participation: [], staffInvolvement: '' });
  });

  it('says what is missing in an empty step', () => {
    expect(messagesOf({})).toEqual([
      'stakeholders=steps.roles.errors.stakeholdersRequired',
      'tasks=steps.roles.errors.tasksRequired',
      'support.participation=steps.roles.errors.participationRequired',
    ]);
  });

  it('asks for actor, custom name, influence and interest of each stakeholder', () => {
    expect(
      messagesOf({
        ...complete,
        stakeholders: [
          ...complete.stakeholders,
          stakeholder('x', { actor: null, influence: null }),
          stakeholder('y', { actor: 'other', customName: ' ', interest: null }),
        ],
      }),
    ).toEqual([
      'stakeholders.2.actor=steps.roles.errors.actorRequired',
      'stakeholders.2.influence=steps.roles.errors.influenceRequired',
      'stakeholders.3.customName=steps.roles.errors.customNameRequired',
      'stakeholders.3.interest=steps.roles.errors.interestRequired',
    ]);
  });

  it('reports RACI problems at the virtual fields of the task row', () => {
    expect(
      messagesOf({
        ...complete,
        tasks: [
          ...complete.tasks,
          { uid: 't2', name: '', assignments: {} },
          { uid: 't3', name: 'Budget', assignments: { board: 'accountable', hr: 'accountable' } },
        ],
      }),
    ).toEqual([
      'tasks.1.name=steps.roles.errors.taskNameRequired',
      'tasks.1.accountable=steps.roles.errors.accountableMissing',
      'tasks.1.responsible=steps.roles.errors.responsibleMissing',
      'tasks.2.accountable=steps.roles.errors.accountableTooMany',
      'tasks.2.responsible=steps.roles.errors.responsibleMissing',
    ]);
  });

  it('does not count roles of a deleted stakeholder', () => {
    expect(
      messagesOf({
        ...complete,
        tasks: [{ uid: 't1', name: 'Beleid', assignments: { board: 'accountable', gone: 'responsible' } }],
      }),
    ).toEqual(['tasks.0.responsible=steps.roles.errors.responsibleMissing']);
  });

  it('accepts a description of staff involvement instead of a participation channel', () => {
    const support = { ambassadors: '', participation: [], staffInvolvement: 'Bevraging per team.' };
    expect(messagesOf({ ...complete, support })).toEqual([]);
    expect(messagesOf({ ...complete, support: { ...support, staffInvolvement: '  ' } })).toEqual([
      'support.participation=steps.roles.errors.participationRequired',
    ]);
  });

  it('rejects an unknown RACI role, and lists the other problems at the same time', () => {
    const messages = messagesOf({
      ...complete,
      tasks: [{ uid: 't1', name: '', assignments: { board: 'accountable', hr: 'boss' } }],
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'tasks.0.assignments.hr=validation.invalidChoice',
        'tasks.0.name=steps.roles.errors.taskNameRequired',
      ]),
    );
  });
});
