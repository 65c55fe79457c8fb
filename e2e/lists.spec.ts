import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import type { StepKey } from './pages/DraftPage';
import { entryToggle, openExample, openStep, settledPageHeight } from './pages/example';
import { messages } from './pages/messages';

/** Every kind of list of the seven steps, with the step it is on; the worked examples fill them all. */
const LISTS: { step: StepKey; list: string }[] = [
  { step: 'why', list: 'values' },
  { step: 'asIs', list: 'initiatives' },
  { step: 'asIs', list: 'demandsOther' },
  { step: 'roles', list: 'stakeholders' },
  { step: 'roles', list: 'tasks' },
  { step: 'toBe', list: 'objectives' },
  { step: 'resources', list: 'staffTime' },
  { step: 'resources', list: 'expertise' },
  { step: 'resources', list: 'budgetLines' },
  { step: 'action', list: 'operationalObjectives' },
  { step: 'action', list: 'actions' },
  { step: 'action', list: 'communication' },
  { step: 'measure', list: 'indicators' },
  { step: 'measure', list: 'reviews' },
];
const STEPS = [...new Set(LISTS.map((item) => item.step))];
const MAX_CLOSED_HEIGHT = 5400;

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the focused element matches `selector` (inside `within`); fails after `limit` presses. */
async function tabTo(page: Page, within: string, selector: string, limit = 40) {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([scope, wanted]) => {
        const active = document.activeElement;
        return !!active && !!active.closest(scope) && active.matches(wanted);
      },
      [within, selector] as const,
    );
    if (found) return;
  }
  throw new Error(`no ${selector} in ${within} within ${limit} presses of Tab`);
}

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];

  test.describe(`lists fold to one summary row per entry (${locale})`, () => {
    test.slow();

    test(`every step of the worked example fits in ${MAX_CLOSED_HEIGHT} px with its entries closed, and grows by one entry when one opens (${locale})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const overview = await openExample(page, locale);
      const heights: string[] = [];
      for (const step of STEPS) {
        await openStep(page, locale, overview, step);
        await expect(page.locator('.folding__body')).toHaveCount(0);
        const closed = await settledPageHeight(page);
        const first = LISTS.find((item) => item.step === step)!.list;
        await entryToggle(page, first, 1).click();
        const body = page.locator(`#f-${first}-0-body`);
        await expect(body).toBeVisible();
        const bodyHeight = (await body.boundingBox())!.height;
        const grown = (await settledPageHeight(page)) - closed;
        heights.push(
          `${step}: ${closed} px closed, +${grown} px with ${first} 1 open (its fields ${Math.round(bodyHeight)} px)`,
        );
        // Soft: one run reports every step's heights, not just the first one over budget.
        expect.soft(closed, `${step} with every entry closed`).toBeLessThanOrEqual(MAX_CLOSED_HEIGHT);
        expect
          .soft(Math.abs(grown - bodyHeight), `${step}: growth ${grown} px against the open entry's ${bodyHeight} px`)
          .toBeLessThan(40);
      }
      test.info().annotations.push({ type: 'page heights', description: heights.join('; ') });
      console.log(`page heights (${locale}): ${heights.join('; ')}`);
    });

    test(`each kind of list opens, edits and closes by keyboard, one entry at a time (${locale})`, async ({ page }) => {
      const overview = await openExample(page, locale);
      for (const step of STEPS) {
        await openStep(page, locale, overview, step);
        for (const { list } of LISTS.filter((item) => item.step === step)) {
          const count = await page.locator(`[id^="f-${list}-"][data-folding]`).count();
          const number = count > 1 ? 2 : 1;
          const toggle = entryToggle(page, list, number);
          const body = `#f-${list}-${number - 1}-body`;
          await toggle.focus();
          await page.keyboard.press('Enter');
          await expect(toggle, `${list}: Enter opens the entry`).toHaveAttribute('aria-expanded', 'true');
          await expect(toggle).toBeFocused();
          if (count > 1) {
            // Opening another entry of the list closes this one.
            await entryToggle(page, list, 1).click();
            await expect(toggle).toHaveAttribute('aria-expanded', 'false');
            await expect(page.locator(body)).toHaveCount(0);
            await toggle.focus();
            await page.keyboard.press('Enter');
          }
          await tabTo(page, body, 'input[type="text"], input:not([type]), textarea');
          const edited = await focusedId(page);
          await page.keyboard.press('End');
          await page.keyboard.type(' (bis)');
          await tabTo(page, body, '.folding__done');
          await page.keyboard.press('Enter');
          await expect(toggle, `${list}: Done closes the entry`).toHaveAttribute('aria-expanded', 'false');
          await expect(toggle, `${list}: focus goes back to the summary row`).toBeFocused();
          await expect(page.locator(body)).toHaveCount(0);
          // The summary row shows what was typed; opening again keeps it.
          await expect(page.locator(`#f-${list}-${number - 1}`).locator('xpath=ancestor::li[1]')).toContainText(
            '(bis)',
          );
          await page.keyboard.press('Enter');
          await expect(page.locator(`#${edited}`)).toHaveValue(/ \(bis\)$/);
          await page.keyboard.press('Enter');
          await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        }
      }
    });

    test(`an error in a closed entry shows in its row and the error summary opens the entry at the field (${locale})`, async ({
      page,
    }) => {
      const overview = await openExample(page, locale);
      await openStep(page, locale, overview, 'asIs');
      const toggle = entryToggle(page, 'initiatives', 2);
      await toggle.click();
      const title = page.locator('#f-initiatives-1-title');
      await title.fill('');
      await toggle.click();
      await expect(title).toHaveCount(0);
      await page.getByRole('button', { name: m.stepPage.saveAndContinue, exact: true }).click();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      const row = toggle.locator('xpath=ancestor::li[1]');
      await expect(row).toContainText(m.common.list.hasProblem);
      await expect(page.locator('.folding--problem')).toHaveCount(1);
      expect(await axeViolations(page, { wcag22: true })).toEqual([]);

      await summary.getByRole('link', { name: m.steps.asIs.errors.titleRequired }).click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(title).toBeFocused();
      await page.keyboard.type('Teamcoaching');
      expect(await axeViolations(page, { wcag22: true })).toEqual([]);
    });

    test(`the open entry is remembered across steps and a reload of the tab, and never stored in the draft (${locale})`, async ({
      page,
    }) => {
      const overview = await openExample(page, locale);
      await openStep(page, locale, overview, 'measure');
      await entryToggle(page, 'indicators', 3).click();
      await openStep(page, locale, overview, 'roles');
      await expect(page.locator('.folding__body')).toHaveCount(0);
      await openStep(page, locale, overview, 'measure');
      await expect(entryToggle(page, 'indicators', 3)).toHaveAttribute('aria-expanded', 'true');
      await page.reload();
      await expect(entryToggle(page, 'indicators', 3)).toHaveAttribute('aria-expanded', 'true');
      await expect(entryToggle(page, 'reviews', 1)).toHaveAttribute('aria-expanded', 'false');
      const stored = await page.evaluate(async () => {
        const request = indexedDB.open('welzijnskompas');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const names = [...db.objectStoreNames];
        const texts: string[] = [];
        for (const name of names) {
          const all = db.transaction(name).objectStore(name).getAll();
          texts.push(JSON.stringify(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result)))));
        }
        return texts.join('');
      });
      expect(stored.length).toBeGreaterThan(1000);
      expect(stored).not.toContain('welzijnskompas:open');
      expect(stored).not.toMatch(/"open(Entry|Uid)"/);
    });
  });
}
