import { expect, test } from './fixtures';
import { DraftPage, STEP_KEYS } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, isolate, messages } from './pages/messages';

test.describe('opening the app', () => {
  test('`/` lands on Dutch for a Dutch-speaking browser', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/nl\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.nl.home.title);
  });

  test.describe('with a French-speaking browser', () => {
    test.use({ locale: 'fr-BE' });
    test('`/` lands on French', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/fr\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.fr.home.title);
    });
  });
});

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`drafts on the home page (${locale})`, () => {
    test('create, list, rename, duplicate and delete with confirmation', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await expect(page.getByText(m.home.noDrafts)).toBeVisible();

      await home.createDraft('Beleid 2027', 'Stad Voorbeeld');
      // The overview lists the seven steps in order, none started, then the follow-up.
      const links = draft.taskList().getByRole('link');
      await expect(links).toHaveText([...STEP_KEYS.map((key) => draft.stepTitle(key)), m.followUp.title]);
      for (const key of STEP_KEYS) await expect(draft.stepStatus(key)).toHaveText(m.status['not-started']);
      // Looking at a step without answering anything does not start it.
      await draft.openStep('why');
      await draft.backToOverview();
      await expect(draft.stepStatus('why')).toHaveText(m.status['not-started']);

      await home.goto();
      const row = home.row('Beleid 2027');
      await expect(row).toContainText('Stad Voorbeeld');
      await expect(row).toContainText(fill(m.home.progress, { done: 0, total: 7 }));

      // Renaming to nothing is refused with a message; the name stays.
      await page.getByRole('button', { name: fill(m.home.renameNamed, { name: 'Beleid 2027' }) }).click();
      const renameDialog = page.getByRole('dialog', { name: m.home.renameTitle });
      await renameDialog.getByRole('textbox', { name: m.home.renameLabel }).fill('  ');
      await renameDialog.getByRole('button', { name: m.home.renameConfirm }).click();
      await expect(renameDialog.getByText(m.draft.errors.nameRequired)).toBeVisible();
      await renameDialog.getByRole('button', { name: m.common.cancel }).click();
      await expect(home.row('Beleid 2027')).toBeVisible();

      await home.rename('Beleid 2027', 'Welzijnsbeleid 2027–2029');
      await home.duplicate('Welzijnsbeleid 2027–2029');
      const copy = fill(m.home.duplicateName, { name: isolate('Welzijnsbeleid 2027–2029') });
      await expect(home.draftsTable().getByRole('row')).toHaveCount(3);

      // Cancelling keeps the draft; confirming removes it.
      await home.delete(copy, { confirm: false });
      await expect(home.row(copy)).toBeVisible();
      await home.delete(copy, { confirm: true });
      await expect(home.row(copy)).toHaveCount(0);
      const deleted = fill(m.home.deleted, { name: copy });
      await expect(page.getByRole('status').filter({ hasText: deleted })).toContainText(deleted);

      // Everything survives a reload; opening a draft leads to its overview.
      await page.reload();
      await expect(home.row('Welzijnsbeleid 2027–2029')).toBeVisible();
      await home.row('Welzijnsbeleid 2027–2029').getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Welzijnsbeleid 2027–2029' })).toBeVisible();
    });

    test('a draft needs a name, and the error summary says so', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      await home.goto();
      await page.getByRole('button', { name: m.home.createButton }).click();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await summary.getByRole('link', { name: m.draft.errors.nameRequired }).click();
      await expect(page.getByRole('textbox', { name: m.home.nameLabel, exact: true })).toBeFocused();
      await expect(home.draftsTable()).toHaveCount(0);
    });
  });
}

for (const locale of ['nl', 'fr'] as const) {
  test(`a damaged stored draft is reported and never hides the others (${locale})`, async ({ page }) => {
    const m = messages[locale];
    const home = new HomePage(page, locale);
    await home.goto();
    await home.createDraft('Gezond ontwerp', 'Org');
    await home.goto();
    // Write a record that is not a valid draft straight into IndexedDB.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('welzijnskompas');
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({ schemaVersion: 1, name: 42 }, 'broken-record');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await expect(home.row('Gezond ontwerp')).toBeVisible();
    await expect(page.getByRole('heading', { name: m.home.damagedHeading })).toBeVisible();
    const oneDamaged =
      locale === 'nl' ? 'Eén opgeslagen ontwerp kan niet gelezen worden.' : 'Un projet enregistré ne peut pas être lu.';
    await expect(page.getByText(oneDamaged)).toBeVisible();
    // Opening the damaged record directly says so and leads back home.
    await page.goto(`/${locale}/draft/?d=broken-record`);
    await expect(page.getByRole('heading', { level: 1, name: m.draft.damagedTitle })).toBeVisible();
    await page.getByRole('link', { name: m.draft.backToHome }).click();
    await expect(home.row('Gezond ontwerp')).toBeVisible();
  });
}
