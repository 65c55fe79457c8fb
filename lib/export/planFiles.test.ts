import ICAL from 'ical.js';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '@/lib/draft/envelope';
import { largeDraft } from '@/testing/fixtures';
import { ACTION_COLUMNS, actionPlanTable } from './actionPlanTable';
import { csvCell, CSV_BOM, toCsv } from './csv';
import { calendarFromDraft, fold, icsText } from './ics';
import { planFile } from './planFiles';
import { columnName, excelSerial, sheetText, toXlsx } from './xlsx';

const DATE = '2026-12-02';

/** A small plan with every kind of cell: links, codes, months, an amount, and text a spreadsheet could misread. */
function plan(): Draft {
  const base = largeDraft('nl');
  const stakeholder = {
    ...base.steps.roles.stakeholders[0]!,
    uid: 's1',
    actor: 'other' as const,
    customName: 'Hélène Dupont',
    who: '',
  };
  const steps = {
    ...base.steps,
    roles: { ...base.steps.roles, stakeholders: [stakeholder], tasks: [] },
    'to-be': {
      ...base.steps['to-be'],
      objectives: [{ ...base.steps['to-be'].objectives[0]!, uid: 'g1', name: 'Werkbaar werk' }],
    },
    resources: {
      ...base.steps.resources,
      budgetLines: [
        {
          uid: 'b1',
          category: 'training' as const,
          description: 'Opleiding leidinggevenden',
          amount: 4000,
          year: 2027,
        },
      ],
    },
    action: {
      ...base.steps.action,
      operationalObjectives: [
        { uid: 'o1', name: 'Leidinggevenden coachen', description: '', strategicObjectives: ['g1'] },
      ],
      actions: [
        {
          ...base.steps.action.actions[0]!,
          uid: 'a1',
          title: 'Training "veerkracht"; deel 1',
          description: 'Twee regels\nmet een komma, en meer',
          objectives: ['o1', 'gone'],
          lever: 'leadership' as const,
          level: 'team' as const,
          buildingBlock: 'leadership' as const,
          owner: 's1',
          partners: '=HYPERLINK("http://example.org")',
          start: '2027-03',
          end: '2027-06',
          budget: 1250.5,
          budgetLine: 'b1',
          expectedResult: '',
          status: 'in-progress' as const,
        },
        {
          ...base.steps.action.actions[0]!,
          uid: 'a2',
          title: '',
          start: null,
          end: null,
          budget: null,
          owner: null,
          objectives: [],
        },
      ],
    },
    measure: {
      ...base.steps.measure,
      reviews: [
        {
          uid: 'r1',
          date: '2027-09-15',
          phase: 'check' as const,
          title: 'Evaluatie; najaar, team',
          participants: 'HR, CPBW',
          legal: null,
        },
        { uid: 'r2', date: null, phase: 'plan' as const, title: 'Zonder datum', participants: '', legal: null },
      ],
    },
  };
  return draftSchema.parse({ ...base, uid: 'draft-1', name: 'Plan 2027', steps });
}

describe('the action plan as a table', () => {
  it('has one row per action with every field, links by name and codes as labels', () => {
    const table = actionPlanTable(plan().steps, 'nl');
    expect(table.columns.map((column) => column.id)).toEqual(ACTION_COLUMNS);
    expect(table.rows).toHaveLength(2);
    const row = Object.fromEntries(ACTION_COLUMNS.map((id, index) => [id, table.rows[0]![index]]));
    expect(row.number).toEqual({ kind: 'number', value: 1 });
    expect(row.objectives).toEqual({ kind: 'text', text: 'Leidinggevenden coachen' });
    expect(row.strategicObjectives).toEqual({ kind: 'text', text: 'Werkbaar werk' });
    expect(row.owner).toEqual({ kind: 'text', text: expect.stringContaining('Hélène Dupont') });
    expect(row.start).toEqual({ kind: 'month', month: '2027-03' });
    expect(row.budget).toEqual({ kind: 'number', value: 1250.5, format: 'amount' });
    expect(row.budgetLine).toEqual({ kind: 'text', text: 'Opleiding – Opleiding leidinggevenden – 2027' });
    expect(row.status).toEqual({ kind: 'text', text: 'Lopend' });
    expect(row.expectedResult).toEqual({ kind: 'empty' });
    expect(actionPlanTable(plan().steps, 'fr').columns[0]!.header).toBe('N°');
  });
});

describe('CSV', () => {
  it('is what Belgian Excel opens: BOM, semicolons, decimal commas, CRLF, quotes where needed', () => {
    const csv = toCsv(actionPlanTable(plan().steps, 'nl'));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(';')).toHaveLength(ACTION_COLUMNS.length);
    expect(lines[1]).toContain('"Training ""veerkracht""; deel 1"');
    expect(lines[1]).toContain('"Twee regels\nmet een komma, en meer"');
    expect(lines[1]).toContain(';1250,5;');
    expect(lines[1]).toContain(';2027-03;2027-06;');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a formula from running, and says nothing else changes', () => {
    expect(csvCell({ kind: 'text', text: '=1+1' })).toBe("'=1+1");
    expect(csvCell({ kind: 'text', text: '@SUM(A1)' })).toBe("'@SUM(A1)");
    expect(csvCell({ kind: 'text', text: 'Gewoon 1 + 1 = 2' })).toBe('Gewoon 1 + 1 = 2');
    expect(csvCell({ kind: 'text', text: ' rand ' })).toBe('" rand "');
  });
});

describe('XLSX', () => {
  it('names columns and counts Excel days as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(excelSerial(2027, 3, 1)).toBe(46447);
    expect(excelSerial(1900, 3, 1)).toBe(61);
  });

  it('escapes what XML cannot hold the way SpreadsheetML reads it back', () => {
    expect(sheetText('a\u0001b')).toBe('a_x0001_b');
    expect(sheetText('_x0041_ & <b>')).toBe('_x005F_x0041_ &amp; &lt;b&gt;');
    expect(sheetText('😀 נ')).toBe('😀 נ');
  });

  it('reads back with an independent reader: every text exact, numbers and months typed', async () => {
    const table = actionPlanTable(plan().steps, 'fr');
    const bytes = toXlsx(table, { title: 'Plan', creator: 'Org', date: DATE, language: 'fr-BE' });
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    expect(sheet!.sheet).toBe('Actions');
    const [header, first, second] = sheet!.data;
    expect(header).toEqual(table.columns.map((column) => column.header));
    const cell = (row: typeof first, id: (typeof ACTION_COLUMNS)[number]) => row![ACTION_COLUMNS.indexOf(id)];
    expect(cell(first, 'title')).toBe('Training "veerkracht"; deel 1');
    expect(cell(first, 'description')).toBe('Twee regels\nmet een komma, en meer');
    expect(cell(first, 'partners')).toBe('=HYPERLINK("http://example.org")');
    expect(cell(first, 'budget')).toBe(1250.5);
    expect(cell(first, 'start')).toEqual(new Date(Date.UTC(2027, 2, 1)));
    expect(cell(first, 'status')).toBe('En cours');
    expect(cell(second, 'number')).toBe(2);
    expect(cell(second, 'budget')).toBeNull();
  });

  it('gives the same bytes for the same plan and date', () => {
    const table = actionPlanTable(plan().steps, 'nl');
    const meta = { title: 'Plan', creator: 'Org', date: DATE, language: 'nl-BE' };
    expect(toXlsx(table, meta)).toEqual(toXlsx(table, meta));
  });

  it('holds 200 actions of the large example', async () => {
    const file = planFile('xlsx', largeDraft('nl'), 'nl', DATE);
    const [sheet] = await readXlsxFile(Buffer.from(file.bytes));
    expect(sheet!.data).toHaveLength(largeDraft('nl').steps.action.actions.length + 1);
    expect(file.file).toMatch(/\.xlsx$/);
  });
});

describe('ICS calendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(line).split('\r\n');
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  for (const locale of ['nl', 'fr'] as const) {
    it(`parses back strictly (${locale}): review moments, the 1 November deadline every year, action months`, () => {
      const text = calendarFromDraft(plan(), locale, { date: DATE });
      expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      const byUid = new Map(events.map((event) => [event.uid, event]));

      const review = byUid.get('draft-1-review-r1@welzijnskompas')!;
      expect(review.summary).toBe('Evaluatie; najaar, team');
      expect(review.startDate.isDate).toBe(true);
      expect(review.startDate.toString()).toBe('2027-09-15');
      expect(review.endDate.toString()).toBe('2027-09-16');
      expect(review.description).toContain('HR, CPBW');
      expect([...byUid.keys()].some((uid) => uid.includes('r2'))).toBe(false);

      const deadline = byUid.get('draft-1-legal-annual-action-plan@welzijnskompas')!;
      expect(deadline.startDate.toString()).toBe('2027-11-01');
      expect(deadline.isRecurring()).toBe(true);
      const next = deadline.iterator();
      expect([next.next()?.toString(), next.next()?.toString()]).toEqual(['2027-11-01', '2028-11-01']);
      expect(deadline.summary).toContain(locale === 'nl' ? 'Uiterste datum' : 'Date limite\u00a0:');

      const start = byUid.get('draft-1-action-a1-start@welzijnskompas')!;
      const end = byUid.get('draft-1-action-a1-end@welzijnskompas')!;
      expect(start.startDate.toString()).toBe('2027-03-01');
      expect(end.startDate.toString()).toBe('2027-06-30');
      expect(start.summary).toContain('Training "veerkracht"; deel 1');
      expect(start.description).toContain('Hélène Dupont');
      expect([...byUid.keys()].some((uid) => uid.includes('a2'))).toBe(false);
    });
  }

  it('is the same file for the same plan and date, with stable UIDs', () => {
    expect(calendarFromDraft(plan(), 'nl', { date: DATE })).toBe(calendarFromDraft(plan(), 'nl', { date: DATE }));
  });
});
