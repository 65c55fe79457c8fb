import { draftSchema, type Draft } from '@/lib/draft/envelope';
import type { CellProblem, FieldId, ImportRecord } from '@/lib/import/mapping';
import { priorityMatrix, type Priority, type SurveyItem, type SurveyMatrix } from '@/lib/import/survey';
import { emptyAction, MAX_ACTIONS, type Action } from '@/lib/steps/action';
import {
  MAX_SURVEY_RESULTS,
  MAX_SURVEYS,
  surveyResultSchema,
  surveySchema,
  type Survey,
  type SurveyResult,
} from './schema';

/**
 * Staff surveys in the follow-up: an imported file's rows as stored results (every row kept, checked against the
 * schema's limits: a cell past them is named by row and column and nothing is stored), the priority matrix of a
 * stored survey, and the links from its items to step 6 actions (existing ones, or a new action started from the
 * item). Pure; each edit returns a new, parsed draft.
 */

type SurveyField = FieldId<'survey'>;

export interface SurveyFile {
  records: readonly ImportRecord<'survey'>[];
  /** The file's row number of each record. */
  rowNumbers: readonly number[];
  /** The header of the column each field was read from ('' when none). */
  columns: Readonly<Record<SurveyField, string>>;
  source: string;
  /** The import's day, YYYY-MM-DD. */
  date: string;
}

const TEXT_FIELDS = ['item', 'theme'] as const satisfies readonly SurveyField[];
const NUMBER_FIELDS = ['score', 'importance', 'benchmark', 'respondents'] as const satisfies readonly SurveyField[];

/** Whether a survey file's rows fit in one stored survey (MAX_SURVEY_RESULTS); check before `surveyFromFile`. */
export const fitsOneSurvey = (file: Pick<SurveyFile, 'records'>): boolean => file.records.length <= MAX_SURVEY_RESULTS;

/** An imported survey file as a survey to store, or the cells the draft cannot keep as they are. */
export function surveyFromFile(
  file: SurveyFile,
  newUid: () => string,
): { ok: true; survey: Survey } | { ok: false; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const results = file.records.map((record, index): SurveyResult | null => {
    const candidate = {
      uid: newUid(),
      ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, String(record[field] ?? '')])),
      ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, record[field] ?? null])),
    };
    const parsed = surveyResultSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SurveyField;
      problems.push({
        kind: (TEXT_FIELDS as readonly string[]).includes(field) ? 'too-long' : 'out-of-range',
        field,
        row: file.rowNumbers[index] ?? index + 2,
        column: file.columns[field] ?? '',
      });
    }
    return null;
  });
  if (problems.length) return { ok: false, problems };
  const survey = surveySchema.parse({ uid: newUid(), date: file.date, source: file.source, results });
  return { ok: true, survey };
}

const withSurveys = (draft: Draft, surveys: Survey[]): Draft =>
  draftSchema.parse({ ...draft, followUp: { ...draft.followUp, surveys } });

/** Whether another survey fits in the follow-up. */
export const hasRoomForSurvey = (draft: Draft): boolean => draft.followUp.surveys.length < MAX_SURVEYS;

/** Adds an imported survey after the others; throws past the maximum (check `hasRoomForSurvey` first). */
export function addSurvey(draft: Draft, survey: Survey): Draft {
  return withSurveys(draft, [...draft.followUp.surveys, survey]);
}

/** The survey the page shows first: the latest imported (the last in the list). */
export const latestSurvey = (draft: Draft): Survey | null => draft.followUp.surveys.at(-1) ?? null;

/** A stored survey's priority matrix, each item with its result (for its uid and linked actions). */
export function surveyMatrix(
  survey: Survey,
): (Omit<SurveyMatrix, 'items'> & { items: (SurveyItem & { result: SurveyResult })[] }) | null {
  const matrix = priorityMatrix(
    survey.results.map((result) => ({
      ...result,
      theme: result.theme.trim() || null,
      item: result.item.trim() || null,
    })),
  );
  if (!matrix) return null;
  return {
    ...matrix,
    items: matrix.items.flatMap((item) => {
      const result = survey.results[item.index];
      return result ? [{ ...item, result }] : [];
    }),
  };
}

/** The order the page lists a matrix's items in: what to act on first, then what to watch, keep, and what is fine. */
const ACT_FIRST: Record<Priority, number> = { priority: 0, watch: 1, keep: 2, fine: 3 };

/** A matrix's items in that order, the lowest score first within each place. */
export function actFirst<T extends Pick<SurveyItem, 'priority' | 'score'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => ACT_FIRST[a.priority] - ACT_FIRST[b.priority] || a.score - b.score);
}

function editResult(draft: Draft, surveyUid: string, resultUid: string, edit: (result: SurveyResult) => SurveyResult) {
  const surveys = draft.followUp.surveys.map((survey) =>
    survey.uid === surveyUid
      ? { ...survey, results: survey.results.map((result) => (result.uid === resultUid ? edit(result) : result)) }
      : survey,
  );
  return surveys;
}

/** Links an item of a survey to an existing step 6 action (nothing changes when it is linked already). */
export function linkAction(draft: Draft, surveyUid: string, resultUid: string, actionUid: string): Draft {
  if (!draft.steps.action.actions.some((action) => action.uid === actionUid)) return draft;
  return withSurveys(
    draft,
    editResult(draft, surveyUid, resultUid, (result) =>
      result.actions.includes(actionUid) ? result : { ...result, actions: [...result.actions, actionUid] },
    ),
  );
}

/** Removes the link between an item and an action; the action stays in step 6. */
export function unlinkAction(draft: Draft, surveyUid: string, resultUid: string, actionUid: string): Draft {
  return withSurveys(
    draft,
    editResult(draft, surveyUid, resultUid, (result) => ({
      ...result,
      actions: result.actions.filter((uid) => uid !== actionUid),
    })),
  );
}

/** Whether step 6 can take another action. */
export const hasRoomForAction = (draft: Draft): boolean => draft.steps.action.actions.length < MAX_ACTIONS;

/**
 * A new step 6 action started from a survey item: its title is the item, its description starts with the theme
 * (both the organisation's own words); the item is linked to it. Returns null when the item is not found.
 * Throws past step 6's maximum (check `hasRoomForAction` first).
 */
export function linkNewAction(
  draft: Draft,
  surveyUid: string,
  resultUid: string,
  actionUid: string,
): { draft: Draft; action: Action } | null {
  const result = draft.followUp.surveys
    .find((survey) => survey.uid === surveyUid)
    ?.results.find((entry) => entry.uid === resultUid);
  if (!result) return null;
  const action: Action = { ...emptyAction(actionUid), title: result.item.trim(), description: result.theme.trim() };
  const withAction = draftSchema.parse({
    ...draft,
    steps: { ...draft.steps, action: { ...draft.steps.action, actions: [...draft.steps.action.actions, action] } },
  });
  return { draft: linkAction(withAction, surveyUid, resultUid, actionUid), action };
}

/** The actions an item is linked to that are still in step 6, in step 6's order. */
export function linkedActions(result: SurveyResult, actions: readonly Action[]): Action[] {
  return actions.filter((action) => result.actions.includes(action.uid));
}
