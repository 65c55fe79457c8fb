import { actionStatusLabels } from '../content/reference/action';
import { EXAMPLES } from '../content/examples';
import { checkAtEveryWidth, expect, test } from './fixtures';
import { openExampleFollowUp } from './pages/followUp';
import { fill, isolate, messages } from './pages/messages';

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const f = m.followUp;
  const example = EXAMPLES[locale]();
  const indicator = example.steps.measure.indicators[0]!.name;
  const action = example.steps.action.actions[0]!.title;
  const done = actionStatusLabels[locale].done.label;

  test(`follow-up: measurements with trend and table, a small team suppressed, an action status, the evaluation (${locale})`, async ({
    page,
  }) => {
    // Many form submissions and four axe runs: more time on a loaded machine, no timing asserted.
    test.slow();
    await openExampleFollowUp(page, locale);
    await checkAtEveryWidth(page, 'follow-up, empty');

    // Two measurements for the whole organisation: the absence percentage goes down, so it improves.
    const measurement = page.getByRole('region', { name: f.measurementForm.heading });
    const record = async (date: string, value: string) => {
      await measurement.getByLabel(f.measurementForm.indicator, { exact: true }).selectOption({ label: indicator });
      await measurement.getByLabel(f.measurementForm.date, { exact: true }).fill(date);
      await measurement.getByLabel(f.measurementForm.value, { exact: true }).fill(value);
      await measurement.getByRole('button', { name: f.measurementForm.submit }).click();
      await expect(measurement.getByRole('status')).toHaveText(f.measurementForm.added);
    };
    await record('2027-03-31', '6,4');
    await record('2027-06-30', '5,9');
    const panel = page.getByRole('region', { name: indicator, exact: true });
    await expect(panel.getByText(f.trend.improving, { exact: true })).toBeVisible();
    await expect(panel.getByRole('img', { name: fill(f.chart.label, { name: isolate(indicator) }) })).toBeVisible();
    const table = panel.getByRole('table', { name: fill(f.table.caption, { name: isolate(indicator) }) });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('cell', { name: '5,9', exact: true })).toBeVisible();

    // A team of eight: not shown, only counted.
    await measurement.getByLabel(f.measurementForm.indicator, { exact: true }).selectOption({ label: indicator });
    await measurement.getByLabel(f.measurementForm.date, { exact: true }).fill('2027-06-30');
    await measurement.getByLabel(f.measurementForm.value, { exact: true }).fill('9,4');
    await measurement.getByRole('radio', { name: f.measurementForm.levels.team }).check();
    await measurement.getByLabel(f.measurementForm.team, { exact: true }).fill('Onthaal');
    await measurement.getByRole('button', { name: f.measurementForm.submit }).click();
    // The form's error summary takes focus; its entry leads to the field, which says the same.
    const summary = measurement.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 4, name: m.stepPage.errorSummaryTitle })).toBeVisible();
    await summary.getByRole('link', { name: f.errors.headcountRequired, exact: true }).click();
    const headcount = measurement.getByLabel(f.measurementForm.headcount, { exact: true });
    await expect(headcount).toBeFocused();
    await expect(headcount).toHaveAccessibleDescription(new RegExp(f.errors.headcountRequired));
    await headcount.fill('8');
    await measurement.getByRole('button', { name: f.measurementForm.submit }).click();
    await expect(panel.getByText(fill(f.suppressed, { count: 1, min: 10 }, locale))).toBeVisible();
    await expect(summary).toHaveCount(0);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByText('9,4')).toHaveCount(0);
    await expect(table.getByText('Onthaal')).toHaveCount(0);

    // The first action is done: its status and history say so.
    const status = page.getByRole('region', { name: f.statusForm.heading });
    await status.getByLabel(f.statusForm.action, { exact: true }).selectOption({ label: action });
    await status.getByLabel(f.statusForm.date, { exact: true }).fill('2027-05-15');
    await status.getByLabel(f.statusForm.status, { exact: true }).selectOption({ label: done });
    await status.getByLabel(new RegExp(`^${f.statusForm.note}`)).fill('Alle teams');
    await status.getByRole('button', { name: f.statusForm.submit }).click();
    await expect(status.getByRole('status')).toHaveText(f.statusForm.saved);
    const row = page.getByRole('table', { name: f.actions.caption }).getByRole('row', { name: action });
    await expect(row.getByRole('cell').first()).toHaveText(done);
    await expect(row.getByRole('listitem')).toContainText('Alle teams');

    // The yearly evaluation: conclusions are needed; then it is saved.
    const evaluation = page.getByRole('region', { name: f.evaluation.heading });
    await evaluation.getByRole('button', { name: f.evaluation.submit }).click();
    const problems = evaluation.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link', { name: f.errors.conclusionsRequired, exact: true })).toBeVisible();
    await evaluation.getByLabel(f.evaluation.inputs.thirdPartyActs.label, { exact: false }).fill('2');
    await evaluation.getByLabel(f.evaluation.conclusions, { exact: true }).fill('Het verzuim daalt.');
    await evaluation.getByRole('button', { name: f.evaluation.submit }).click();
    await expect(evaluation.getByRole('status')).toHaveText(f.evaluation.savedNow);

    await checkAtEveryWidth(page, 'follow-up, filled in');

    // Stored: after a reload everything is still there, the small team still only counted.
    await page.reload();
    await expect(table.getByRole('cell', { name: '5,9', exact: true })).toBeVisible();
    await expect(panel.getByText(fill(f.suppressed, { count: 1, min: 10 }, locale))).toBeVisible();
    await expect(summary).toHaveCount(0);
    await expect(evaluation.getByLabel(f.evaluation.conclusions, { exact: true })).toHaveValue('Het verzuim daalt.');
  });
}

const ABSENCE_CODES = ['absence-percentage', 'absence-frequency', 'absence-duration'] as const;

for (const locale of ['nl', 'fr'] as const) {
  const f = messages[locale].followUp;
  const example = EXAMPLES[locale]();
  const indicator = example.steps.measure.indicators[0]!.name;
  const absence = example.steps.measure.indicators.filter((item) =>
    (ABSENCE_CODES as readonly (string | null)[]).includes(item.catalogue),
  ).length;

  test(`follow-up: an absence file becomes measurements, its small team only counted (${locale})`, async ({ page }) => {
    await openExampleFollowUp(page, locale);
    const upload = page.getByRole('region', { name: f.import.heading });
    const csv = [
      'team,maand,ziektedagen,beschikbare dagen,ziekteperiodes,personeelsleden',
      'Loket,2027-01,20,200,4,12',
      'Onthaal,2027-01,10,200,2,8',
    ].join('\n');
    await upload
      .getByLabel(f.import.label)
      .setInputFiles({ name: 'verzuim.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Every column is guessed from its name; the user checks the mapping and reads the file in.
    const mapping = upload.getByRole('form', { name: fill(f.mapping.heading, { file: isolate('verzuim.csv') }) });
    await expect(mapping.getByRole('heading', { name: f.mapping.noProblems })).toBeVisible();
    await mapping.getByRole('button', { name: f.mapping.submit }).click();
    // Per absence indicator: the organisation and the team Loket, one month each.
    await expect(upload.getByRole('status')).toHaveText(
      fill(f.import.added, { count: absence * 2, suppressed: 1, min: 10 }, locale),
    );
    const panel = page.getByRole('region', { name: indicator, exact: true });
    const organisation = panel.getByRole('table', { name: fill(f.table.caption, { name: isolate(indicator) }) });
    await expect(organisation.getByRole('row')).toHaveCount(2);
    // The team values fold away (a year of a large organisation's file is many rows); opened, Loket is there.
    const teams = panel.getByRole('table', { name: fill(f.table.teamsCaption, { name: isolate(indicator) }) });
    await expect(teams).toHaveCount(0);
    await panel.getByText(fill(f.table.teamsSummary, { count: 1 }, locale)).click();
    await expect(teams.getByRole('cell', { name: 'Loket', exact: true })).toBeVisible();
    await expect(panel.getByText('Onthaal')).toHaveCount(0);
    await checkAtEveryWidth(page, 'follow-up, imported');
  });
}
