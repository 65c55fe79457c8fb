import { axeViolations, expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';
import { messages } from './pages/messages';
import { importError, importInput } from './pages/Safety';

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];

  test(`the footer links to the accessibility statement, the privacy and the licences page, all pass axe (${locale})`, async ({
    page,
  }) => {
    const home = new HomePage(page, locale);
    await home.goto();
    const footer = page.getByRole('navigation', { name: m.common.footerNav });
    await footer.getByRole('link', { name: m.common.footerAccessibility }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.accessibility.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: m.accessibility.statusHeading })).toBeVisible();
    await expect(page.getByText(m.accessibility.contactNone)).toBeVisible();
    // The title changes after a client-side navigation: axe checks it, so wait for it.
    await expect(page).toHaveTitle(new RegExp(`^${m.accessibility.metaTitle}`));
    expect(await axeViolations(page), 'accessibility statement').toEqual([]);

    await page
      .getByRole('navigation', { name: m.common.footerNav })
      .getByRole('link', { name: m.common.footerPrivacy })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: m.privacy.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: m.privacy.healthHeading })).toBeVisible();
    await expect(page.getByText('welzijnskompas:backups', { exact: true })).toBeVisible();
    // The title changes after a client-side navigation: axe checks it, so wait for it.
    await expect(page).toHaveTitle(new RegExp(`^${m.privacy.metaTitle}`));
    expect(await axeViolations(page), 'privacy page').toEqual([]);
    await page
      .getByRole('navigation', { name: m.common.footerNav })
      .getByRole('link', { name: m.common.footerLicences })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: m.licences.title })).toBeVisible();
    await expect(page.getByText(/^next-intl 4\.14\.8 \(MIT\)$/)).toBeVisible();
    // The title changes after a client-side navigation: axe checks it, so wait for it.
    await expect(page).toHaveTitle(new RegExp(`^${m.licences.metaTitle}`));
    expect(await axeViolations(page), 'licences page').toEqual([]);
    const file = await page.request.get(`/licenses.txt`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('SIL Open Font License 1.1');
    const sbomLink = page.getByRole('link', { name: m.licences.sbom });
    const sbom = await page.request.get((await sbomLink.getAttribute('href')) ?? '');
    expect(sbom.status()).toBe(200);
    expect(await sbom.json()).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });

    await page.goto(`/${locale}/privacy/`);
    await page.getByRole('link', { name: m.privacy.back }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.home.title })).toBeVisible();
  });

  test(`the import has a button in the page's language that opens the file chooser (${locale})`, async ({ page }) => {
    const home = new HomePage(page, locale);
    await home.goto();
    const button = page.getByText(m.backup.import.button, { exact: true });
    await expect(button).toBeVisible();
    // The real input keeps its label and is reached with the keyboard.
    const input = importInput(page, locale);
    await input.focus();
    await expect(input).toBeFocused();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(importError(page, locale)).toBeVisible();
    expect(await axeViolations(page), 'home with import error').toEqual([]);
  });
}
