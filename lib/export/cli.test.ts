import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './cli';
import { readDocx } from './docx/readBack';
import { largeDraft } from './fixtures';
import { pdfLanguage, readPdf } from './pdf/readBack';

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
    expect(result.error).toMatch(/does not match the published draft format[\s\S]*- name:/);
    expect((await run(['lib/draft/fixtures/v2.json', '--lang', 'de'])).error).toMatch(/--lang must be nl or fr/);
    expect((await run([])).error).toMatch(/Usage: npm run export/);
  });
});
