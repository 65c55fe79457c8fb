import { SLOGAN_GUIDE_LENGTH } from '@/lib/steps/to-be';
import type { StepId } from '@/lib/steps/registry';

/**
 * The blank worksheets (/[locale]/worksheets/): per step, the questions of its
 * form, taken from the step's own labels and hints in messages/*.json, and its
 * tool drawn empty. Each sheet fits one printed A4 page; the page iterates the
 * registry, so the order is the app's. A unit test checks that every key
 * exists in both languages.
 */

/** A message key and the values of its placeholders. */
export interface WorksheetText {
  key: string;
  values?: Record<string, string | number>;
}

export type WorksheetTool = 'levers' | 'effort-impact' | 'power-interest' | 'raci' | 'mirror' | 'calendar';

export type WorksheetItem =
  /** Short answers, one line each. */
  | { kind: 'fields'; fields: WorksheetText[] }
  /** An open question with `lines` lines to write on. */
  | { kind: 'question'; label: WorksheetText; hint?: WorksheetText; lines: number }
  /** A blank table: a heading, its columns and `rows` empty rows. */
  | { kind: 'table'; title: WorksheetText; hint?: WorksheetText; columns: WorksheetText[]; rows: number }
  /** The step's tool, drawn empty (components/worksheets/Tools.tsx). */
  | { kind: 'tool'; tool: WorksheetTool };

const text = (key: string, values?: WorksheetText['values']): WorksheetText => (values ? { key, values } : { key });

const question = (label: string, lines: number, hint?: string): WorksheetItem => ({
  kind: 'question',
  label: text(label),
  ...(hint ? { hint: text(hint) } : {}),
  lines,
});

const table = (title: string, columns: string[], rows: number, hint?: string): WorksheetItem => ({
  kind: 'table',
  title: text(title),
  ...(hint ? { hint: text(hint) } : {}),
  columns: columns.map((key) => text(key)),
  rows,
});

export const WORKSHEETS = {
  why: [
    {
      kind: 'fields',
      fields: [text('steps.why.name'), text('steps.why.type'), text('steps.why.sector'), text('steps.why.staffCount')],
    },
    question('steps.why.mission', 2, 'steps.why.missionHint'),
    question('steps.why.vision', 2, 'steps.why.visionHint'),
    question('steps.why.valuesHeading', 2, 'steps.why.valuesHint'),
    question('steps.why.drivers', 2),
    question('steps.why.whyHere', 3, 'steps.why.whyHereHint'),
    { kind: 'tool', tool: 'levers' },
  ],
  'as-is': [
    question('steps.asIs.evaluationFindings', 2, 'steps.asIs.evaluationOptionalHint'),
    table(
      'steps.asIs.initiativesHeading',
      [
        'steps.asIs.columnInitiative',
        'steps.action.lever',
        'steps.action.level',
        'steps.asIs.columnEffort',
        'steps.asIs.columnImpact',
      ],
      6,
      'steps.asIs.initiativeDescriptionHint',
    ),
    { kind: 'tool', tool: 'effort-impact' },
    {
      kind: 'fields',
      fields: [
        text('steps.asIs.year'),
        text('steps.asIs.absencePercentage'),
        text('steps.asIs.frequency'),
        text('steps.asIs.averageDuration'),
      ],
    },
    question('steps.asIs.demands', 2, 'steps.asIs.demandsHint'),
    question('steps.asIs.resources', 2, 'steps.asIs.resourcesHint'),
  ],
  roles: [
    table(
      'steps.roles.stakeholdersHeading',
      ['steps.roles.actor', 'steps.roles.who', 'steps.roles.influence', 'steps.roles.interest', 'steps.roles.role'],
      6,
      'steps.roles.roleHint',
    ),
    { kind: 'tool', tool: 'power-interest' },
    { kind: 'tool', tool: 'raci' },
    question('steps.roles.ambassadors', 2, 'steps.roles.ambassadorsHint'),
    question('steps.roles.staffInvolvement', 2),
  ],
  'to-be': [
    question('steps.toBe.results', 3, 'steps.toBe.resultsHint'),
    table(
      'steps.toBe.objectivesHeading',
      ['worksheets.objective', 'worksheets.levers'],
      4,
      'steps.toBe.objectivesHint',
    ),
    {
      kind: 'question',
      label: text('steps.toBe.slogan'),
      hint: text('steps.toBe.sloganHint', { max: SLOGAN_GUIDE_LENGTH }),
      lines: 1,
    },
    { kind: 'tool', tool: 'mirror' },
  ],
  resources: [
    table(
      'steps.resources.budgetLinesHeading',
      ['steps.resources.category', 'steps.resources.description', 'steps.resources.amount', 'steps.resources.year'],
      6,
      'steps.resources.budgetLinesHint',
    ),
    table(
      'steps.resources.staffTimeHeading',
      ['steps.resources.role', 'steps.resources.fte'],
      3,
      'steps.resources.staffTimeHint',
    ),
    table(
      'steps.resources.expertiseHeading',
      ['steps.resources.expertiseDescription', 'steps.resources.expertiseSource'],
      3,
    ),
    {
      kind: 'fields',
      fields: [
        text('steps.resources.roi.staffFte'),
        text('steps.resources.roi.workingDaysPerFte'),
        text('steps.resources.roi.absencePercentage'),
        text('steps.resources.roi.psychosocialShare'),
        text('steps.resources.roi.dayCost'),
      ],
    },
    question('steps.resources.board.text', 3, 'steps.resources.board.intro'),
  ],
  action: [
    table(
      'steps.action.objectivesHeading',
      ['steps.action.objectiveName', 'worksheets.strategic'],
      3,
      'steps.action.objectivesIntro',
    ),
    table(
      'steps.action.actionsHeading',
      [
        'steps.action.actionTitle',
        'steps.action.owner',
        'steps.action.start',
        'steps.action.end',
        'steps.action.budget',
        'steps.action.expectedResult',
      ],
      7,
      'steps.action.actionsIntro',
    ),
    table(
      'steps.action.communicationHeading',
      ['steps.action.audience', 'steps.action.message', 'steps.action.channel', 'steps.action.timing'],
      4,
      'steps.action.communicationIntro',
    ),
    question('steps.action.offlineReach', 2, 'steps.action.offlineNotice'),
  ],
  measure: [
    table(
      'steps.measure.indicatorsHeading',
      [
        'steps.measure.name',
        'steps.measure.level',
        'steps.measure.source',
        'steps.measure.frequency',
        'steps.measure.baseline',
        'steps.measure.target',
        'steps.measure.owner',
      ],
      7,
    ),
    { kind: 'tool', tool: 'calendar' },
  ],
} satisfies Record<StepId, WorksheetItem[]>;
