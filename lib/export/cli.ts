/**
 * The command-line export (`npm run export`, entry scripts/export.mts): renders
 * a draft file as a PDF, or as Word when the output file ends in .docx, with the
 * same code as the app.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { readBackupFile, MAX_BACKUP_BYTES, type BackupReadError, type IssueLocation } from '@/lib/draft/backupFile';
import { exportFileName, localIsoDate } from '@/lib/export/fileName';
import { renderDocx } from '@/lib/export/docx/render';
import { renderPdfInNode } from '@/lib/export/pdf/node';

const USAGE =
  'Usage: npm run export -- <draft-or-backup-file.json> --lang nl|fr --out plan.pdf|plan.docx [--draft <number|name>] [--status draft|final] [--date YYYY-MM-DD]';

const REASONS: Record<BackupReadError['kind'], string> = {
  empty: 'the file is empty',
  'too-large': `the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`,
  'not-json': 'not valid JSON',
  'not-ours': 'the file holds neither a Welzijnskompas draft nor a Welzijnskompas backup',
  'newer-version': 'the draft was written by a newer version of Welzijnskompas; update this tool',
  'no-drafts': 'the backup holds no drafts',
  invalid: 'the draft does not match the published draft format (schema/draft.schema.json)',
};

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** One problem of an invalid file: `- steps.action.actions.title (draft 2 "Plan 2026", item 3)`. */
function describeIssue(issue: IssueLocation): string {
  const path = [...(issue.step ? ['steps', issue.step] : []), ...issue.fields].join('.') || '(root)';
  const where = [`draft ${issue.draft}${issue.draftName ? ` "${issue.draftName}"` : ''}`];
  if (issue.item !== null) where.push(`item ${issue.item}`);
  return `  - ${path} (${where.join(', ')})`;
}

/** The drafts of a backup, numbered as `--draft` takes them. */
function draftList(drafts: readonly Draft[]): string {
  return drafts.map((draft, index) => `  ${index + 1}. ${draft.name}`).join('\n');
}

/**
 * The draft to export: the only one in the file, or the one `--draft` names by
 * its 1-based number or its exact name. Exported for tests.
 */
export function pickDraft(
  drafts: readonly Draft[],
  choice: string | undefined,
): { ok: true; draft: Draft } | { ok: false; message: string } {
  const only = drafts.length === 1 ? drafts[0] : undefined;
  if (choice === undefined) {
    if (only) return { ok: true, draft: only };
    return {
      ok: false,
      message: `the file holds ${drafts.length} drafts; choose one with --draft <number|name>:\n${draftList(drafts)}`,
    };
  }
  if (/^\d+$/.test(choice)) {
    const byNumber = drafts[Number(choice) - 1];
    if (byNumber) return { ok: true, draft: byNumber };
  }
  const byName = drafts.filter((draft) => draft.name === choice);
  const named = byName.length === 1 ? byName[0] : undefined;
  if (named) return { ok: true, draft: named };
  const problem = byName.length > 1 ? `${byName.length} drafts are named "${choice}"` : `no draft "${choice}"`;
  return { ok: false, message: `${problem}; choose one by number with --draft:\n${draftList(drafts)}` };
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
        draft: { type: 'string' },
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

  let text: string;
  try {
    if (statSync(file).size > MAX_BACKUP_BYTES) fail(`${file}: ${REASONS['too-large']}.`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    fail(`${file} cannot be read (${String(error)}).`);
  }
  const result = readBackupFile(text);
  if (!result.ok) {
    const issues = result.error.kind === 'invalid' ? result.error.issues.map(describeIssue).join('\n') : '';
    fail(`${file}: ${REASONS[result.error.kind]}.${issues ? `\n${issues}` : ''}`);
  }
  const picked = pickDraft(result.drafts, values.draft);
  if (!picked.ok) fail(`${file}: ${picked.message}`);
  const draft = picked.draft;

  const out = values.out ?? exportFileName(draft, date);
  const request = { draft, locale, options: { status, date } } as const;
  const bytes = /\.docx$/i.test(out) ? await renderDocx(request) : await renderPdfInNode(request);
  writeFileSync(out, bytes);
  return `Wrote ${out} (${Math.round(bytes.length / 1024)} kB, ${locale}, ${status}) from "${draft.name}".`;
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
