import type { CellProblem, FieldId } from '@/lib/import/mapping';
import type { ReadError } from '@/lib/import/read';
import type { Priority } from '@/lib/import/survey';

/** Message keys (in `followUp.mapping` and `followUp.survey`) of the import's codes, written out so each is found. */
export const FIELD_KEYS = {
  absence: {
    team: 'fields.absence.team',
    month: 'fields.absence.month',
    sickDays: 'fields.absence.sickDays',
    availableDays: 'fields.absence.availableDays',
    spells: 'fields.absence.spells',
    headcount: 'fields.absence.headcount',
  },
  survey: {
    item: 'fields.survey.item',
    theme: 'fields.survey.theme',
    score: 'fields.survey.score',
    importance: 'fields.survey.importance',
    benchmark: 'fields.survey.benchmark',
    respondents: 'fields.survey.respondents',
  },
} as const satisfies { absence: Record<FieldId<'absence'>, string>; survey: Record<FieldId<'survey'>, string> };

export const READ_ERROR_KEYS = {
  'too-large': 'read.too-large',
  'not-a-table': 'read.not-a-table',
  empty: 'read.empty',
  unreadable: 'read.unreadable',
} as const satisfies Record<ReadError['kind'], string>;

export const PROBLEM_KEYS = {
  unmapped: 'problems.unmapped',
  missing: 'problems.missing',
  'not-a-number': 'problems.not-a-number',
  'not-a-month': 'problems.not-a-month',
  negative: 'problems.negative',
  'too-long': 'problems.too-long',
  'out-of-range': 'problems.out-of-range',
} as const satisfies Record<CellProblem['kind'], string>;

export const PRIORITY_KEYS = {
  priority: { label: 'priorities.priority.label', hint: 'priorities.priority.hint' },
  keep: { label: 'priorities.keep.label', hint: 'priorities.keep.hint' },
  watch: { label: 'priorities.watch.label', hint: 'priorities.watch.hint' },
  fine: { label: 'priorities.fine.label', hint: 'priorities.fine.hint' },
} as const satisfies Record<Priority, { label: string; hint: string }>;
