import { describe, expect, it } from 'vitest';
import { actionStepSchema, emptyAction, type Action } from './steps/action';
import { filterActions, isFiltering, NO_FILTER, objectiveUnlinks, sortActions, withoutDanglingLinks } from './actions';

const make = (uid: string, extra: Partial<Action> = {}): Action => ({ ...emptyAction(uid), title: uid, ...extra });

const actions = [
  make('a', { status: 'done', lever: 'leadership', owner: 'hr', objectives: ['o1'] }),
  make('b', { status: 'planned', lever: 'leadership', owner: 'pa', objectives: ['o1', 'o2'] }),
  make('c', { status: 'planned', lever: 'employability', owner: 'hr', objectives: [] }),
  make('d', { status: 'in-progress', lever: null, owner: null, objectives: ['o2'] }),
];
const uids = (list: readonly { uid: string }[]) => list.map((item) => item.uid);

describe('filterActions', () => {
  it('returns everything, in order, without a filter', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(uids(filterActions(actions, NO_FILTER))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by status, lever, owner and objective', () => {
    expect(uids(filterActions(actions, { ...NO_FILTER, status: 'planned' }))).toEqual(['b', 'c']);
    expect(uids(filterActions(actions, { ...NO_FILTER, lever: 'leadership' }))).toEqual(['a', 'b']);
    expect(uids(filterActions(actions, { ...NO_FILTER, owner: 'hr' }))).toEqual(['a', 'c']);
    expect(uids(filterActions(actions, { ...NO_FILTER, objective: 'o2' }))).toEqual(['b', 'd']);
  });

  it('combines criteria (all must match)', () => {
    const filter = { ...NO_FILTER, status: 'planned', objective: 'o1' } as const;
    expect(isFiltering(filter)).toBe(true);
    expect(uids(filterActions(actions, filter))).toEqual(['b']);
    expect(filterActions(actions, { ...filter, owner: 'nobody' })).toEqual([]);
  });

  it('never changes the list it was given', () => {
    const copy = structuredClone(actions);
    filterActions(actions, { ...NO_FILTER, owner: 'hr' });
    expect(actions).toEqual(copy);
  });
});

describe('sortActions', () => {
  const dated = [
    make('late', { title: 'Zomerschool', start: '2027-09', end: '2027-10' }),
    make('none', { title: 'Affiches', start: null, end: null }),
    make('early', { title: 'Één kick-off', start: '2027-01', end: '2027-12' }),
    make('early-short', { title: 'coaching', start: '2027-01', end: '2027-02' }),
    make('end-only', { title: '', start: null, end: '2027-05' }),
    make('reversed', { title: 'Budget 10', start: '2027-06', end: '2027-02' }),
    make('untitled', { title: '  ', start: '2026-12', end: null }),
    make('numbered', { title: 'Budget 9' }),
  ];

  it('keeps the manual order', () => {
    expect(uids(sortActions(dated, 'manual'))).toEqual(uids(dated));
  });

  it('sorts by start month, then end month; undated and inconsistent dates last, in manual order', () => {
    expect(uids(sortActions(dated, 'start'))).toEqual([
      'untitled',
      'early-short',
      'early',
      'end-only',
      'late',
      'none',
      'reversed',
      'numbered',
    ]);
  });

  it('sorts by title in the language’s alphabetical order, ignoring case and accents; untitled last', () => {
    expect(uids(sortActions(dated, 'title', 'nl'))).toEqual([
      'none',
      'numbered',
      'reversed',
      'early-short',
      'early',
      'late',
      'end-only',
      'untitled',
    ]);
  });

  it('returns a new array and leaves the stored order alone', () => {
    const before = uids(dated);
    const sorted = sortActions(dated, 'title');
    expect(sorted).not.toBe(dated);
    expect(uids(dated)).toEqual(before);
  });
});

describe('link integrity', () => {
  const data = actionStepSchema.parse({
    operationalObjectives: [
      { uid: 'o1', name: 'A', strategicObjectives: ['s1', 'gone-strategic'] },
      { uid: 'o2', name: 'B', strategicObjectives: ['s1'] },
    ],
    actions: [
      { ...make('a1'), objectives: ['o1', 'gone-objective'], owner: 'gone-owner', budgetLine: 'b1' },
      { ...make('a2'), objectives: ['o2'], owner: 'hr', budgetLine: 'gone-line' },
    ],
    communication: [
      { uid: 'c1', audience: 'All', owner: 'gone-owner' },
      { uid: 'c2', audience: 'Teams', owner: 'hr' },
    ],
  });
  const targets = {
    stakeholders: new Set(['hr']),
    strategicObjectives: new Set(['s1']),
    budgetLines: new Set(['b1']),
  };

  it('treats links to entities that no longer exist as not linked', () => {
    const clean = withoutDanglingLinks(data, targets);
    expect(clean.operationalObjectives.map((item) => item.strategicObjectives)).toEqual([['s1'], ['s1']]);
    expect(clean.actions.map((item) => [item.objectives, item.owner, item.budgetLine])).toEqual([
      [['o1'], null, 'b1'],
      [['o2'], 'hr', null],
    ]);
    expect(clean.communication.map((item) => item.owner)).toEqual([null, 'hr']);
  });

  it('leaves entries with sound links as they were', () => {
    const clean = withoutDanglingLinks(data, targets);
    expect(clean.operationalObjectives[1]).toBe(data.operationalObjectives[1]);
    expect(clean.communication[1]).toBe(data.communication[1]);
    expect(withoutDanglingLinks(clean, targets).actions[0]).toBe(clean.actions[0]);
  });

  it('finds the actions to unlink when objectives are deleted, and what they keep', () => {
    expect(objectiveUnlinks(data.actions, ['o1'])).toEqual([
      { uid: 'a1', index: 0, before: ['o1', 'gone-objective'], after: ['gone-objective'] },
    ]);
    expect(objectiveUnlinks(data.actions, ['o1', 'o2'])).toHaveLength(2);
    expect(objectiveUnlinks(data.actions, ['unknown'])).toEqual([]);
  });
});
