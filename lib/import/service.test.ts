import { describe, expect, it } from 'vitest';
import { guessMapping } from './mapping';
import type { ImportResponse } from './protocol';
import { importService } from './service';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const CSV = 'Dienst;Maand;Ziektedagen;Beschikbare dagen;Ziekteperiodes;Personeelsleden\nOnthaal;01/2026;30;240;3;12\n';

async function readSummary(handle: ReturnType<typeof importService>, text: string) {
  const response = await handle({ type: 'read', id: 1, bytes: bytes(text) });
  if (response.type !== 'read' || !response.result.ok) throw new Error(JSON.stringify(response));
  return response.result.summary;
}

const answerOf = (response: ImportResponse) => (response.type === 'map' ? response.answer : undefined);

describe('the import service (what the worker runs)', () => {
  it('reads a file into a table it keeps, and tells the page its columns and size', async () => {
    const handle = importService();
    expect(await readSummary(handle, CSV)).toEqual({
      table: 1,
      format: 'csv',
      headers: ['Dienst', 'Maand', 'Ziektedagen', 'Beschikbare dagen', 'Ziekteperiodes', 'Personeelsleden'],
      rowCount: 1,
    });
    expect(await handle({ type: 'read', id: 2, bytes: bytes('') })).toEqual({
      type: 'read',
      id: 2,
      result: { ok: false, error: { kind: 'empty' } },
    });
  });

  it('maps the kept table: a preview always, the records only when asked for and nothing is wrong', async () => {
    const handle = importService();
    const { table, headers } = await readSummary(handle, CSV);
    const mapping = guessMapping('absence', headers);
    const preview = answerOf(await handle({ type: 'map', id: 2, table, kind: 'absence', mapping, records: false }));
    expect(preview?.records).toBeNull();
    expect(preview?.preview[0]?.cells.sickDays).toEqual({ value: 30 });
    const full = answerOf(await handle({ type: 'map', id: 3, table, kind: 'absence', mapping, records: true }));
    expect(full?.records).toEqual([
      { team: 'Onthaal', month: '2026-01', sickDays: 30, availableDays: 240, spells: 3, headcount: 12 },
    ]);
    expect(full?.rowNumbers).toEqual([2]);
    const wrong = answerOf(
      await handle({ type: 'map', id: 4, table, kind: 'absence', mapping: { ...mapping, sickDays: 0 }, records: true }),
    );
    expect(wrong).toMatchObject({
      records: null,
      problemCount: 1,
      problems: [{ kind: 'not-a-number', field: 'sickDays', row: 2, column: 'Dienst' }],
    });
    const unmapped = answerOf(
      await handle({ type: 'map', id: 5, table, kind: 'absence', mapping: { ...mapping, month: null }, records: true }),
    );
    expect(unmapped).toMatchObject({ records: null, problems: [{ kind: 'unmapped', field: 'month' }] });
  });

  it('forgets a table when asked, and keeps only the last few', async () => {
    const handle = importService();
    const { table, headers } = await readSummary(handle, CSV);
    const mapping = guessMapping('absence', headers);
    await handle({ type: 'forget', id: 2, table });
    expect(answerOf(await handle({ type: 'map', id: 3, table, kind: 'absence', mapping, records: false }))).toBeNull();
    const first = await readSummary(handle, CSV);
    for (let index = 0; index < 4; index += 1) await readSummary(handle, CSV);
    expect(
      answerOf(await handle({ type: 'map', id: 9, table: first.table, kind: 'absence', mapping, records: false })),
    ).toBeNull();
  });
});
