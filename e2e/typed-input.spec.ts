import { expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { messages, type Locale } from './pages/messages';

/** The `other` branch of an ICU plural message, with `#` and `{name}` filled in the page's notation. */
function plural(text: string, count: number, locale: Locale, values: Record<string, number> = {}): string {
  const format = (n: number) => new Intl.NumberFormat(locale).format(n);
  const branch = /other \{(.*)\}\}$/.exec(text)?.[1] ?? text;
  return branch
    .replaceAll('#', format(count))
    .replace(/\{(\w+)\}/g, (_match, key: string) => format(values[key] ?? Number.NaN));
}

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`what is typed is kept as typed (${locale})`, () => {
    test('an over-limit paste stays whole, the counter and the error say how much to cut, the step is not complete', async ({
      page,
    }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await home.createDraft('Plan', 'Org');
      await draft.openStep('why');

      const paste = `${'Onze missie. '.repeat(480)}éàü`;
      const over = paste.length - 5000;
      const mission = page.getByRole('textbox', { name: m.steps.why.mission, exact: true });
      await mission.fill(paste);
      await expect(page.getByText(plural(m.common.field.charactersOver, over, locale))).toBeVisible();
      await expect(page.getByText(plural(m.common.field.tooLong, over, locale, { max: 5000 }))).toBeVisible();
      await expect(mission).toHaveAttribute('aria-invalid', 'true');
      await draft.expectSaved();

      await page.reload();
      await draft.expectOnStep('why');
      await expect(mission).toHaveValue(paste);
      await expect(page.getByText(plural(m.common.field.charactersOver, over, locale))).toBeVisible();

      // Cutting it to the limit clears the error; the counter says what is left.
      await mission.fill(paste.slice(0, 4990));
      await expect(page.getByText(plural(m.common.field.charactersLeft, 10, locale))).toBeVisible();
      await expect(mission).not.toHaveAttribute('aria-invalid', 'true');
      await mission.fill(paste);
      await draft.expectSaved();
      await draft.backToOverview();
      await expect(draft.stepStatus('why')).toHaveText(m.status['in-progress']);
    });

    test('a word in a number field stays as typed, with an error at once, also after a reload', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await home.createDraft('Plan', 'Org');
      await draft.openStep('why');

      const typed = locale === 'nl' ? 'ongeveer 250' : 'environ 250';
      const staff = page.getByRole('textbox', { name: m.steps.why.staffCount });
      await staff.fill(typed);
      await expect(page.getByText(m.steps.why.errors.staffCountNumber)).toBeVisible();
      await draft.expectSaved();

      await page.reload();
      await draft.expectOnStep('why');
      await expect(staff).toHaveValue(typed);
      await expect(page.getByText(m.steps.why.errors.staffCountNumber)).toBeVisible();

      await staff.fill('250');
      await expect(page.getByText(m.steps.why.errors.staffCountNumber)).toBeHidden();
      await draft.expectSaved();
      await page.reload();
      await expect(staff).toHaveValue('250');
    });

    test('a new draft keeps an over-limit organisation name whole and says how much to cut before creating', async ({
      page,
    }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      await home.goto();
      const paste = `Agentschap ${'Zorg en Gezondheid '.repeat(17)}`;
      const over = paste.length - 200;
      const organisation = page.getByRole('textbox', { name: m.home.organisationLabel });
      await page.getByRole('textbox', { name: m.home.nameLabel, exact: true }).fill('Plan');
      await organisation.fill(paste);
      await expect(organisation).toHaveValue(paste);
      await expect(page.getByText(plural(m.common.field.charactersOver, over, locale))).toBeVisible();
      await page.getByRole('button', { name: m.home.createButton }).click();
      // Not created: the error summary links to the field, which still holds the whole paste.
      await expect(page.getByRole('alert').getByRole('link')).toHaveCount(1);
      await expect(page).not.toHaveURL(/\/draft\/\?d=/);
      await expect(organisation).toHaveValue(paste);
      await organisation.fill(paste.slice(0, 200));
      await page.getByRole('button', { name: m.home.createButton }).click();
      await expect(page).toHaveURL(/\/draft\/\?d=/);
    });
  });
}
