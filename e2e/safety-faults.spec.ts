import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { blockIndexedDb, downloadedText, putRecord, simulateFullDisk, storedRecords } from './pages/Safety';
import { whyAnswers } from './pages/WhyStep';

test('storage blocked: the app says so, the user works in this tab and exports a file', async ({ page }) => {
  const m = messages.nl;
  await blockIndexedDb(page);
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await home.goto();
  await expect(page.getByRole('alert').filter({ hasText: m.storage.memory })).toBeVisible();
  await home.createDraft('Privévenster', 'Org');
  await expect(page.getByRole('alert').filter({ hasText: m.storage.memory })).toBeVisible();
  await draft.openStep('roles');
  await draft.notes().fill('Alleen in dit tabblad');
  await expect(draft.saveStatus()).toHaveText(m.save.memory);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: m.save.downloadCopy }).click();
  const file = JSON.parse(await downloadedText(await downloading));
  expect(file.drafts[0].steps.roles.notes).toBe('Alleen in dit tabblad');
});

for (const locale of ['nl', 'fr'] as const) {
  test(`storage full: a clear message, the last good version stays, a retry saves (${locale})`, async ({ page }) => {
    const m = messages[locale];
    await simulateFullDisk(page);
    const home = new HomePage(page, locale);
    const draft = new DraftPage(page, locale);
    await home.goto();
    await home.createDraft('Volle schijf', 'Org');
    await draft.openStep('roles');
    await draft.notes().fill('Eerste versie');
    await draft.expectSaved();
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
    await draft.notes().fill('Tweede versie, niet bewaard');
    await expect(page.getByRole('alert').filter({ hasText: m.save.failed.quota })).toBeVisible();
    await expect(draft.notes()).toHaveValue('Tweede versie, niet bewaard');
    const stored = Object.values(await storedRecords(page)) as { steps: { roles: { notes: string } } }[];
    expect(stored[0]?.steps.roles.notes).toBe('Eerste versie');
    // The work can go to a file even now.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: m.save.downloadCopy }).click();
    expect(JSON.parse(await downloadedText(await downloading)).drafts[0].steps.roles.notes).toBe(
      'Tweede versie, niet bewaard',
    );
    // Space freed: retry saves.
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
    await page.getByRole('button', { name: m.save.retry }).click();
    await draft.expectSaved();
    await page.reload();
    await expect(draft.notes()).toHaveValue('Tweede versie, niet bewaard');
  });
}

test('a damaged record: the others load, its raw content can be downloaded, then deleted', async ({ page }) => {
  const m = messages.fr;
  const home = new HomePage(page, 'fr');
  await home.goto();
  await home.createDraft('Projet sain', 'Org');
  await home.goto();
  const broken = { schemaVersion: 2, name: 'Projet abîmé', steps: 'illisible' };
  await putRecord(page, 'abime-1', broken);
  await page.reload();
  await expect(home.row('Projet sain')).toBeVisible();
  await expect(page.getByRole('heading', { name: m.home.damagedHeading })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: fill(m.backup.damaged.downloadNamed, { key: 'abime-1' }) }).click();
  expect(JSON.parse(await downloadedText(await downloading))).toEqual(broken);
  await page.getByRole('button', { name: fill(m.backup.damaged.deleteNamed, { key: 'abime-1' }) }).click();
  await page
    .getByRole('dialog', { name: fill(m.backup.damaged.deleteTitle, { key: 'abime-1' }) })
    .getByRole('button', { name: m.home.deleteConfirm })
    .click();
  await expect(page.getByRole('heading', { name: m.home.damagedHeading })).toHaveCount(0);
  await expect(home.row('Projet sain')).toBeVisible();
});

test('delete all my data on this device, after confirming', async ({ page }) => {
  const m = messages.nl;
  const home = new HomePage(page, 'nl');
  await home.goto();
  await home.createDraft('Opleiding A', 'Org');
  await home.goto();
  await home.createDraft('Opleiding B', 'Org');
  await home.goto();
  await putRecord(page, 'kapot', { name: 1 });
  await page.evaluate(() => localStorage.setItem('welzijnskompas:backups', '{}'));
  await page.reload();
  await page.getByRole('button', { name: m.backup.wipe.button }).click();
  const dialog = page.getByRole('dialog', { name: m.backup.wipe.confirmTitle });
  // Cancelling keeps everything.
  await dialog.getByRole('button', { name: m.common.cancel }).click();
  await expect(home.row('Opleiding A')).toBeVisible();
  await page.getByRole('button', { name: m.backup.wipe.button }).click();
  await dialog.getByRole('button', { name: m.backup.wipe.confirm }).click();
  await expect(page.getByRole('status').filter({ hasText: m.backup.wipe.done })).toBeVisible();
  await expect(page.getByText(m.home.noDrafts)).toBeVisible();
  expect(await storedRecords(page)).toEqual({});
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('welzijnskompas:'))),
  ).toEqual([]);
  await page.reload();
  await expect(page.getByText(m.home.noDrafts)).toBeVisible();
});

test('the home page shows whether the browser agreed to keep the data', async ({ page }) => {
  const m = messages.nl;
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
    Object.defineProperty(navigator.storage, 'persist', { value: async () => true });
  });
  const home = new HomePage(page, 'nl');
  await home.goto();
  await expect(page.getByTestId('persistence')).toHaveCount(0);
  await home.createDraft('Blijvend', 'Org');
  await home.goto();
  await expect(page.getByTestId('persistence')).toHaveText(m.backup.persistence.persisted);
});

test('reload in the middle of typing on step 1 loses no character', async ({ page }) => {
  const home = new HomePage(page, 'fr');
  const draft = new DraftPage(page, 'fr');
  const answers = whyAnswers.fr;
  await home.goto();
  await home.createDraft('Rechargement', 'Org');
  await draft.openStep('why');
  const mission = page.getByRole('textbox', { name: messages.fr.steps.why.mission, exact: true });
  await mission.pressSequentially(answers.mission, { delay: 5 });
  await page.reload();
  await draft.expectOnStep('why');
  await expect(mission).toHaveValue(answers.mission);
});
