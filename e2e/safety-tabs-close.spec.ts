import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, isolate, messages, type Locale } from './pages/messages';
import { storedRecords } from './pages/Safety';

// Defect 4 of #15: a tab that stopped saving after another tab's save loses
// nothing when it is closed: it asks first, and the next open offers its text.

const TEXTS = {
  nl: { name: 'Twee tabbladen', first: 'Tekst uit tabblad 1', second: 'Tekst uit tabblad 2' },
  fr: { name: 'Deux onglets', first: 'Texte de l’onglet 1', second: 'Texte de l’onglet 2' },
} as const;

type Notes = { name: string; steps: { roles: { notes: string } } };

/** Two tabs on one draft; the first saves, so the second stops saving and shows the conflict; then it types. */
async function conflictedSecondTab(page: Page, second: Page, locale: Locale) {
  const m = messages[locale];
  const texts = TEXTS[locale];
  const home = new HomePage(page, locale);
  const first = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft(texts.name, 'Org');
  await first.openStep('roles');
  await second.goto(page.url());
  const other = new DraftPage(second, locale);
  await other.expectOnStep('roles');
  await first.notes().fill(texts.first);
  await first.expectSaved();
  await expect(second.getByRole('alert').filter({ hasText: m.conflict.title })).toBeVisible();
  await other.notes().fill(texts.second);
  await expect(second.getByText(m.save.failed.conflict)).toBeVisible();
  return first;
}

/** Closes a tab as the user does; returns whether the browser asked first (and leaves). */
async function closeTab(tab: Page): Promise<boolean> {
  let asked = false;
  tab.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.accept();
  });
  const closed = tab.waitForEvent('close');
  await tab.close({ runBeforeUnload: true });
  await closed;
  return asked;
}

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const texts = TEXTS[locale];

  test(`${locale}: closing a conflicted tab asks first; the next open offers its text as a copy`, async ({
    page,
    context,
  }) => {
    const second = await context.newPage();
    const first = await conflictedSecondTab(page, second, locale);
    expect(await closeTab(second)).toBe(true);

    await page.reload();
    const offer = page.getByRole('region', { name: m.conflict.offer.title });
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(m.conflict.offer.body);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing was merged into the draft: the first tab's text is what is stored here.
    await expect(first.notes()).toHaveValue(texts.first);

    await offer.getByRole('button', { name: m.conflict.offer.keep }).click();
    const copyName = fill(m.conflict.offer.copyName, { name: isolate(texts.name) });
    await expect(
      page.getByRole('status').filter({ hasText: fill(m.conflict.offer.kept, { name: copyName }) }),
    ).toBeVisible();
    await expect(offer).toHaveCount(0);
    const records = Object.values(await storedRecords(page)) as Notes[];
    expect(Object.fromEntries(records.map((record) => [record.name, record.steps.roles.notes]))).toEqual({
      [texts.name]: texts.first,
      [copyName]: texts.second,
    });

    await page.getByRole('link', { name: m.conflict.offer.open }).click();
    await first.expectOnStep('roles');
    await expect(first.notes()).toHaveValue(texts.second);
    await first.backToOverview();
    await expect(page.getByRole('heading', { level: 1, name: copyName })).toBeVisible();
  });

  test(`${locale}: the offered text is discarded only after asking, and not offered again`, async ({
    page,
    context,
  }) => {
    const second = await context.newPage();
    const first = await conflictedSecondTab(page, second, locale);
    await closeTab(second);
    await page.reload();
    const offer = page.getByRole('region', { name: m.conflict.offer.title });
    await offer.getByRole('button', { name: m.conflict.offer.discard }).click();
    const dialog = page.getByRole('dialog', { name: m.conflict.offer.discardTitle });
    await expect(dialog).toContainText(m.conflict.offer.discardBody);
    // Cancelling keeps the offer.
    await dialog.getByRole('button', { name: m.common.cancel }).click();
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: m.conflict.offer.discard }).click();
    await dialog.getByRole('button', { name: m.conflict.offer.discard }).click();
    await expect(page.getByRole('status').filter({ hasText: m.conflict.offer.discarded })).toBeVisible();
    await page.reload();
    await first.expectOnStep('roles');
    await expect(first.notes()).toHaveValue(texts.first);
    await expect(page.getByRole('region', { name: m.conflict.offer.title })).toHaveCount(0);
    expect(Object.keys(await storedRecords(page))).toHaveLength(1);
  });
}

test('a tab without a conflict closes without asking, and its text is saved', async ({ page, context }) => {
  const m = messages.nl;
  const home = new HomePage(page, 'nl');
  await home.goto();
  await home.createDraft('Eén tabblad', 'Org');
  const tab = await context.newPage();
  await tab.goto(page.url());
  const draft = new DraftPage(tab, 'nl');
  await draft.openStep('roles');
  await draft.notes().fill('Gewoon bewaard');
  expect(await closeTab(tab)).toBe(false);
  await page.reload();
  const here = new DraftPage(page, 'nl');
  await here.openStep('roles');
  await expect(here.notes()).toHaveValue('Gewoon bewaard');
  await expect(page.getByRole('region', { name: m.conflict.offer.title })).toHaveCount(0);
});
