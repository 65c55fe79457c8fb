import { expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { messages } from './pages/messages';
import { collectCspViolations, expectNoCspViolations } from './pages/Safety';

test('every page carries a Content-Security-Policy and nothing violates it', async ({ page }) => {
  const violations = await collectCspViolations(page);
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await page.goto('/');
  await expect(page).toHaveURL(/\/nl\/$/);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  // The service worker (/sw.js) and the PDF export worker are same-origin scripts.
  expect(policy).toContain("worker-src 'self'");
  await expectNoCspViolations(violations);
  await home.createDraft('Veilig', 'Org');
  await expectNoCspViolations(violations);
  await draft.openStep('why');
  await expectNoCspViolations(violations);
  await page.reload();
  await draft.expectOnStep('why');
  await expectNoCspViolations(violations);
  await page.goto('/fr/draft/?d=missing');
  await expect(page.getByRole('heading', { level: 1, name: messages.fr.draft.notFoundTitle })).toBeVisible();
  await expectNoCspViolations(violations);
});

test('script typed into text fields is shown as text, never run', async ({ page }) => {
  const m = messages.nl;
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const link = 'javascript:window.__xss=3';
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await home.goto();
  await home.createDraft(payload, link);
  await draft.openStep('why');
  await page.getByRole('textbox', { name: m.steps.why.name, exact: true }).fill(payload);
  await page.getByRole('textbox', { name: m.steps.why.mission, exact: true }).fill(link);
  await draft.expectSaved();
  await draft.backToOverview();
  await draft.openStep('roles');
  await draft.notes().fill(payload);
  await draft.expectSaved();
  await page.reload();
  await expect(draft.notes()).toHaveValue(payload);
  await draft.backToOverview();
  await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
  await home.goto();
  await expect(home.row(payload)).toContainText(payload);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});
