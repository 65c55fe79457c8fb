import { expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { messages } from './pages/messages';

test('typing is saved at once when the tab is hidden, without waiting for the autosave pause', async ({ page }) => {
  const m = messages.nl;
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await home.goto();
  await home.createDraft('Verborgen tab', 'Org');
  await draft.openStep('asIs');
  await draft.notes().fill('Getypt vlak voor ik van tabblad wissel');
  // The tab goes to the background: the save must start now, not after the debounce.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await draft.expectSaved();
  await page.reload();
  await draft.expectOnStep('asIs');
  await expect(draft.notes()).toHaveValue('Getypt vlak voor ik van tabblad wissel');
  await expect(page.getByText(m.save.idle)).toBeVisible();
});

test('typing right before closing or reloading the page is not lost', async ({ page }) => {
  const home = new HomePage(page, 'fr');
  const draft = new DraftPage(page, 'fr');
  await home.goto();
  await home.createDraft('Rechargement', 'Org');
  await draft.openStep('roles');
  await draft.notes().fill('Tapé juste avant de recharger');
  await page.reload();
  await draft.expectOnStep('roles');
  await expect(draft.notes()).toHaveValue('Tapé juste avant de recharger');
  // The rescued text is written to the draft store itself, not only shown.
  await draft.expectSaved();
  await page.reload();
  await expect(draft.notes()).toHaveValue('Tapé juste avant de recharger');
  await draft.backToOverview();
  await expect(draft.stepStatus('roles')).toHaveText(messages.fr.status['in-progress']);
});
