/**
 * The command-line export (`npm run export`, entry scripts/export.mts): renders
 * a draft file as a PDF, or as Word when the output file ends in .docx, with the
 * same code as the app.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale } from '@/i18n/routing';
import { parseDraft } from '@/lib/draft/parse';
import { exportFileName, localIsoDate } from '@/lib/export/fileName';
import { renderDocx } from '@/lib/export/docx/render';
import { renderPdfInNode } from '@/lib/export/pdf/node';

const USAGE =
  'Usage: npm run export -- <draft-file.json> --lang nl|fr --out plan.pdf|plan.docx [--status draft|final] [--date YYYY-MM-DD]';

const REASONS: Record<string, string> = {
  'not-an-object': 'the file does not hold a draft (expected a JSON object)',
  'no-version': 'the file has no valid "schemaVersion"',
  'newer-version': 'the draft was written by a newer version of Welzijnskompas; update this tool',
  'unknown-version': 'the draft format version is unknown',
  invalid: 'the draft does not match the published draft format (schema/draft.schema.json)',
};

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Runs the export; returns the message to print. Throws with a clear message on bad input. */
async function run(args: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        status: { type: 'string', default: 'draft' },
        date: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (!file || positionals.length > 1) fail(`give exactly one draft file.\n${USAGE}`);
  const locale = values.lang ?? 'nl';
  if (!isLocale(locale)) fail(`--lang must be nl or fr, not "${locale}".`);
  const status = values.status;
  if (status !== 'draft' && status !== 'final') fail(`--status must be draft or final, not "${status}".`);
  const date = values.date ?? localIsoDate();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must look like 2026-11-23, not "${date}".`);

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${String(error)})`;
    fail(`${file} ${reason}.`);
  }
  const result = parseDraft(raw);
  if (!result.ok) {
    const issues = (result.issues ?? [])
      .slice(0, 10)
      .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    fail(`${file}: ${REASONS[result.reason] ?? result.reason}.${issues ? `\n${issues}` : ''}`);
  }

  const out = values.out ?? exportFileName(result.draft, date);
  const request = { draft: result.draft, locale, options: { status, date } } as const;
  const bytes = /\.docx$/i.test(out) ? await renderDocx(request) : await renderPdfInNode(request);
  writeFileSync(out, bytes);
  return `Wrote ${out} (${Math.round(bytes.length / 1024)} kB, ${locale}, ${status}).`;
}

/** CLI entry: prints the result or the problem; resolves with the exit code. */
export async function main(args: string[], io = { out: console.warn, error: console.error }): Promise<number> {
  try {
    io.out(await run(args));
    return 0;
  } catch (error) {
    io.error(error instanceof UsageError ? `export: ${error.message}` : error);
    return 1;
  }
}
