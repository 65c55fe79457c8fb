import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '@/content/examples';
import { saveEvaluation } from '@/lib/followUp/operations';
import { evaluationSchema } from '@/lib/followUp/schema';
import { parseDraft } from './parse';
import { stepStatus } from './status';
import { continuedPlan, nextYearDraft, nextYearName } from './nextYear';

const now = new Date('2027-12-10T10:00:00.000Z');

describe('next year’s name', () => {
  it('moves every year in the name on by one', () => {
    expect(nextYearName('Jaaractieplan 2027', 2028)).toBe('Jaaractieplan 2028');
    expect(nextYearName('Welzijnsbeleid 2027–2029', 2028)).toBe('Welzijnsbeleid 2028–2030');
    expect(nextYearName('Plan 2019 (v12345)', 2028)).toBe('Plan 2020 (v12345)');
  });

  it('adds the next year to a name without one', () => {
    expect(nextYearName('Notre politique', 2028)).toBe('Notre politique 2028');
    expect(nextYearName('Notre politique', 2028)).toBe('Notre politique 2028');
  });
});

describe.each(['nl', 'fr'] as const)('next year’s plan from the %s example', (locale) => {
  const previous = EXAMPLES[locale](new Date('2026-11-02T09:00:00.000Z'));
  const next = nextYearDraft(previous, now, 'next-uid');

  it('is a new draft with the next year in its name, which parses like any stored one', () => {
    expect(next.uid).toBe('next-uid');
    expect(next.name).toBe(previous.name.replace('2027–2028', '2028–2029'));
    expect([next.revision, next.createdAt, next.locale]).toEqual([0, now.toISOString(), previous.locale]);
    expect(parseDraft(JSON.parse(JSON.stringify(next)))).toEqual({ ok: true, draft: next });
  });

  it('keeps steps 1 to 5 and asks in step 2 what last year’s evaluation showed', () => {
    expect(next.steps.why).toEqual(previous.steps.why);
    expect(next.steps.roles).toEqual(previous.steps.roles);
    expect(next.steps['to-be']).toEqual(previous.steps['to-be']);
    expect(next.steps.resources).toEqual(previous.steps.resources);
    const { evaluation, ...asIs } = next.steps['as-is'];
    const { evaluation: _before, ...asIsBefore } = previous.steps['as-is'];
    expect(asIs).toEqual(asIsBefore);
    expect(evaluation).toEqual({ previousPlan: previous.name, findings: '' });
    expect(continuedPlan(next)).toBe(previous.name);
    expect(continuedPlan(previous)).toBeNull();
    // Step 2 is not done until the evaluation is written down.
    expect(stepStatus(next, 'as-is')).toBe('in-progress');
  });

  it('carries the actions over with their status and links, without start or end months', () => {
    const before = previous.steps.action.actions;
    const after = next.steps.action.actions;
    expect(after.map((item) => [item.uid, item.title, item.status, item.owner, item.budgetLine])).toEqual(
      before.map((item) => [item.uid, item.title, item.status, item.owner, item.budgetLine]),
    );
    expect(before.some((item) => item.start !== null)).toBe(true);
    expect(after.every((item) => item.start === null && item.end === null)).toBe(true);
  });

  it('clears the dates of review moments that have passed and keeps those still ahead', () => {
    const before = previous.steps.measure.reviews;
    const after = next.steps.measure.reviews;
    expect(after.map((item) => item.uid)).toEqual(before.map((item) => item.uid));
    after.forEach((item, index) => {
      const date = before[index]?.date ?? null;
      expect(item.date).toBe(date !== null && date < '2027-12-10' ? null : date);
    });
    // The examples have both: moments of 2027 that passed and moments of 2028 still to come.
    expect(after.some((item) => item.date === null)).toBe(true);
    expect(after.some((item) => item.date !== null)).toBe(true);
    expect(next.steps.measure.indicators).toEqual(previous.steps.measure.indicators);
  });

  it('leaves the previous plan untouched', () => {
    const again = EXAMPLES[locale](new Date('2026-11-02T09:00:00.000Z'));
    expect(previous.steps.action.actions.map((item) => item.start)).toEqual(
      again.steps.action.actions.map((item) => item.start),
    );
    expect(continuedPlan(previous)).toBeNull();
  });
});

describe('next year’s plan from a year with an evaluation', () => {
  const previous = EXAMPLES.nl(new Date('2026-11-02T09:00:00.000Z'));
  const evaluated = saveEvaluation(
    previous,
    evaluationSchema.parse({
      uid: 'e1',
      year: 2027,
      conclusions: 'Het verzuim daalde; de teamgesprekken werken.',
      adjustments: 'Balie extra ondersteunen.',
    }),
  );

  it('fills step 2’s “what last year’s evaluation showed” from the latest evaluation', () => {
    const next = nextYearDraft(evaluated, now, 'next-uid');
    expect(next.steps['as-is'].evaluation).toEqual({
      previousPlan: evaluated.name,
      findings: 'Het verzuim daalde; de teamgesprekken werken.\n\nBalie extra ondersteunen.',
    });
    expect(next.followUp.evaluations).toEqual(evaluated.followUp.evaluations);
  });

  it('keeps a text longer than the field as typed instead of cutting it', () => {
    const long = saveEvaluation(
      previous,
      evaluationSchema.parse({ uid: 'e1', year: 2027, conclusions: 'a'.repeat(4000), adjustments: 'b'.repeat(4000) }),
    );
    const next = nextYearDraft(long, now, 'next-uid');
    expect(next.steps['as-is'].evaluation.findings).toBe('');
    expect(next.typed['as-is']?.['evaluation.findings']).toBe(`${'a'.repeat(4000)}\n\n${'b'.repeat(4000)}`);
  });
});
