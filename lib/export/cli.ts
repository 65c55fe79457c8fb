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
import { exportTranslator } from '@/lib/export/text';
import type { ExportOptions } from '@/lib/export/viewModel';
import { latestEvaluation } from '@/lib/followUp/operations';

const USAGE =
  'Usage: npm run export -- <draft-or-backup-file.json> --lang nl|fr --out plan.pdf|plan.docx [--draft <number|name>] [--report <year|latest>] [--status draft|final] [--date YYYY-MM-DD]\n' +
  '  --report: the yearly evaluation report (art. I.3-6) of that evaluation instead of the policy and action plan';

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

/**
 * The evaluation `--report` names: the latest, or the one of a year. Exported for tests.
 */
export function pickEvaluation(
  draft: Draft,
  choice: string,
): { ok: true; uid: string; year: number | null } | { ok: false; message: string } {
  const { evaluations } = draft.followUp;
  if (evaluations.length === 0)
    return { ok: false, message: `"${draft.name}" has no yearly evaluation yet; record one on its follow-up page.` };
  const years = evaluations.map((entry) => entry.year ?? '(no year)').join(', ');
  const chosen =
    choice === 'latest'
      ? latestEvaluation(draft.followUp)
      : /^\d{4}$/.test(choice)
        ? (evaluations.filter((entry) => entry.year === Number(choice)).at(-1) ?? null)
        : null;
  if (!chosen) return { ok: false, message: `no evaluation "${choice}" in "${draft.name}"; it has: ${years}.` };
  return { ok: true, uid: chosen.uid, year: chosen.year };
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
        report: { type: 'string' },
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

  let options: ExportOptions = { status, date };
  let document = '';
  if (values.report !== undefined) {
    const evaluation = pickEvaluation(draft, values.report);
    if (!evaluation.ok) fail(`${file}: ${evaluation.message}`);
    options = { ...options, document: { kind: 'evaluation', evaluation: evaluation.uid } };
    document = exportTranslator(locale)('followUp.report.fileName', { year: String(evaluation.year ?? '') });
  }
  const out = values.out ?? exportFileName(draft, date, 'pdf', document);
  const request = { draft, locale, options };
  const bytes = /\.docx$/i.test(out) ? await renderDocx(request) : await renderPdfInNode(request);
  writeFileSync(out, bytes);
  const what = values.report === undefined ? '' : ', yearly evaluation report';
  return `Wrote ${out} (${Math.round(bytes.length / 1024)} kB, ${locale}, ${status}${what}) from "${draft.name}".`;
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
