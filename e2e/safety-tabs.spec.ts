import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, isolate, messages } from './pages/messages';
import { storedRecords } from './pages/Safety';

const m = messages.nl;

async function twoTabsOnOneDraft(page: Page, second: Page) {
  const home = new HomePage(page, 'nl');
  const first = new DraftPage(page, 'nl');
  await home.goto();
  await home.createDraft('Twee tabbladen', 'Org');
  await first.openStep('roles');
  await second.goto(page.url());
  const other = new DraftPage(second, 'nl');
  await other.expectOnStep('roles');
  return { first, other };
}

function conflict(page: Page) {
  return page.getByRole('alert').filter({ hasText: m.conflict.title });
}

test('another tab’s save stops this tab at once; keeping my version makes a copy', async ({ page, context }) => {
  const second = await context.newPage();
  const { first, other } = await twoTabsOnOneDraft(page, second);
  await first.notes().fill('Tekst uit tabblad 1');
  await first.expectSaved();
  // Tab 2 notices without saving anything itself.
  await expect(conflict(second)).toBeVisible();
  await expect(conflict(page)).toHaveCount(0);
  expect(await axeViolations(second)).toEqual([]);
  await other.notes().fill('Tekst uit tabblad 2');
  await expect(second.getByText(m.save.failed.conflict)).toBeVisible();
  const stored = Object.values(await storedRecords(page)) as { steps: { roles: { notes: string } } }[];
  expect(stored.map((record) => record.steps.roles.notes)).toEqual(['Tekst uit tabblad 1']);

  await conflict(second).getByRole('button', { name: m.conflict.keepCopy }).click();
  const copyName = fill(m.conflict.copyName, { name: isolate('Twee tabbladen') });
  await other.expectOnStep('roles');
  await expect(conflict(second)).toHaveCount(0);
  await expect(other.notes()).toHaveValue('Tekst uit tabblad 2');
  const records = Object.values(await storedRecords(page)) as { name: string; steps: { roles: { notes: string } } }[];
  expect(Object.fromEntries(records.map((record) => [record.name, record.steps.roles.notes]))).toEqual({
    'Twee tabbladen': 'Tekst uit tabblad 1',
    [copyName]: 'Tekst uit tabblad 2',
  });
  // The copy goes on saving as usual.
  await other.notes().fill('Tekst uit tabblad 2, verder');
  await other.expectSaved();
  await other.backToOverview();
  await expect(second.getByRole('heading', { level: 1, name: copyName })).toBeVisible();
  // The first tab's work is untouched.
  await page.reload();
  await expect(first.notes()).toHaveValue('Tekst uit tabblad 1');
});

test('or reload to the newest version', async ({ page, context }) => {
  const second = await context.newPage();
  const { first, other } = await twoTabsOnOneDraft(page, second);
  await first.notes().fill('Nieuwste versie');
  await first.expectSaved();
  await conflict(second).getByRole('button', { name: m.conflict.reload }).click();
  await other.expectOnStep('roles');
  await expect(other.notes()).toHaveValue('Nieuwste versie');
  await expect(conflict(second)).toHaveCount(0);
});

test('without tab messages, the revision check still refuses to overwrite', async ({ page, context }) => {
  const second = await context.newPage();
  await second.addInitScript(() => {
    // This tab hears nothing from the others.
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  const { first, other } = await twoTabsOnOneDraft(page, second);
  await first.notes().fill('Eerst bewaard');
  await first.expectSaved();
  await other.notes().fill('Later getypt');
  await expect(conflict(second)).toBeVisible();
  const stored = Object.values(await storedRecords(page)) as { steps: { roles: { notes: string } } }[];
  expect(stored[0]?.steps.roles.notes).toBe('Eerst bewaard');
});
