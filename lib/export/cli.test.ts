import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileText } from '@/lib/draft/backupFile';
import { main, pickDraft, pickEvaluation } from './cli';
import { readDocx } from '@/testing/readBackDocx';
import { emptyDraft, evaluatedDraft, evaluatedWords, halfDraft, largeDraft } from '@/testing/fixtures';
import { pdfLanguage, readPdf } from '@/testing/readBackPdf';

function run(args: string[]) {
  const out: string[] = [];
  const error: unknown[] = [];
  return main(args, { out: (line) => out.push(line), error: (line) => error.push(line) }).then((code) => ({
    code,
    out: out.join('\n'),
    error: error.map(String).join('\n'),
  }));
}

describe('command-line export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wk-export-'));

  it('renders a draft file (v1, migrated) in French', async () => {
    const out = join(dir, 'plan.pdf');
    const result = await run(['lib/draft/fixtures/v1.json', '--lang', 'fr', '--out', out, '--date', '2026-11-23']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(out);
    const bytes = new Uint8Array(readFileSync(out));
    expect(pdfLanguage(bytes)).toBe('fr-BE');
    expect((await readPdf(bytes)).text).toContain('23 novembre 2026');
  }, 60_000);

  it('writes Word when the output file ends in .docx', async () => {
    const out = join(dir, 'plan.docx');
    const result = await run([
      'lib/draft/fixtures/v2.json',
      '--lang',
      'fr',
      '--out',
      out,
      '--date',
      '2026-11-23',
      '--status',
      'final',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(out);
    const docx = readDocx(new Uint8Array(readFileSync(out)));
    expect(docx.core).toContain('<dc:language>fr-BE</dc:language>');
    expect(docx.text).toContain('23 novembre 2026');
    expect(docx.text).toContain('Version définitive');
  });

  it('says what is wrong with a bad file, language or option', async () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "schemaVersion": ');
    expect((await run([notJson])).error).toMatch(/not valid JSON/);
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...largeDraft('nl'), schemaVersion: 99 }));
    expect((await run([newer])).error).toMatch(/newer version/);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...largeDraft('nl'), name: '' }));
    const result = await run([invalid]);
    expect(result.code).toBe(1);
    expect(result.error).toMatch(/does not match the published draft format[\s\S]*- name \(draft 1\)/);
    expect((await run(['lib/draft/fixtures/v2.json', '--lang', 'de'])).error).toMatch(/--lang must be nl or fr/);
    expect((await run([])).error).toMatch(/Usage: npm run export/);
  });

  it("exports the app's own backup file of one draft", async () => {
    const backup = join(dir, 'backup-one.json');
    writeFileSync(backup, backupFileText([halfDraft('fr')]));
    const out = join(dir, 'from-backup.pdf');
    const result = await run([backup, '--lang', 'fr', '--out', out, '--date', '2026-11-23']);
    expect(result.error).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(halfDraft('fr').name);
    const text = (await readPdf(new Uint8Array(readFileSync(out)))).text;
    expect(text).toContain(halfDraft('fr').organisation);
  }, 60_000);

  it('lists the drafts of a several-draft backup and exports the one --draft names', async () => {
    const first = halfDraft('nl');
    const second = { ...emptyDraft('nl'), uid: 'second', name: 'Plan voor de werkplaats' };
    const backup = join(dir, 'backup-all.json');
    writeFileSync(backup, backupFileText([first, second]));

    const listed = await run([backup, '--out', join(dir, 'never.docx')]);
    expect(listed.code).toBe(1);
    expect(listed.error).toContain('holds 2 drafts');
    expect(listed.error).toContain(`1. ${first.name}`);
    expect(listed.error).toContain(`2. ${second.name}`);

    const byNumber = join(dir, 'second.docx');
    expect((await run([backup, '--draft', '2', '--out', byNumber])).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(byNumber))).text).toContain(second.name);

    const byName = join(dir, 'first.docx');
    expect((await run([backup, '--draft', first.name, '--out', byName])).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(byName))).text).toContain(first.organisation);

    const unknown = await run([backup, '--draft', '3', '--out', join(dir, 'never.docx')]);
    expect(unknown.code).toBe(1);
    expect(unknown.error).toMatch(/no draft "3"[\s\S]*1\. [\s\S]*2\. /);
  });
});

describe('the yearly evaluation report from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wk-report-'));
  const file = join(dir, 'evaluated.json');
  writeFileSync(file, JSON.stringify(evaluatedDraft('fr')));
  const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

  it('writes the report of a year as PDF, and of the latest as Word', async () => {
    const pdf = join(dir, 'report.pdf');
    const result = await run([file, '--lang', 'fr', '--report', '2027', '--date', '2028-01-15', '--out', pdf]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('yearly evaluation report');
    const text = words((await readPdf(new Uint8Array(readFileSync(pdf)))).text);
    expect(text).toContain('Évaluation annuelle 2027');
    expect(text).toContain(words(evaluatedWords('fr').conclusions));

    const word = join(dir, 'report.docx');
    expect((await run([file, '--lang', 'fr', '--report', 'latest', '--out', word])).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(word))).headings.map((heading) => words(heading.text))).toContain(
      'Évaluation annuelle 2027',
    );
  }, 60_000);

  it('names the years it has when the one asked for is not there, and says when there is none', async () => {
    const missing = await run([file, '--report', '2025', '--out', join(dir, 'never.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.error).toMatch(/no evaluation "2025".*2026, 2027/);
    expect(pickEvaluation(emptyDraft('nl'), 'latest')).toMatchObject({ ok: false });
    expect(pickEvaluation(evaluatedDraft('nl'), 'latest')).toEqual({ ok: true, uid: 'e1', year: 2027 });
  });
});

describe('pickDraft', () => {
  const a = { ...emptyDraft('nl'), uid: 'a', name: 'Plan' };
  const b = { ...emptyDraft('nl'), uid: 'b', name: 'Plan' };
  const c = { ...emptyDraft('nl'), uid: 'c', name: '2' };

  it('takes the only draft without --draft, and asks which one of several', () => {
    expect(pickDraft([a], undefined)).toEqual({ ok: true, draft: a });
    expect(pickDraft([a, c], undefined).ok).toBe(false);
  });

  it('takes a number first, then an exact name; a name shared by two drafts asks for the number', () => {
    expect(pickDraft([a, c], '1')).toEqual({ ok: true, draft: a });
    expect(pickDraft([a, c], '2')).toEqual({ ok: true, draft: c });
    const shared = pickDraft([a, b], 'Plan');
    expect(shared.ok).toBe(false);
    expect(shared.ok ? '' : shared.message).toMatch(/2 drafts are named "Plan"/);
    expect(pickDraft([a, b], '0').ok).toBe(false);
  });
});
