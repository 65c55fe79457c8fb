import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import type { Locale } from '@/i18n/routing';
import type { CoherenceIssue } from '@/lib/coherence';
import type { Draft } from '@/lib/draft/envelope';
import { stepStatus, type StepStatus } from '@/lib/draft/status';
import { isEmpty, type Block } from '@/lib/export/blocks';
import { STEP_DOCUMENTS } from '@/lib/export/steps';
import { exportTranslator } from '@/lib/export/text';
import { STEPS, stepNumber, type StepId } from '@/lib/steps/registry';

/**
 * "Check your answers": every registry step's answers as summary-list rows,
 * built by the export's own step builders (lib/export/steps/) with
 * `keepEmpty`, so the review shows exactly the labels, codes and figures the
 * PDF prints, plus the answers still empty ("not provided"). Pure.
 */

/** An answer: one line of text, a block of the export (table, list, text…), or null when not provided. */
export type ReviewAnswer = { kind: 'value'; text: string } | { kind: 'block'; block: Block } | null;

export interface ReviewRow {
  /** What was asked, in the document language. */
  key: string;
  /** The form field where it is changed; null for a figure the app computes. */
  field: string | null;
  answer: ReviewAnswer;
}

export interface ReviewStep {
  id: StepId;
  number: number;
  status: StepStatus;
  rows: ReviewRow[];
  /** Notes the export prints for the step (e.g. why a figure cannot be computed yet). */
  notices: string[];
}

function rowsOf(block: Block): ReviewRow[] {
  if (block.kind === 'notice') return [];
  // Field rows that are answers each get their own row (profile, figures, assumptions, slogan).
  if (block.kind === 'fields' && block.rows.some((row) => row.field)) {
    return block.rows.map((row) => ({
      key: row.label,
      field: row.field ?? null,
      answer: row.value.trim() ? { kind: 'value', text: row.value } : null,
    }));
  }
  if (!block.title) return [];
  return [{ key: block.title, field: block.field ?? null, answer: isEmpty(block) ? null : { kind: 'block', block } }];
}

/** The review of a draft in `locale`, one entry per registry step, in registry order. `today`: YYYY-MM-DD. */
export function reviewSteps(draft: Draft, locale: Locale, today: string): ReviewStep[] {
  const t = exportTranslator(locale);
  const context = { steps: draft.steps, locale, t, today, keepEmpty: true };
  return STEPS.map((step) => {
    const blocks = STEP_DOCUMENTS[step.id].build(context);
    return {
      id: step.id,
      number: stepNumber(step.id),
      status: stepStatus(draft, step.id),
      rows: blocks.flatMap(rowsOf),
      notices: blocks.flatMap((block) => (block.kind === 'notice' ? [block.text] : [])),
    };
  });
}

/**
 * The values of a coherence issue's message (`review.checks.<code>`): codes
 * turned into labels in `locale`, and an entry the user left untitled named by
 * `untitled(position)`.
 */
export function issueValues(
  issue: CoherenceIssue,
  locale: Locale,
  untitled: (position: number) => string,
): Record<string, string | number> {
  const values: Record<string, string | number> = { ...issue.params };
  const position = typeof issue.params.position === 'number' ? issue.params.position : 1;
  for (const key of ['task', 'action', 'objective']) {
    if (key in values && String(values[key]).trim() === '') values[key] = untitled(position);
  }
  if (issue.codes.lever) values.lever = leverLabels[locale][issue.codes.lever].label;
  if (issue.codes.level) values.level = levelLabels[locale][issue.codes.level].label;
  return values;
}
