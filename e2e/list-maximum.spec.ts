import { expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { seedSteps, storedDraft } from './pages/seed';

const MAX_STAKEHOLDERS = 50;
const MAX_TASKS = 40;

const stakeholder = (index: number) => ({
  uid: `s-${index}`,
  actor: null,
  customName: '',
  who: `Partner ${index + 1}`,
  influence: null,
  interest: null,
  role: '',
});
const task = (index: number) => ({ uid: `t-${index}`, name: `Taak ${index + 1}`, assignments: {} });

for (const locale of ['nl', 'fr'] as const) {
  test(`a list at its maximum disables "add" and says why; an edit in it is saved (${locale})`, async ({ page }) => {
    // Step 3 at its maximum draws 50 stakeholders and a 50 × 40 RACI matrix: slow on a loaded machine.
    test.slow();
    const m = messages[locale];
    const home = new HomePage(page, locale);
    const draft = new DraftPage(page, locale);
    await home.goto();
    await home.createDraft('Plan', 'Org');
    await seedSteps(page, {
      roles: {
        stakeholders: Array.from({ length: MAX_STAKEHOLDERS - 1 }, (_, index) => stakeholder(index)),
        tasks: Array.from({ length: MAX_TASKS }, (_, index) => task(index)),
      },
    });
    await draft.openStep('roles', { timeout: 30_000 });

    // One place left: adding it fills the list, and both add buttons stop, with the reason beside them.
    const add = page.getByRole('button', { name: m.steps.roles.addStakeholder, exact: true });
    await expect(add).toBeEnabled();
    await add.click();
    const full = fill(m.common.list.full, { max: MAX_STAKEHOLDERS });
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription(new RegExp(full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // The list had entries when the page was drawn: the catalogue sits behind its disclosure.
    await page.locator('summary', { hasText: m.steps.roles.catalogueLegend }).click();
    await expect(page.getByRole('button', { name: m.steps.roles.catalogueAdd })).toBeDisabled();

    // The tasks list was full from the start.
    const addTask = page.getByRole('button', { name: m.steps.roles.addTask, exact: true });
    await expect(addTask).toBeDisabled();
    await expect(page.getByText(fill(m.common.list.full, { max: MAX_TASKS }))).toBeVisible();

    // The 50th stakeholder's edit is stored, not dropped.
    const names = page.getByRole('textbox', { name: m.steps.roles.customName });
    await page.getByRole('combobox', { name: m.steps.roles.actor }).last().selectOption('other');
    await expect(names).toHaveCount(1);
    await names.last().fill('Vijftigste partner');
    await draft.expectSaved();
    const stored = await storedDraft(page);
    const list = (stored.steps.roles as { stakeholders: { customName: string }[] }).stakeholders;
    expect(list).toHaveLength(MAX_STAKEHOLDERS);
    expect(list.at(-1)?.customName).toBe('Vijftigste partner');
  });
}
