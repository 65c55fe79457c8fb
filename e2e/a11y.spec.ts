import type { Page } from '@playwright/test';
import { axeViolations, expect, horizontalOverflow, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { openExample, openStep } from './pages/example';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';

/** The reflow width of WCAG 1.4.10 (1280 px at 400 % zoom) and the desktop width. */
const WIDTHS = [1280, 320] as const;

/**
 * At each width: axe with the WCAG 2.0, 2.1 and 2.2 A/AA rules finds nothing, and the
 * page itself does not scroll sideways (tables may scroll inside their own region).
 */
async function checkAtEveryWidth(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect(await horizontalOverflow(page), `${name} at ${width} px: page-level horizontal scroll`).toEqual({
      pixels: 0,
      culprits: [],
    });
    expect(await axeViolations(page, { wcag22: true }), `${name} at ${width} px: axe`).toEqual([]);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 800 });
}

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];

  test.describe(`every page passes axe (WCAG 2.2 A/AA) and reflows at 320 px, with the worked example (${locale})`, () => {
    // Each test loads the example once and walks a share of the pages at two widths.
    test.slow();

    test(`home, overview and steps 1 to 4 (${locale})`, async ({ page }) => {
      const overview = await openExample(page, locale);
      await checkAtEveryWidth(page, 'overview');
      const home = new HomePage(page, locale);
      await home.goto();
      await expect(home.draftsTable()).toBeVisible();
      await checkAtEveryWidth(page, 'home with the example');
      for (const step of ['why', 'asIs', 'roles', 'toBe'] as const) {
        await openStep(page, locale, overview, step);
        await checkAtEveryWidth(page, `step ${step}`);
      }
    });

    test(`steps 5 to 7 (${locale})`, async ({ page }) => {
      const overview = await openExample(page, locale);
      for (const step of ['resources', 'action', 'measure'] as const) {
        await openStep(page, locale, overview, step);
        await checkAtEveryWidth(page, `step ${step}`);
      }
    });

    test(`the review and the print view (${locale})`, async ({ page }) => {
      const overview = await openExample(page, locale);
      await page.goto(`${overview}&view=review`);
      await expect(page.getByRole('heading', { level: 2, name: `1. ${m.steps.why.title}` })).toBeVisible();
      await checkAtEveryWidth(page, 'review');
      await page.goto(`${overview}&view=print`);
      await expect(page.getByRole('button', { name: m.print.button })).toBeVisible();
      await checkAtEveryWidth(page, 'print view');
    });

    test(`an empty draft, its errors, the delete dialog, the worksheets and the about pages (${locale})`, async ({
      page,
    }) => {
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await checkAtEveryWidth(page, 'home, empty');
      await home.createDraft('Toegankelijk', 'Org');
      await checkAtEveryWidth(page, 'overview, empty');
      await draft.openStep('why');
      await page.getByText(m.stepPage.guidanceHeading).click();
      await checkAtEveryWidth(page, 'step 1 with its guidance open');
      await draft.saveAndContinue();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await checkAtEveryWidth(page, 'step 1 with errors');
      await home.goto();
      await page.getByRole('button', { name: fill(m.home.deleteNamed, { name: 'Toegankelijk' }) }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkAtEveryWidth(page, 'delete confirmation');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await page.goto(`/${locale}/worksheets/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkAtEveryWidth(page, 'worksheets');
      for (const [path, title] of [
        ['accessibility', m.accessibility.title],
        ['privacy', m.privacy.title],
        ['licences', m.licences.title],
      ] as const) {
        await page.goto(`/${locale}/${path}/`);
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await checkAtEveryWidth(page, path);
      }
    });
  });

  test(`the wizard works by keyboard alone (${locale})`, async ({ page }) => {
    const home = new HomePage(page, locale);
    const draft = new DraftPage(page, locale);
    await home.goto();
    await home.createDraft('Toetsenbord', 'Org');
    // Tab from the top of a freshly loaded page to the first step and open it with Enter.
    await page.reload();
    await expect(draft.taskList()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: m.common.skipLink })).toBeFocused();
    const firstStep = page.getByRole('link', { name: draft.stepTitle('why'), exact: true });
    for (let i = 0; i < 10 && !(await firstStep.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(firstStep).toBeFocused();
    await page.keyboard.press('Enter');
    await draft.expectOnStep('why');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Focus is visible: the focused control gets an outline or a focus background.
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, background: s.backgroundColor, shadow: s.boxShadow };
    });
    expect(style.outline !== 'none' || style.shadow !== 'none').toBe(true);
    // A lever opens from its summary row with Enter; its radio group works with the arrow keys.
    const firstLever = locale === 'nl' ? 'Inzetbaarheid' : 'Employabilité';
    const leverRow = page.locator('[id^="f-levers-"][data-folding]').first();
    await leverRow.focus();
    await page.keyboard.press('Enter');
    await expect(leverRow).toHaveAttribute('aria-expanded', 'true');
    const radio = page
      .getByRole('group', { name: fill(m.steps.why.leverRelevance, { lever: firstLever }) })
      .getByRole('radio')
      .first();
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(radio).not.toBeChecked();
  });
}
