import { describe, expect, it } from 'vitest';
import { createDraft, type Draft } from '@/lib/draft/envelope';
import type { ImportRecord } from '@/lib/import/mapping';
import { emptyAction, MAX_ACTIONS } from '@/lib/steps/action';
import { LIMITS } from '@/lib/steps/fields';
import { MAX_SURVEY_RESULTS, MAX_SURVEYS } from './schema';
import {
  actFirst,
  addSurvey,
  fitsOneSurvey,
  hasRoomForAction,
  hasRoomForSurvey,
  latestSurvey,
  linkAction,
  linkedActions,
  linkNewAction,
  surveyFromFile,
  surveyMatrix,
  unlinkAction,
  type SurveyFile,
} from './survey';

const counter = () => {
  let next = 0;
  return () => `u${(next += 1)}`;
};

const record = (
  item: string,
  score: number,
  importance: number,
  respondents: number | null = 40,
  theme: string | null = null,
): ImportRecord<'survey'> => ({ item, theme, score, importance, benchmark: null, respondents });

const file = (records: ImportRecord<'survey'>[]): SurveyFile => ({
  records,
  rowNumbers: records.map((_, index) => index + 2),
  columns: {
    item: 'Vraag',
    theme: 'Thema',
    score: 'Score',
    importance: 'Belang',
    benchmark: '',
    respondents: 'N',
  },
  source: 'bevraging.xlsx',
  date: '2027-05-20',
});

const RECORDS = [
  record('Werkdruk', 2.5, 4.8, 40, 'Werk'),
  record('Collega’s', 4.2, 4.5),
  record('Kantine', 2.8, 2.0),
  record('Parking', 4.1, 2.1),
  record('Klein team', 1.0, 5.0, 6),
];

function withSurvey(): { draft: Draft; surveyUid: string; uidOf: (item: string) => string } {
  const base = createDraft({ name: 'Plan', organisation: '', locale: 'nl' }, new Date('2027-01-05T10:00:00Z'), 'd1');
  const imported = surveyFromFile(file(RECORDS), counter());
  if (!imported.ok) throw new Error('import failed');
  const draft = addSurvey(
    { ...base, steps: { ...base.steps, action: { ...base.steps.action, actions: [emptyAction('a1')] } } },
    imported.survey,
  );
  const uidOf = (item: string) => imported.survey.results.find((result) => result.item === item)?.uid ?? '';
  return { draft, surveyUid: imported.survey.uid, uidOf };
}

describe('an imported survey', () => {
  it('keeps every row as a result, the small group too, with no action linked yet', () => {
    const imported = surveyFromFile(file(RECORDS), counter());
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.survey).toMatchObject({ date: '2027-05-20', source: 'bevraging.xlsx' });
    expect(imported.survey.results.map((result) => [result.item, result.theme, result.respondents])).toEqual([
      ['Werkdruk', 'Werk', 40],
      ['Collega’s', '', 40],
      ['Kantine', '', 40],
      ['Parking', '', 40],
      ['Klein team', '', 6],
    ]);
    expect(imported.survey.results.every((result) => result.actions.length === 0)).toBe(true);
  });

  it('names the row and column of a cell past what the draft keeps, and keeps nothing', () => {
    const long = 'x'.repeat(LIMITS.short + 1);
    const imported = surveyFromFile(file([record('Werkdruk', 2.5, 4.8), record(long, 3, 2_000_000)]), counter());
    expect(imported).toEqual({
      ok: false,
      problems: [
        { kind: 'too-long', field: 'item', row: 3, column: 'Vraag' },
        { kind: 'out-of-range', field: 'importance', row: 3, column: 'Belang' },
      ],
    });
  });

  it('fits one survey up to its maximum of results, not one more', () => {
    const rows = (count: number) => file(Array.from({ length: count }, (_, index) => record(`Item ${index}`, 3, 4)));
    expect(fitsOneSurvey(rows(MAX_SURVEY_RESULTS))).toBe(true);
    expect(fitsOneSurvey(rows(MAX_SURVEY_RESULTS + 1))).toBe(false);
    expect(surveyFromFile(rows(MAX_SURVEY_RESULTS), counter()).ok).toBe(true);
  });

  it('is stored after the others, up to the maximum', () => {
    const { draft } = withSurvey();
    expect(latestSurvey(draft)?.source).toBe('bevraging.xlsx');
    expect(hasRoomForSurvey(draft)).toBe(true);
    const survey = latestSurvey(draft)!;
    const full = {
      ...draft,
      followUp: { ...draft.followUp, surveys: Array.from({ length: MAX_SURVEYS }, () => survey) },
    };
    expect(hasRoomForSurvey(full)).toBe(false);
    expect(() => addSurvey(full, survey)).toThrow();
  });
});

describe('the priority matrix of a stored survey', () => {
  it('classifies each item with its result; the small group is only counted', () => {
    const { draft } = withSurvey();
    const matrix = surveyMatrix(latestSurvey(draft)!)!;
    expect(Object.fromEntries(matrix.items.map((item) => [item.result.item, item.priority]))).toEqual({
      Werkdruk: 'priority',
      'Collega’s': 'keep',
      Kantine: 'watch',
      Parking: 'fine',
    });
    expect(matrix.suppressed).toBe(1);
    expect(matrix.items.find((item) => item.item === 'Werkdruk')?.theme).toBe('Werk');
  });
});

describe('the order of the items', () => {
  it('lists the priorities first, then what to watch, keep and what is fine, the lowest score first', () => {
    const item = (name: string, priority: 'priority' | 'keep' | 'watch' | 'fine', score: number) => ({
      name,
      priority,
      score,
    });
    const sorted = actFirst([
      item('fine', 'fine', 4.5),
      item('keep', 'keep', 4.2),
      item('priority high', 'priority', 2.9),
      item('watch', 'watch', 2.6),
      item('priority low', 'priority', 2.1),
    ]);
    expect(sorted.map((entry) => entry.name)).toEqual(['priority low', 'priority high', 'watch', 'keep', 'fine']);
  });
});

describe('linking a priority to step 6', () => {
  it('links an item to an existing action once, and unlinks it without touching the action', () => {
    const { draft, surveyUid, uidOf } = withSurvey();
    const linked = linkAction(
      linkAction(draft, surveyUid, uidOf('Werkdruk'), 'a1'),
      surveyUid,
      uidOf('Werkdruk'),
      'a1',
    );
    const result = latestSurvey(linked)!.results.find((entry) => entry.item === 'Werkdruk')!;
    expect(result.actions).toEqual(['a1']);
    expect(linkedActions(result, linked.steps.action.actions).map((action) => action.uid)).toEqual(['a1']);
    const unlinked = unlinkAction(linked, surveyUid, uidOf('Werkdruk'), 'a1');
    expect(latestSurvey(unlinked)!.results.find((entry) => entry.item === 'Werkdruk')!.actions).toEqual([]);
    expect(unlinked.steps.action.actions.map((action) => action.uid)).toEqual(['a1']);
  });

  it('does not link to an action that is not in step 6', () => {
    const { draft, surveyUid, uidOf } = withSurvey();
    expect(linkAction(draft, surveyUid, uidOf('Werkdruk'), 'gone')).toBe(draft);
  });

  it('starts a new step 6 action from an item: the item as its title, the theme as its description, linked', () => {
    const { draft, surveyUid, uidOf } = withSurvey();
    const created = linkNewAction(draft, surveyUid, uidOf('Werkdruk'), 'a2');
    expect(created?.action).toMatchObject({ uid: 'a2', title: 'Werkdruk', description: 'Werk', status: 'planned' });
    expect(created?.draft.steps.action.actions.map((action) => action.uid)).toEqual(['a1', 'a2']);
    expect(latestSurvey(created!.draft)!.results.find((entry) => entry.item === 'Werkdruk')!.actions).toEqual(['a2']);
    expect(linkNewAction(draft, surveyUid, 'nothing', 'a3')).toBeNull();
  });

  it('shows only the linked actions still in the plan', () => {
    const { draft, surveyUid, uidOf } = withSurvey();
    const linked = linkAction(draft, surveyUid, uidOf('Kantine'), 'a1');
    const result = latestSurvey(linked)!.results.find((entry) => entry.item === 'Kantine')!;
    expect(linkedActions(result, [])).toEqual([]);
  });

  it('knows when step 6 is full', () => {
    const { draft } = withSurvey();
    const actions = Array.from({ length: MAX_ACTIONS }, (_, index) => emptyAction(`f${index}`));
    expect(hasRoomForAction(draft)).toBe(true);
    expect(hasRoomForAction({ ...draft, steps: { ...draft.steps, action: { ...draft.steps.action, actions } } })).toBe(
      false,
    );
  });
});
