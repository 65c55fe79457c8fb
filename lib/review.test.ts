import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '@/content/examples';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { coherenceChecks, type CoherenceIssue } from './coherence';
import { buildExportView } from './export/viewModel';
import { emptyDraft, halfDraft } from '@/testing/fixtures';
import { issueValues, reviewSteps } from './review';
import { STEPS } from './steps/registry';
import { formatMoney } from './format';

const TODAY = '2026-11-23';

describe('reviewSteps', () => {
  it('lists every registry step in order with its status, also when nothing is filled in', () => {
    const review = reviewSteps(emptyDraft('nl'), 'nl', TODAY);
    expect(review.map((step) => step.id)).toEqual(STEPS.map((step) => step.id));
    expect(review.map((step) => step.number)).toEqual(STEPS.map((_, index) => index + 1));
    expect(review.every((step) => step.status === 'not-started')).toBe(true);
    // Every answer is there, as not provided, with the field to change it.
    for (const step of review) {
      expect(step.rows.length, step.id).toBeGreaterThan(0);
      expect(step.rows.every((row) => row.answer === null && row.field)).toBe(true);
    }
  });

  it('shows given answers as the export words them and the rest as not provided', () => {
    const draft = halfDraft('nl');
    const why = reviewSteps(draft, 'nl', TODAY)[0]!;
    expect(why.status).toBe('in-progress');
    const row = (field: string) => why.rows.find((item) => item.field === field);
    expect(row('profile.name')).toMatchObject({ answer: { kind: 'value', text: 'Agentschap Groen Erfgoed' } });
    expect(row('profile.staffCount')?.answer).toEqual({ kind: 'value', text: '310' });
    expect(row('vision')?.answer).toBeNull();
    const drivers = row('drivers')?.answer;
    expect(drivers).toMatchObject({ kind: 'block', block: { kind: 'list' } });
    // The same block as in the PDF's section, not a second derivation.
    const exported = buildExportView(draft, 'nl', { status: 'draft', date: TODAY }).parts[0]!.sections[0]!;
    expect(exported.blocks).toContainEqual(drivers?.kind === 'block' ? drivers.block : null);
  });

  it('formats money in the UI language and keeps computed figures without a change link', () => {
    const draft = EXAMPLES.fr();
    const resources = reviewSteps(draft, 'fr', TODAY).find((step) => step.id === 'resources')!;
    const budget = resources.rows.find((row) => row.field === 'budgetLines')!;
    expect(budget.answer?.kind).toBe('block');
    const table = budget.answer?.kind === 'block' ? budget.answer.block : null;
    const total = draft.steps.resources.budgetLines.reduce((sum, line) => sum + (line.amount ?? 0), 0);
    expect(table?.kind === 'table' && table.footer?.at(-1)).toBe(formatMoney(total, 'fr'));
    expect(resources.rows.some((row) => row.field === null && row.answer !== null)).toBe(true);
  });

  it('marks a worked example complete in every step', () => {
    for (const locale of ['nl', 'fr'] as const) {
      expect(reviewSteps(EXAMPLES[locale](), locale, TODAY).map((step) => step.status)).toEqual(
        STEPS.map(() => 'completed'),
      );
    }
  });
});

describe('issueValues', () => {
  const base: CoherenceIssue = {
    code: 'action-without-owner',
    severity: 'warning',
    step: 'action',
    field: 'actions.0.owner',
    uid: 'a1',
    params: { action: '', position: 3 },
    codes: {},
  };

  it('names an untitled entry by its position and keeps given names', () => {
    expect(issueValues(base, 'nl', (position) => `Actie ${position}`)).toEqual({ action: 'Actie 3', position: 3 });
    const named = { ...base, params: { action: 'Coaching', position: 1 } };
    expect(issueValues(named, 'nl', () => 'x').action).toBe('Coaching');
  });

  it('turns lever and level codes into labels in the chosen language', () => {
    const lever: CoherenceIssue = { ...base, code: 'lever-not-covered', params: {}, codes: { lever: 'leadership' } };
    expect(issueValues(lever, 'fr', () => '').lever).toBe(leverLabels.fr.leadership.label);
    const level: CoherenceIssue = {
      ...base,
      code: 'level-without-indicator',
      params: { actions: 2 },
      codes: { level: 'team' },
    };
    expect(issueValues(level, 'nl', () => '')).toEqual({ actions: 2, level: levelLabels.nl.team.label });
  });

  it('gives every issue of an empty draft the values its message needs', () => {
    const issues = coherenceChecks(emptyDraft('nl'));
    expect(issues.length).toBeGreaterThan(0);
    for (const found of issues) expect(Object.values(issueValues(found, 'nl', () => 'x'))).not.toContain('');
  });
});
