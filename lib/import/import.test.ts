import { describe, expect, it } from 'vitest';
import { toXlsx } from '@/lib/export/xlsx';
import { absenceIndicators } from './absence';
import { applyMapping, firstProblems, guessMapping, previewRows, unmappedFields } from './mapping';
import { decodeText, MAX_IMPORT_BYTES, readTable, type RawTable } from './read';
import { priorityMatrix } from './survey';
import { monthCell, numberCell } from './values';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function table(bytes: Uint8Array): Promise<RawTable> {
  const result = await readTable(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.table;
}

const ABSENCE_CSV = [
  'Dienst;Maand;Ziektedagen;Beschikbare dagen;Ziekteperiodes;Personeelsleden',
  'Onthaal;01/2026;30;240;3;12',
  'Onthaal;02/2026;20;260;2;12',
  '"Groen; onderhoud";01/2026;12,5;150;1;8',
  '',
].join('\r\n');

describe('reading a file', () => {
  it('decodes UTF-8 (dropping its byte-order mark) and falls back to Windows-1252', () => {
    expect(decodeText(utf8('\uFEFFCafé'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x80]))).toEqual({
      text: 'Café€',
      encoding: 'windows-1252',
    });
  });

  it('reads Belgian CSV: semicolons, quotes, decimal commas, empty lines left out, row numbers kept', async () => {
    const result = await table(utf8(`\uFEFF${ABSENCE_CSV}`));
    expect(result.format).toBe('csv');
    expect(result.headers[0]).toBe('Dienst');
    expect(result.rows).toHaveLength(3);
    expect(result.rows[2]![0]).toBe('Groen; onderhoud');
    expect(result.rowNumbers).toEqual([2, 3, 4]);
    const commas = await table(utf8('item,score\nWerkdruk,"3,1"\n'));
    expect(commas.rows[0]).toEqual(['Werkdruk', '3,1']);
  });

  it('reads the first sheet of a workbook, dates as dates', async () => {
    const bytes = toXlsx(
      {
        name: 'Verzuim',
        columns: [
          { id: 'title', header: 'Dienst', width: 10 },
          { id: 'start', header: 'Maand', width: 10 },
          { id: 'budget', header: 'Ziektedagen', width: 10 },
        ],
        rows: [
          [
            { kind: 'text', text: 'Onthaal' },
            { kind: 'month', month: '2026-03' },
            { kind: 'number', value: 7.5 },
          ],
        ],
      },
      { title: 'Verzuim', creator: '', date: '2026-12-02', language: 'nl-BE' },
    );
    const result = await table(bytes);
    expect(result.format).toBe('xlsx');
    expect(result.rows[0]).toEqual(['Onthaal', new Date(Date.UTC(2026, 2, 1)), 7.5]);
  });

  it('refuses what is not a table, is empty or too large, and says which', async () => {
    expect(await readTable(new Uint8Array([0x00, 0x01, 0x02, 0x41]))).toEqual({
      ok: false,
      error: { kind: 'not-a-table' },
    });
    expect(await readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      error: { kind: 'not-a-table' },
    });
    expect(await readTable(utf8(''))).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(await readTable(utf8('a;b\n;\n'))).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(await readTable(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      error: { kind: 'too-large', maxBytes: MAX_IMPORT_BYTES },
    });
  });
});

describe('cell values', () => {
  it('reads numbers as Belgian offices write them', () => {
    expect(['6,8', '1.250,50', '12 500', ' 3 ', 4].map(numberCell)).toEqual([6.8, 1250.5, 12500, 3, 4]);
    expect(numberCell(null)).toBeNull();
    expect(numberCell('ongeveer 250')).toBeUndefined();
  });

  it('reads the month of a row: dates, serials, day-first texts', () => {
    expect(monthCell(new Date(Date.UTC(2027, 2, 31)))).toBe('2027-03');
    expect(monthCell(46447)).toBe('2027-03');
    expect(monthCell('46447')).toBe('2027-03');
    expect(monthCell('31/03/2027')).toBe('2027-03');
    expect(monthCell('03/04/2027')).toBe('2027-04');
    expect(monthCell('03/2027')).toBe('2027-03');
    expect(monthCell('2027-03')).toBe('2027-03');
    expect(monthCell('2027-03-15')).toBe('2027-03');
    expect(monthCell('31/02/2027')).toBeUndefined();
    expect(monthCell('maart')).toBeUndefined();
    expect(monthCell(null)).toBeNull();
  });
});

describe('column mapping', () => {
  it('guesses the columns from Dutch or French headers', async () => {
    const nl = await table(utf8(ABSENCE_CSV));
    expect(guessMapping('absence', nl.headers)).toEqual({
      team: 0,
      month: 1,
      sickDays: 2,
      availableDays: 3,
      spells: 4,
      headcount: 5,
    });
    expect(guessMapping('survey', ['Thème', 'Question', 'Moyenne', 'Référence'])).toEqual({
      item: 1,
      theme: 0,
      score: 2,
      importance: null,
      benchmark: 3,
      respondents: null,
    });
  });

  it('names the row and column of every cell that does not fit, and imports nothing then', async () => {
    const bad = await table(utf8('Dienst;Maand;Ziektedagen;Beschikbare dagen;Ziekteperiodes\nA;13/2026;veel;240;-1\n'));
    const result = applyMapping('absence', bad, guessMapping('absence', bad.headers));
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'not-a-month', field: 'month', row: 2, column: 'Maand' },
        { kind: 'not-a-number', field: 'sickDays', row: 2, column: 'Ziektedagen' },
        { kind: 'negative', field: 'spells', row: 2, column: 'Ziekteperiodes' },
      ],
    });
    const unmapped = applyMapping('absence', bad, { ...guessMapping('absence', bad.headers), spells: null });
    expect(unmapped).toEqual({ ok: false, problems: [{ kind: 'unmapped', field: 'spells' }] });
  });
});

describe('absence indicators', () => {
  it('computes the three indicators per team and for the organisation, by hand', async () => {
    const source = await table(utf8(ABSENCE_CSV));
    const mapped = applyMapping('absence', source, guessMapping('absence', source.headers));
    if (!mapped.ok) throw new Error('mapping failed');
    const result = absenceIndicators(mapped.records, 200);
    // Onthaal: 50 sick days of 500 available = 10 %; 500 / 200 = 2.5 FTE-years, 5 spells → 2 per FTE; 10 days each.
    expect(result.teams).toHaveLength(1);
    const team = result.teams[0]!;
    expect(team).toMatchObject({ team: 'Onthaal', from: '2026-01', to: '2026-02', headcount: 12 });
    expect(team.total).toEqual({
      sickDays: 50,
      availableDays: 500,
      spells: 5,
      percentage: 10,
      frequency: 2,
      duration: 10,
    });
    expect(team.months.map((month) => month.percentage)).toEqual([12.5, (20 / 260) * 100]);
    // "Groen; onderhoud" has 8 people: never shown, only counted.
    expect(result.suppressed).toBe(1);
    // The organisation: 62.5 of 650 days; 20 people in January.
    expect(result.organisation?.headcount).toBe(20);
    expect(result.organisation?.total.percentage).toBeCloseTo((62.5 / 650) * 100, 10);
    expect(result.organisation?.total.frequency).toBeCloseTo(6 / (650 / 200), 10);
  });

  it('shows no team, and no organisation, without a headcount to check the threshold against', () => {
    const records = [{ team: 'A', month: '2026-01', sickDays: 1, availableDays: 20, spells: 1, headcount: null }];
    expect(absenceIndicators(records)).toEqual({ organisation: null, teams: [], suppressed: 1 });
  });
});

describe('the survey priority matrix', () => {
  const row = (item: string, score: number, importance: number | null, benchmark: number | null, respondents = 40) => ({
    item,
    theme: null,
    score,
    importance,
    benchmark,
    respondents,
  });

  it('places each item by score and importance, split at their means', () => {
    const matrix = priorityMatrix([
      row('Werkdruk', 2.5, 4.8, null),
      row('Collega’s', 4.2, 4.5, null),
      row('Kantine', 2.8, 2.0, null),
      row('Parking', 4.1, 2.1, null),
      row('Klein team', 1.0, 5.0, null, 6),
    ])!;
    expect(matrix.axis).toBe('importance');
    expect(matrix.scoreSplit).toBeCloseTo(3.4, 10);
    expect(matrix.weightSplit).toBeCloseTo(3.35, 10);
    expect(Object.fromEntries(matrix.items.map((item) => [item.item, item.priority]))).toEqual({
      Werkdruk: 'priority',
      'Collega’s': 'keep',
      Kantine: 'watch',
      Parking: 'fine',
    });
    expect(matrix.suppressed).toBe(1);
  });

  it('uses the gap to the benchmark when the file has no importance', () => {
    const matrix = priorityMatrix([
      row('Werkdruk', 2.5, null, 3.5),
      row('Autonomie', 3.9, null, 3.6),
      row('Zonder benchmark', 3.0, null, null),
    ])!;
    expect(matrix.axis).toBe('gap');
    expect(matrix.items.find((item) => item.item === 'Werkdruk')).toMatchObject({ weight: -1, priority: 'priority' });
    expect(matrix.items.find((item) => item.item === 'Autonomie')?.priority).toBe('fine');
    expect(matrix.unplaced).toBe(1);
  });
});

describe('the mapping step: preview and problems', () => {
  it('shows the first rows as the mapping reads them, a problem at its cell, nothing for an unchosen field', async () => {
    const source = await table(utf8('Item;Score;Belang\nWerkdruk;2,6;4,7\nParking;veel;2\nKantine;3;\n'));
    const mapping = { ...guessMapping('survey', source.headers), theme: null };
    expect(previewRows('survey', source, mapping, 2)).toEqual([
      {
        row: 2,
        cells: {
          item: { value: 'Werkdruk' },
          theme: null,
          score: { value: 2.6 },
          importance: { value: 4.7 },
          benchmark: null,
          respondents: null,
        },
      },
      {
        row: 3,
        cells: {
          item: { value: 'Parking' },
          theme: null,
          score: { problem: 'not-a-number' },
          importance: { value: 2 },
          benchmark: null,
          respondents: null,
        },
      },
    ]);
    expect(unmappedFields('survey', { ...mapping, score: null })).toEqual([{ kind: 'unmapped', field: 'score' }]);
  });

  it('names the first problems and counts them all', () => {
    const problems = Array.from({ length: 25 }, (_, index) => ({
      kind: 'missing' as const,
      field: 'score',
      row: index + 2,
      column: 'Score',
    }));
    const { shown, total } = firstProblems(problems);
    expect(total).toBe(25);
    expect(shown.map((problem) => ('row' in problem ? problem.row : 0))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
