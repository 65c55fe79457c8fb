import { describe, expect, it } from 'vitest';
import { coherenceChecks } from '@/lib/coherence';
import { parseDraft } from '@/lib/draft/parse';
import { stepStatus } from '@/lib/draft/status';
import { STEP_IDS } from '@/lib/steps/registry';
import { EXAMPLE_CATALOGUE } from './catalogue';
import { EXAMPLES } from './index';

describe.each([
  ['nl', 'Agentschap Groen Erfgoed'],
  ['fr', 'Bruxelles Mobilité Services'],
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
      expect.arrayContaining(['risk-analysis', 'prevention-plan', 'annual-action-plan']),
    );
    const months = steps.action.actions.flatMap((item) => [item.start ?? '', item.end ?? '']);
    expect(months.every((month) => /^202[78]-/.test(month))).toBe(true);
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
