import { actionStatusLabels, buildingBlockLabels } from '@/content/reference/action';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { budgetCategoryLabels } from '@/content/reference/resources';
import { actorLabels } from '@/content/reference/roles';
import type { Locale } from '@/i18n/routing';
import type { DraftSteps } from '@/lib/draft/envelope';
import { stakeholderName } from '@/lib/stakeholders';
import { label } from './cells';
import { exportTranslator } from './text';

/**
 * Step 6's actions as one table, one row per action, for spreadsheets (XLSX and CSV): every field of an
 * action, with the names of what it links to and the labels of its codes in the document language. Values keep
 * their type (a month stays "YYYY-MM", an amount a number) so each writer can store them as its format expects.
 */

export type SheetValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: 'amount' }
  | { kind: 'month'; month: string }
  | { kind: 'empty' };

export interface SheetColumn {
  /** Stable code of the column (tests, widths). */
  id: ActionColumn;
  header: string;
  /** Relative width, in characters, for spreadsheets that honour it. */
  width: number;
}

export interface SheetTable {
  /** The sheet's name, at most 31 characters (Excel's limit). */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}

export const ACTION_COLUMNS = [
  'number',
  'title',
  'description',
  'objectives',
  'strategicObjectives',
  'lever',
  'level',
  'buildingBlock',
  'owner',
  'partners',
  'start',
  'end',
  'budget',
  'budgetLine',
  'expectedResult',
  'status',
] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

const WIDTHS: Record<ActionColumn, number> = {
  number: 5,
  title: 36,
  description: 50,
  objectives: 36,
  strategicObjectives: 36,
  lever: 22,
  level: 16,
  buildingBlock: 30,
  owner: 24,
  partners: 24,
  start: 12,
  end: 12,
  budget: 12,
  budgetLine: 30,
  expectedResult: 40,
  status: 12,
};

/** Each column's header: the plan's own words where it has them, so the sheet and the document agree. */
const HEADERS: Record<ActionColumn, string> = {
  number: 'export.doc.number',
  title: 'export.doc.action.action',
  description: 'export.doc.description',
  objectives: 'export.doc.action.objectives',
  strategicObjectives: 'export.sheet.strategicObjectives',
  lever: 'steps.action.lever',
  level: 'steps.action.level',
  buildingBlock: 'export.sheet.buildingBlock',
  owner: 'export.doc.action.owner',
  partners: 'export.doc.action.partners',
  start: 'steps.action.start',
  end: 'steps.action.end',
  budget: 'export.sheet.budget',
  budgetLine: 'steps.action.budgetLine',
  expectedResult: 'export.doc.action.expectedResult',
  status: 'export.doc.action.status',
};

const text = (value: string): SheetValue => (value.trim() ? { kind: 'text', text: value } : { kind: 'empty' });

export function actionPlanTable(steps: DraftSteps, locale: Locale): SheetTable {
  const t = exportTranslator(locale);
  const actors = actorLabels[locale];
  const owners = new Map(steps.roles.stakeholders.map((s) => [s.uid, stakeholderName(s, actors)]));
  const operational = new Map(steps.action.operationalObjectives.map((o) => [o.uid, o]));
  const strategic = new Map(steps['to-be'].objectives.map((o) => [o.uid, o.name]));
  const lines = new Map(
    steps.resources.budgetLines.map((line) => [
      line.uid,
      [label(budgetCategoryLabels, line.category, locale), line.description.trim(), line.year ?? '']
        .filter((part) => part !== '')
        .join(' – '),
    ]),
  );
  // A name for every link that still points somewhere; links to deleted entries are left out, as in the plan.
  const names = (uids: readonly string[], map: ReadonlyMap<string, string | undefined>) =>
    uids
      .map((uid) => map.get(uid)?.trim())
      .filter(Boolean)
      .join('; ');

  const rows = steps.action.actions.map((action, index): SheetValue[] => {
    const served = action.objectives.flatMap((uid) => operational.get(uid)?.strategicObjectives ?? []);
    const cells: Record<ActionColumn, SheetValue> = {
      number: { kind: 'number', value: index + 1 },
      title: text(action.title),
      description: text(action.description),
      objectives: text(names(action.objectives, new Map([...operational].map(([uid, o]) => [uid, o.name])))),
      strategicObjectives: text(names([...new Set(served)], strategic)),
      lever: text(label(leverLabels, action.lever, locale)),
      level: text(label(levelLabels, action.level, locale)),
      buildingBlock: text(label(buildingBlockLabels, action.buildingBlock, locale)),
      owner: text(action.owner ? (owners.get(action.owner) ?? '') : ''),
      partners: text(action.partners),
      start: action.start ? { kind: 'month', month: action.start } : { kind: 'empty' },
      end: action.end ? { kind: 'month', month: action.end } : { kind: 'empty' },
      budget: action.budget == null ? { kind: 'empty' } : { kind: 'number', value: action.budget, format: 'amount' },
      budgetLine: text(action.budgetLine ? (lines.get(action.budgetLine) ?? '') : ''),
      expectedResult: text(action.expectedResult),
      status: text(label(actionStatusLabels, action.status, locale)),
    };
    return ACTION_COLUMNS.map((id) => cells[id]);
  });

  return {
    name: t('export.sheet.name').slice(0, 31),
    columns: ACTION_COLUMNS.map((id) => ({ id, header: t(HEADERS[id]), width: WIDTHS[id] })),
    rows,
  };
}
