import { expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { whyAnswers, WhyStep } from './pages/WhyStep';

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 1 (${locale})`, () => {
    test('fill every field, reload, and find every value restored; then complete the step', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      const why = new WhyStep(page, locale);
      await home.goto();
      await home.createDraft('Plan', 'Org');
      await draft.openStep('why');
      await expect(page.getByText(fill(m.stepPage.stepOf, { number: 1, total: 7 }))).toBeVisible();
      await expect(page).toHaveTitle(`${m.steps.why.title} — Plan — ${m.meta.title}`);

      await why.fill(whyAnswers[locale]);
      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('why');
      await why.expectValues(whyAnswers[locale]);

      await draft.saveAndContinue();
      await draft.expectOnStep('asIs');
      await draft.backToOverview();
      await expect(draft.stepStatus('why')).toHaveText(m.status.completed);
      await expect(page.getByText(fill(m.draft.progress, { done: 1, total: 7 }))).toBeVisible();
      // The step 1 profile name becomes the draft's organisation on the home page.
      await home.goto();
      await expect(home.row('Plan')).toContainText(whyAnswers[locale].name);
    });

    test('"Save and continue" on an incomplete step shows what to do, and keeps what was typed', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await home.createDraft('Plan', 'Org');
      await draft.openStep('why');
      await page.getByRole('textbox', { name: m.steps.why.mission, exact: true }).fill('Alleen een missie');
      await page.getByRole('textbox', { name: m.steps.why.staffCount }).fill('veel');
      await draft.saveAndContinue();

      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        m.steps.why.errors.typeRequired,
        m.steps.why.errors.sectorRequired,
        m.steps.why.errors.staffCountNumber,
        m.steps.why.errors.driversRequired,
        m.steps.why.errors.whyHereRequired,
        ...Object.values(m.steps.why.errors.leverRequired),
      ]);
      await summary.getByRole('link', { name: m.steps.why.errors.sectorRequired }).click();
      await expect(page.getByRole('combobox', { name: m.steps.why.sector })).toBeFocused();
      await draft.expectOnStep('why');

      await draft.backToOverview();
      await expect(draft.stepStatus('why')).toHaveText(m.status['in-progress']);
      await page.reload();
      await draft.openStep('why');
      await expect(page.getByRole('textbox', { name: m.steps.why.mission, exact: true })).toHaveValue(
        'Alleen een missie',
      );
    });
  });
}

test('switching language mid-step keeps the page, the draft and every value', async ({ page }) => {
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await home.goto();
  await home.createDraft('Taalwissel', 'Org');
  await draft.openStep('why');
  const why = new WhyStep(page, 'nl');
  await why.fill(whyAnswers.nl);
  // No waiting for the autosave: the switch itself must save what was just typed.
  await page.getByRole('textbox', { name: messages.nl.steps.why.whyHere }).fill('Net getypt, nog niet bewaard.');
  const url = new URL(page.url());
  await page.getByRole('link', { name: messages.nl.language.switchToLabel }).click();

  await expect(page).toHaveURL(new RegExp(`/fr/draft/\\?${url.search.slice(1).replace(/[?&]/g, '.')}`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const fr = new DraftPage(page, 'fr');
  await fr.expectOnStep('why');
  await expect(page.getByRole('textbox', { name: messages.fr.steps.why.mission, exact: true })).toHaveValue(
    whyAnswers.nl.mission,
  );
  await expect(page.getByRole('textbox', { name: messages.fr.steps.why.whyHere })).toHaveValue(
    'Net getypt, nog niet bewaard.',
  );
  // Codes are stored, so the choices now read in French.
  await expect(page.getByRole('combobox', { name: messages.fr.steps.why.type }).locator('option:checked')).toHaveText(
    'Autorité flamande (département ou agence)',
  );
  // The open lever is remembered across the switch; another lever opens from its summary row.
  await page
    .locator('[id^="f-levers-"][data-folding]')
    .filter({ hasText: /^Leadership/ })
    .click();
  await expect(
    page
      .getByRole('group', { name: fill(messages.fr.steps.why.leverRelevance, { lever: 'Leadership' }) })
      .getByRole('radio', { name: 'Prioritaire', exact: true }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Absentéisme pour maladie' })).toBeChecked();

  // And back to Dutch on the same page.
  await page.getByRole('link', { name: messages.fr.language.switchToLabel }).click();
  await draft.expectOnStep('why');
  await why.expectValues({ ...whyAnswers.nl, whyHere: 'Net getypt, nog niet bewaard.' });
});
