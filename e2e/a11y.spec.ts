import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';

for (const locale of ['nl', 'fr'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on home, overview and step 1 (${locale})`, async ({ page }) => {
    const home = new HomePage(page, locale);
    const draft = new DraftPage(page, locale);
    await home.goto();
    expect(await axeViolations(page), 'home, empty').toEqual([]);
    await home.createDraft('Toegankelijk', 'Org');
    expect(await axeViolations(page), 'overview').toEqual([]);
    await home.goto();
    expect(await axeViolations(page), 'home with a draft').toEqual([]);
    await page.getByRole('button', { name: fill(messages[locale].home.deleteNamed, { name: 'Toegankelijk' }) }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page), 'delete confirmation').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await home.row('Toegankelijk').getByRole('link').click();
    await draft.openStep('why');
    await page.getByText(messages[locale].stepPage.guidanceHeading).click();
    expect(await axeViolations(page), 'step 1').toEqual([]);
    await draft.saveAndContinue();
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await axeViolations(page), 'step 1 with errors').toEqual([]);
    await draft.backToOverview();
    await draft.openStep('asIs');
    expect(await axeViolations(page), 'step 2').toEqual([]);
  });

  test(`the wizard works by keyboard alone (${locale})`, async ({ page }) => {
    const m = messages[locale];
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
    // A radio group is reachable and operable with the arrow keys.
    const firstLever = locale === 'nl' ? 'Inzetbaarheid' : 'Employabilité';
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
