import { axeViolations, expect, test } from './fixtures';
import { DraftPage, STEP_KEYS } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { plainSpaces, readPdfPages } from './pages/pdf';
import { TrainerHome } from './pages/TrainerHome';

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];

  test(`resets the device for the next group after a confirmation, then offers the examples (${locale})`, async ({
    page,
  }) => {
    const home = new HomePage(page, locale);
    const trainer = new TrainerHome(page, locale);
    await home.goto();
    await home.createDraft('Groep 1 – duo A', 'Org');
    await home.goto();
    await home.createDraft('Groep 1 – duo B', 'Org');
    await home.goto();
    expect(await axeViolations(page), 'home with the trainer section').toEqual([]);

    const reset = trainer.trainer().getByRole('button', { name: m.trainer.reset.button });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: m.trainer.reset.confirmTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: m.common.cancel })).toBeFocused();
    expect(await axeViolations(page), 'reset confirmation').toEqual([]);
    await dialog.getByRole('button', { name: m.common.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(home.row('Groep 1 – duo A')).toBeVisible();

    await reset.click();
    await dialog.getByRole('button', { name: m.trainer.reset.confirm }).click();
    await expect(page.getByRole('status').filter({ hasText: m.trainer.reset.done })).toBeVisible();
    await expect(page.getByText(m.home.noDrafts)).toBeVisible();
    await expect(home.draftsTable()).toBeHidden();
    // The next group starts from an example: focus is on the examples.
    await expect(page.getByRole('heading', { level: 2, name: m.examples.heading })).toBeFocused();
    await page.reload();
    await expect(page.getByText(m.home.noDrafts)).toBeVisible();
  });

  test(`prints blank worksheets, one step per page, in registry order (${locale})`, async ({ page }) => {
    const home = new HomePage(page, locale);
    const trainer = new TrainerHome(page, locale);
    await home.goto();
    await trainer.trainer().getByRole('link', { name: m.trainer.worksheets.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.worksheets.title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${m.worksheets.metaTitle}`));
    const headings = STEP_KEYS.map((step, index) =>
      fill(m.worksheets.stepHeading, { number: index + 1, title: m.steps[step].title }),
    );
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(headings);
    // Each step's own questions and tools, e.g. the empty effort–impact matrix and RACI grid.
    await expect(page.getByRole('table', { name: m.steps.asIs.matrixHeading })).toBeVisible();
    await expect(page.getByRole('table', { name: m.steps.roles.raciHeading })).toBeVisible();
    await expect(page.getByRole('table', { name: m.steps.toBe.mirrorHeading })).toBeVisible();
    await expect(page.getByText(m.steps.why.mission, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: m.worksheets.print })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const pages = await readPdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(pages).toHaveLength(headings.length);
    pages.forEach((text, index) => {
      expect(plainSpaces(text)).toContain(plainSpaces(headings[index]!));
      // No app chrome on paper.
      expect(text).not.toContain(m.common.privacy);
      expect(text).not.toContain(m.worksheets.print);
    });
  });
}

test('presentation mode makes text larger, is announced, and survives a reload and the language switch', async ({
  page,
}) => {
  // A long walk through many pages (with axe and a PDF): more time on a loaded machine, no timing asserted.
  test.slow();
  const home = new HomePage(page, 'nl');
  const trainer = new TrainerHome(page, 'nl');
  const draft = new DraftPage(page, 'fr');
  await page.setViewportSize({ width: 1280, height: 720 }); // a common projector
  await home.goto();
  const normal = await trainer.rootFontSize();
  const toggle = trainer.presentationToggle();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(trainer.trainer().getByRole('status')).toHaveText(messages.nl.trainer.presentation.off);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(trainer.trainer().getByRole('status')).toHaveText(messages.nl.trainer.presentation.on);
  expect(await trainer.rootFontSize()).toBeGreaterThan(normal);
  expect(await axeViolations(page), 'home in presentation mode').toEqual([]);

  await page.reload();
  await expect(trainer.presentationToggle()).toHaveAttribute('aria-pressed', 'true');
  expect(await trainer.rootFontSize()).toBeGreaterThan(normal);

  await page.getByRole('link', { name: messages.nl.language.switchToLabel }).click();
  const fr = new TrainerHome(page, 'fr');
  await expect(page.getByRole('heading', { level: 1, name: messages.fr.home.title })).toBeVisible();
  await expect(fr.presentationToggle()).toHaveAttribute('aria-pressed', 'true');
  await expect(fr.trainer().getByRole('status')).toHaveText(messages.fr.trainer.presentation.on);
  expect(await fr.rootFontSize()).toBeGreaterThan(normal);
  expect(await fr.overflowsHorizontally(), 'home').toBe(false);

  // The largest layouts still fit: matrix (step 2), grid and RACI (step 3), timeline (step 6).
  await fr.openExample('fr');
  expect(await fr.overflowsHorizontally(), 'overview').toBe(false);
  for (const step of ['asIs', 'roles', 'action'] as const) {
    await draft.openStep(step);
    expect(await fr.overflowsHorizontally(), step).toBe(false);
    expect(await axeViolations(page), `${step} in presentation mode`).toEqual([]);
    await draft.backToOverview();
  }

  // The trainer's reset keeps the room's setting; turning it off brings the normal size back.
  await page.goto('/fr/');
  await fr.trainer().getByRole('button', { name: messages.fr.trainer.reset.button }).click();
  await page.getByRole('dialog').getByRole('button', { name: messages.fr.trainer.reset.confirm }).click();
  await expect(page.getByText(messages.fr.home.noDrafts)).toBeVisible();
  await page.reload();
  await expect(fr.presentationToggle()).toHaveAttribute('aria-pressed', 'true');
  await fr.presentationToggle().click();
  await expect(fr.trainer().getByRole('status')).toHaveText(messages.fr.trainer.presentation.off);
  expect(await fr.rootFontSize()).toBe(normal);
});
