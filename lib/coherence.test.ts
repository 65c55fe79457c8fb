import { describe, expect, it } from 'vitest';
import { canBeFinal, coherenceChecks, COHERENCE_CODES, SEVERITY, type CoherenceCode } from './coherence';
import { draftSchema, SCHEMA_VERSION, type Draft } from './draft/envelope';
import { LEVERS } from './steps/shared';

/** A small draft in which every thread is tied: no issue at all. */
function cleanDraft(): Draft {
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid: 'd1',
    name: 'Plan',
    organisation: 'Org',
    locale: 'nl',
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-02T09:15:00.000Z',
    revision: 0,
    steps: {
      roles: {
        stakeholders: [{ uid: 'board' }, { uid: 'hr' }],
        tasks: [{ uid: 't1', name: 'Budget goedkeuren', assignments: { board: 'accountable', hr: 'responsible' } }],
      },
      'to-be': {
        slogan: 'Zorg voor groen, zorg voor elkaar',
        objectives: [
          { uid: 's1', name: 'Coachend leiderschap', levers: ['leadership', 'employability', 'meaningful-work'] },
          { uid: 's2', name: 'Werkdruk beheersen', levers: ['work-life-balance'] },
        ],
        mirror: { 'new-ways-of-working': { leftOut: true, leftOutReason: 'Na de fusie' } },
      },
      resources: {
        budgetLines: [{ uid: 'b1', category: 'training', description: 'Traject', amount: 20000, year: 2027 }],
      },
      action: {
        operationalObjectives: [
          { uid: 'o1', name: 'Alle leidinggevenden gevormd', strategicObjectives: ['s1'] },
          { uid: 'o2', name: 'Kwartaalgesprek in elk team', strategicObjectives: ['s2'] },
        ],
        actions: [
          {
            uid: 'a1',
            title: 'Leiderschapstraject',
            objectives: ['o1'],
            lever: 'leadership',
            level: 'team',
            owner: 'hr',
            start: '2027-02',
            end: '2027-12',
            budget: 15000,
            budgetLine: 'b1',
          },
          {
            uid: 'a2',
            title: 'Draaiboek teamgesprek',
            objectives: ['o2'],
            lever: 'work-life-balance',
            level: 'team',
            owner: 'hr',
            start: '2027-03',
            end: '2027-04',
          },
        ],
      },
      measure: {
        indicators: [
          { uid: 'i1', name: 'Deelname traject', level: 'team', frequency: 'yearly', actions: ['a1'] },
          { uid: 'i2', name: 'Werkdruk per dienst', level: 'team', frequency: 'yearly', objectives: ['o2'] },
        ],
      },
    },
  });
}

type Steps = Draft['steps'];
function edit(change: (steps: Steps) => void): Draft {
  const draft = cleanDraft();
  change(draft.steps);
  return draft;
}
const codes = (draft: Draft): CoherenceCode[] => coherenceChecks(draft).map((issue) => issue.code);
const issue = (draft: Draft, code: CoherenceCode) => coherenceChecks(draft).find((found) => found.code === code);
const action = (steps: Steps, index: number) => {
  const found = steps.action.actions[index];
  if (!found) throw new Error('no action');
  return found;
};

describe('coherenceChecks', () => {
  it('finds nothing in a draft whose thread is tied from objective to indicator', () => {
    expect(coherenceChecks(cleanDraft())).toEqual([]);
    expect(canBeFinal([])).toBe(true);
  });

  it('blocks a final plan without a slogan or objectives, and says where to fix it', () => {
    const draft = edit((steps) => {
      steps['to-be'].slogan = '  ';
      steps['to-be'].objectives = [];
      steps.action.operationalObjectives = [];
    });
    const found = coherenceChecks(draft);
    expect(found.slice(0, 3)).toEqual([
      {
        code: 'slogan-missing',
        severity: 'blocking',
        step: 'to-be',
        field: 'slogan',
        uid: null,
        params: {},
        codes: {},
      },
      expect.objectContaining({ code: 'strategic-objectives-missing', step: 'to-be', field: 'objectives' }),
      expect.objectContaining({
        code: 'operational-objectives-missing',
        step: 'action',
        field: 'operationalObjectives',
      }),
    ]);
    expect(canBeFinal(found)).toBe(false);
  });

  it('does not count objectives without a name', () => {
    const draft = edit((steps) => {
      steps['to-be'].objectives.forEach((item) => (item.name = ''));
    });
    expect(codes(draft)).toContain('strategic-objectives-missing');
  });

  it('blocks a responsibility matrix without tasks or without exactly one Accountable; warns without a Responsible', () => {
    expect(
      issue(
        edit((steps) => void (steps.roles.tasks = [])),
        'raci-missing',
      ),
    ).toMatchObject({
      severity: 'blocking',
      step: 'roles',
      field: 'tasks',
    });
    const draft = edit((steps) => {
      steps.roles.tasks = [
        { uid: 't1', name: 'Budget', assignments: { hr: 'responsible' } },
        { uid: 't2', name: 'Opvolgen', assignments: { board: 'accountable', hr: 'accountable' } },
        { uid: 't3', name: 'Meten', assignments: { board: 'accountable', hr: 'informed' } },
      ];
    });
    expect(coherenceChecks(draft).filter((found) => found.step === 'roles')).toEqual([
      expect.objectContaining({
        code: 'raci-no-accountable',
        severity: 'blocking',
        field: 'tasks.0.accountable',
        uid: 't1',
        params: { task: 'Budget', position: 1 },
      }),
      expect.objectContaining({
        code: 'raci-many-accountable',
        severity: 'blocking',
        field: 'tasks.1.accountable',
        uid: 't2',
      }),
      expect.objectContaining({
        code: 'raci-no-responsible',
        severity: 'warning',
        field: 'tasks.1.responsible',
        uid: 't2',
      }),
      expect.objectContaining({
        code: 'raci-no-responsible',
        severity: 'warning',
        field: 'tasks.2.responsible',
        uid: 't3',
      }),
    ]);
  });

  it('does not count an Accountable who was deleted from the stakeholders', () => {
    const draft = edit((steps) => void (steps.roles.stakeholders = [{ ...steps.roles.stakeholders[1]!, uid: 'hr' }]));
    expect(codes(draft)).toContain('raci-no-accountable');
  });

  it('warns about an action that serves no (existing) objective', () => {
    expect(
      issue(
        edit((steps) => void (action(steps, 1).objectives = [])),
        'action-without-objective',
      ),
    ).toEqual({
      code: 'action-without-objective',
      severity: 'warning',
      step: 'action',
      field: 'actions.1.objectives',
      uid: 'a2',
      params: { action: 'Draaiboek teamgesprek', position: 2 },
      codes: {},
    });
    expect(codes(edit((steps) => void (action(steps, 1).objectives = ['gone'])))).toContain('action-without-objective');
  });

  it('warns about an operational objective without an action or an indicator', () => {
    const draft = edit((steps) => {
      steps.action.operationalObjectives.push({
        uid: 'o3',
        name: 'Veerkracht',
        description: '',
        strategicObjectives: ['s1'],
      });
    });
    expect(coherenceChecks(draft)).toEqual([
      expect.objectContaining({
        code: 'operational-objective-without-action',
        step: 'action',
        field: 'actions',
        uid: 'o3',
        params: { objective: 'Veerkracht', position: 3 },
      }),
      expect.objectContaining({
        code: 'operational-objective-without-indicator',
        step: 'measure',
        field: 'indicators',
        uid: 'o3',
      }),
    ]);
  });

  it('counts an indicator on one of its actions as measuring the operational objective', () => {
    expect(codes(cleanDraft())).not.toContain('operational-objective-without-indicator');
    const draft = edit((steps) => void (steps.measure.indicators[0]!.actions = []));
    expect(issue(draft, 'operational-objective-without-indicator')?.uid).toBe('o1');
  });

  it('counts strategic objectives through the operational objectives linked to them', () => {
    const unlinked = edit((steps) => void (steps.action.operationalObjectives[1]!.strategicObjectives = []));
    expect(coherenceChecks(unlinked)).toEqual([
      expect.objectContaining({
        code: 'strategic-objective-without-action',
        field: 'operationalObjectives',
        uid: 's2',
        params: { objective: 'Werkdruk beheersen', position: 2 },
      }),
      expect.objectContaining({ code: 'strategic-objective-without-indicator', step: 'measure', uid: 's2' }),
    ]);
    const measuredDirectly = edit((steps) => {
      steps.action.operationalObjectives[1]!.strategicObjectives = [];
      steps.measure.indicators[1]!.objectives = ['s2'];
    });
    // The strategic objective is measured now; its former operational objective is not.
    expect(codes(measuredDirectly)).toEqual([
      'strategic-objective-without-action',
      'operational-objective-without-indicator',
    ]);
  });

  it('does not count a linked operational objective that has no action of its own', () => {
    const draft = edit((steps) => void (action(steps, 1).objectives = ['o1']));
    expect(codes(draft)).toEqual(['strategic-objective-without-action', 'operational-objective-without-action']);
  });

  it('warns about an action without an owner, also when the owner was deleted', () => {
    expect(
      issue(
        edit((steps) => void (action(steps, 0).owner = null)),
        'action-without-owner',
      )?.field,
    ).toBe('actions.0.owner');
    expect(codes(edit((steps) => void (action(steps, 0).owner = 'gone')))).toEqual(['action-without-owner']);
  });

  it('warns about an action without a start or an end, pointing at the missing one', () => {
    expect(
      issue(
        edit((steps) => void (action(steps, 0).start = null)),
        'action-without-dates',
      )?.field,
    ).toBe('actions.0.start');
    expect(
      issue(
        edit((steps) => void (action(steps, 0).end = null)),
        'action-without-dates',
      )?.field,
    ).toBe('actions.0.end');
  });

  it('asks for a budget line only where money is involved, and treats a deleted line as missing', () => {
    expect(codes(edit((steps) => void (action(steps, 1).budget = 0)))).toEqual([]);
    expect(
      issue(
        edit((steps) => void (action(steps, 1).budget = 500)),
        'action-without-budget-line',
      )?.field,
    ).toBe('actions.1.budgetLine');
    expect(codes(edit((steps) => void (action(steps, 1).budgetLine = 'gone')))).toEqual(['action-without-budget-line']);
    expect(codes(edit((steps) => void (steps.resources.budgetLines = [])))).toEqual([
      'action-without-budget-line',
      'actions-over-budget',
    ]);
  });

  it('warns when the actions cost more than step 5’s budget, with both totals', () => {
    expect(codes(edit((steps) => void (action(steps, 1).budget = 5000)))).not.toContain('actions-over-budget');
    const over = edit((steps) => {
      action(steps, 1).budget = 5000.1;
      action(steps, 1).budgetLine = 'b1';
    });
    expect(coherenceChecks(over)).toEqual([
      {
        code: 'actions-over-budget',
        severity: 'warning',
        step: 'resources',
        field: 'budgetLines',
        uid: null,
        params: { actionsTotal: 20000.1, budget: 20000, difference: 0.1 },
        codes: {},
      },
    ]);
  });

  it('warns about a lever neither covered nor deliberately left out', () => {
    const draft = edit((steps) => void (steps['to-be'].mirror['new-ways-of-working'].leftOut = false));
    expect(coherenceChecks(draft)).toEqual([
      expect.objectContaining({
        code: 'lever-not-covered',
        step: 'to-be',
        field: 'mirror.new-ways-of-working.leftOut',
        codes: { lever: 'new-ways-of-working' },
      }),
    ]);
    const byAction = edit((steps) => {
      steps['to-be'].mirror['new-ways-of-working'].leftOut = false;
      action(steps, 1).lever = 'new-ways-of-working';
    });
    expect(codes(byAction)).toEqual([]);
    const nothing = edit((steps) => {
      steps['to-be'].objectives.forEach((item) => (item.levers = []));
      steps.action.actions.forEach((item) => (item.lever = null));
    });
    expect(coherenceChecks(nothing).map((found) => found.codes.lever)).toEqual(
      LEVERS.filter((lever) => lever !== 'new-ways-of-working'),
    );
  });

  it('warns about a level the actions work on without an indicator at that level', () => {
    const draft = edit((steps) => {
      action(steps, 0).level = 'organisation';
      action(steps, 1).level = 'individual';
    });
    expect(coherenceChecks(draft)).toEqual([
      expect.objectContaining({
        code: 'level-without-indicator',
        step: 'measure',
        params: { actions: 1 },
        codes: { level: 'individual' },
      }),
      expect.objectContaining({ code: 'level-without-indicator', codes: { level: 'organisation' } }),
    ]);
  });

  it('blocks only what stops a final plan', () => {
    expect(COHERENCE_CODES.filter((code) => SEVERITY[code] === 'blocking')).toEqual([
      'slogan-missing',
      'strategic-objectives-missing',
      'operational-objectives-missing',
      'raci-missing',
      'raci-no-accountable',
      'raci-many-accountable',
    ]);
    expect(
      canBeFinal([
        issue(
          edit((steps) => void (action(steps, 0).owner = null)),
          'action-without-owner',
        )!,
      ]),
    ).toBe(true);
  });
});
