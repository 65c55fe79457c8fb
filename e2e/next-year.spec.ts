import { actionStatusLabels } from '../content/reference/action';
import { axeViolations, expect, test } from './fixtures';
import { ActionStep } from './pages/ActionStep';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { TrainerHome } from './pages/TrainerHome';

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const statuses = actionStatusLabels[locale];

  test(`starts next year's plan from this one: statuses kept, dates cleared, evaluation asked in step 2 (${locale})`, async ({
    page,
  }) => {
    // A long walk through many pages (with axe and a PDF): more time on a loaded machine, no timing asserted.
    test.slow();
    const home = new HomePage(page, locale);
    const trainer = new TrainerHome(page, locale);
    const draft = new DraftPage(page, locale);
    const actions = new ActionStep(page, locale);
    await home.goto();
    const name = await trainer.openExample(locale);

    // Last year: the first action was done.
    await draft.openStep('action');
    const first = await actions.openAction(1);
    await first.getByRole('radio', { name: statuses.done.label, exact: true }).check();
    await expect(first.getByLabel(`${m.steps.action.start} ${m.common.optional}`)).not.toHaveValue('');
    await draft.expectSaved();
    await draft.backToOverview();

    const section = page.getByRole('region', { name: m.nextYear.heading });
    expect(await axeViolations(page), 'overview with next year').toEqual([]);
    await section.getByRole('button', { name: m.nextYear.button }).click();
    const next = name.replace(
      /20(\d\d)–20(\d\d)/,
      (_all, a: string, b: string) => `20${Number(a) + 1}–20${Number(b) + 1}`,
    );
    expect(next).not.toBe(name);
    const heading = page.getByRole('heading', { level: 1, name: next, exact: true });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByText(fill(m.nextYear.continues, { name }))).toBeVisible();
    await expect(draft.stepStatus('asIs')).toHaveText(m.status['in-progress']);
    await expect(draft.stepStatus('why')).toHaveText(m.status.completed);
    expect(await axeViolations(page), 'overview of next year’s plan').toEqual([]);

    // Step 6: the actions are there with their status, without months; the timeline is empty.
    await draft.openStep('action');
    await expect(page.getByText(m.steps.action.timelineEmpty)).toBeVisible();
    const carried = await actions.openAction(1);
    await expect(carried.getByRole('radio', { name: statuses.done.label, exact: true })).toBeChecked();
    await expect(carried.getByLabel(`${m.steps.action.start} ${m.common.optional}`)).toHaveValue('');
    await expect(carried.getByLabel(`${m.steps.action.end} ${m.common.optional}`)).toHaveValue('');
    await draft.backToOverview();

    // Step 2 opens with last year's evaluation, needed to complete the step.
    await draft.openStep('asIs');
    const evaluation = page.getByRole('group', { name: m.steps.asIs.evaluationHeading });
    await expect(evaluation).toContainText(fill(m.steps.asIs.evaluationContinues, { name }));
    expect(await axeViolations(page), 'step 2 of next year’s plan').toEqual([]);
    await draft.saveAndContinue();
    await expect(
      page.getByRole('alert').getByRole('link', { name: m.steps.asIs.errors.evaluationRequired }),
    ).toBeVisible();
    await evaluation
      .getByRole('textbox', { name: m.steps.asIs.evaluationFindings })
      .fill('De coaching werkte; de gezondheidsweek bereikte de buitenploegen niet.');
    await draft.expectSaved();
    await draft.backToOverview();
    await expect(draft.stepStatus('asIs')).toHaveText(m.status.completed);
    await expect(page.getByText(fill(m.nextYear.continues, { name }))).toBeHidden();

    // Last year's plan is still there, unchanged.
    await home.goto();
    await expect(home.row(name)).toBeVisible();
    await expect(home.row(next)).toBeVisible();
    await home.row(name).getByRole('link').click();
    await draft.openStep('action');
    await actions.openAction(1);
    await expect(page.getByLabel(`${m.steps.action.start} ${m.common.optional}`).first()).not.toHaveValue('');
  });
}
