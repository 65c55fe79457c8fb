import { describe, expect, it } from 'vitest';
import { budgetTotals } from '@/lib/budget';
import { coherenceChecks } from '@/lib/coherence';
import { formatNumber } from '@/lib/format';
import { computeRoi, roiInputs } from '@/lib/roi';
import { parseDraft } from '@/lib/draft/parse';
import { stepStatus } from '@/lib/draft/status';
import { STEP_IDS } from '@/lib/steps/registry';
import { stepContent } from '../steps';
import { EXAMPLE_CATALOGUE } from './catalogue';
import { EXAMPLES } from './index';

describe.each([
  ['nl', 'Agentschap Groen Erfgoed'],
  ['fr', 'Office Trajets Bruxelles (fictif)'],
] as const)('worked example (%s)', (locale, organisation) => {
  const make = EXAMPLES[locale];

  it('is a valid draft in its language after a round trip through a file', () => {
    const parsed = parseDraft(JSON.parse(JSON.stringify(make())));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.locale).toBe(locale);
    expect(parsed.draft.organisation).toBe(organisation);
    expect(parsed.draft.steps.why.profile.name).toBe(organisation);
  });

  it('completes all seven steps', () => {
    const draft = make();
    expect(STEP_IDS.map((id) => [id, stepStatus(draft, id)])).toEqual(STEP_IDS.map((id) => [id, 'completed']));
  });

  it('has no coherence issue at all', () => {
    expect(coherenceChecks(make())).toEqual([]);
  });

  it('gives new uids on every call, with links that stay consistent', () => {
    const first = make();
    const second = make();
    expect(second.uid).not.toBe(first.uid);
    expect(second.steps.action.actions[0]?.uid).not.toBe(first.steps.action.actions[0]?.uid);
    const owners = new Set(second.steps.roles.stakeholders.map((item) => item.uid));
    expect(second.steps.action.actions.every((item) => item.owner && owners.has(item.owner))).toBe(true);
  });

  it('has the size of a realistic plan, with a target only where the organisation set one', () => {
    const { steps } = make();
    expect(steps['as-is'].initiatives.length).toBeGreaterThanOrEqual(8);
    expect(steps.roles.stakeholders.length).toBeGreaterThanOrEqual(8);
    expect(steps.roles.tasks.length).toBeGreaterThanOrEqual(5);
    expect(steps['to-be'].objectives.length).toBeGreaterThanOrEqual(3);
    expect(steps.action.operationalObjectives.length).toBeGreaterThanOrEqual(4);
    expect(steps.action.actions.length).toBeGreaterThanOrEqual(10);
    expect(steps.measure.indicators.length).toBeGreaterThanOrEqual(8);
    expect(steps.measure.indicators.filter((item) => item.target.trim()).length).toBeLessThanOrEqual(2);
    expect(steps.measure.reviews.map((item) => item.legal)).toEqual(
      expect.arrayContaining(['risk-analysis', 'prevention-plan', 'annual-action-plan', 'psychosocial-evaluation']),
    );
    const months = steps.action.actions.flatMap((item) => [item.start ?? '', item.end ?? '']);
    expect(months.every((month) => /^202[78]-/.test(month))).toBe(true);
  });

  it('has a board text that tells the truth about its own figures, payback both ways', () => {
    const { steps } = make();
    const inputs = roiInputs(steps);
    const total = budgetTotals(steps.resources.budgetLines).total;
    const result = computeRoi(inputs, total);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cautious = result.scenarios.cautious;
    expect(cautious.ok).toBe(true);
    if (!cautious.ok || cautious.payback.kind !== 'years')
      throw new Error('the cautious scenario must pay back the budget');
    // Typography is applied when the text is shown: compare with ordinary spaces.
    const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
    const text = plain(steps.resources.boardText);
    const number = (value: number, digits = 0) => plain(formatNumber(value, locale, digits));
    // The budget, the internal time, the saving, the payback of the operating budget
    // and what the internal time costs, as the calculator gives them.
    expect(text).toContain(number(total));
    expect(text).toContain(`${number(inputs.internalFte, 2)} ${locale === 'nl' ? 'VTE' : 'ETP'}`);
    expect(text).toContain(number(Math.round(cautious.saving)));
    expect(text).toContain(number(cautious.payback.years, 1));
    expect(text).toContain(number(Math.round(cautious.internalCost)));
    // With the internal time counted the plan does not pay back on absence alone: the text must say so.
    expect(cautious.paybackWithTime.kind).toBe('no-saving');
    expect(text).toMatch(
      locale === 'nl' ? /niet terug op verzuim alleen/ : /ne se rembourse pas par l’absentéisme seul/,
    );
  });

  it('names one approval period, the plan’s own two years', () => {
    const draft = make();
    expect(draft.name).toMatch(/2027–2028/);
    const texts = JSON.stringify(draft).concat(JSON.stringify(stepContent(locale)));
    const approvals = texts.match(/(goedgekeurd|keurde)[^.]*|approuv[ée][^.]*/g) ?? [];
    expect(approvals.length).toBeGreaterThan(0);
    expect(approvals.filter((sentence) => /\b(drie|vijf|trois|cinq) (jaar|ans)\b/.test(sentence))).toEqual([]);
    expect(approvals.some((sentence) => /2027 (en|et) 2028/.test(sentence))).toBe(true);
  });
});

describe('example catalogue (home page)', () => {
  it('lists every example once, with the name and organisation of its draft', () => {
    expect(EXAMPLE_CATALOGUE.map((item) => item.language).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const item of EXAMPLE_CATALOGUE) {
      const draft = EXAMPLES[item.language]();
      expect([draft.locale, draft.name, draft.organisation]).toEqual([item.language, item.name, item.organisation]);
      expect(item.description.nl.trim()).not.toBe('');
      expect(item.description.fr.trim()).not.toBe('');
    }
  });
});
