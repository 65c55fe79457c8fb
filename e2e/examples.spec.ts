import { EXAMPLE_CATALOGUE } from '../content/examples/catalogue';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { ExportPanel } from './pages/ExportPanel';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';
import { readPdf } from './pages/pdf';
import { TrainerHome } from './pages/TrainerHome';

for (const ui of ['nl', 'fr'] as const) {
  const other: Locale = ui === 'nl' ? 'fr' : 'nl';
  const m = messages[ui];

  test(`lists both worked examples and opens one as a copy that can be changed and exported (${ui} UI)`, async ({
    page,
  }) => {
    // A long walk through many pages (with axe and a PDF): more time on a loaded machine, no timing asserted.
    test.slow();
    const home = new HomePage(page, ui);
    const trainer = new TrainerHome(page, ui);
    const draft = new DraftPage(page, ui);
    const exporter = new ExportPanel(page, ui);
    await home.goto();
    const table = trainer.examples().getByRole('table', { name: m.examples.caption });
    for (const example of EXAMPLE_CATALOGUE) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: example.organisation }) });
      await expect(row).toContainText(example.name);
      await expect(row).toContainText(m.examples.languages[example.language]);
      await expect(row).toContainText(example.description[ui]);
    }
    expect(await axeViolations(page)).toEqual([]);

    // The example written in the other language: its content stays in that language, the UI in ours.
    const name = await trainer.openExample(other);
    const example = EXAMPLE_CATALOGUE.find((item) => item.language === other);
    await expect(page.getByText(fill(m.draft.progress, { done: 7, total: 7 }))).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // A copy the user can change.
    await draft.openStep('why');
    const mission = page.getByRole('textbox', { name: m.steps.why.mission, exact: true });
    await mission.fill('Onze eigen missie, in de kopie.');
    await draft.expectSaved();
    await draft.backToOverview();

    const { bytes } = await exporter.export();
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe(name);
    expect(pdf.text).toContain(example?.organisation);
    expect(pdf.text).toContain('Onze eigen missie, in de kopie.');
    expect(pdf.text).toContain(`1. ${m.steps.why.title}`);

    // Opening the example again gives a second, untouched copy: nothing was overwritten.
    await home.goto();
    await trainer.openExample(other);
    await draft.openStep('why');
    await expect(mission).not.toHaveValue('Onze eigen missie, in de kopie.');
    await home.goto();
    await expect(home.draftsTable().getByRole('rowheader', { name, exact: true })).toHaveCount(2);
  });
}
