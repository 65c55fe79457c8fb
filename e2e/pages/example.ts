import { expect, type Locator, type Page } from '@playwright/test';
import { DraftPage, type StepKey } from './DraftPage';
import { HomePage } from './HomePage';
import { fill, messages, type Locale } from './messages';
import { TrainerHome } from './TrainerHome';

export const STEP_IDS: Record<StepKey, string> = {
  why: 'why',
  asIs: 'as-is',
  roles: 'roles',
  toBe: 'to-be',
  resources: 'resources',
  action: 'action',
  measure: 'measure',
};

/** Opens a copy of the worked example written in the UI language; returns the URL of its overview. */
export async function openExample(page: Page, locale: Locale): Promise<string> {
  await new HomePage(page, locale).goto();
  await new TrainerHome(page, locale).openExample(locale);
  await expect(page.getByText(fill(messages[locale].draft.progress, { done: 7, total: 7 }))).toBeVisible();
  return page.url();
}

/** Opens a step of the draft whose overview is `overview` and waits until its whole form is drawn. */
export async function openStep(page: Page, locale: Locale, overview: string, step: StepKey) {
  await page.goto(`${overview}&step=${STEP_IDS[step]}`);
  await new DraftPage(page, locale).expectOnStep(step);
  // Every step form ends with its submit button: the whole form has rendered.
  const { saveAndContinue, saveAndReview } = messages[locale].stepPage;
  const submit = step === 'measure' ? saveAndReview : saveAndContinue;
  await expect(page.getByRole('button', { name: submit, exact: true })).toBeVisible();
}

/** The summary-row toggle of entry `number` (1-based) of a list: it opens and closes the entry. */
export function entryToggle(page: Page, list: string, number: number): Locator {
  return page.locator(`#f-${list}-${number - 1}`);
}

/** Opens entry `number` of a list (closing the list's open one), when it is not open yet. */
export async function openEntry(page: Page, list: string, number: number) {
  const toggle = entryToggle(page, list, number);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/**
 * The page's height once every part has been laid out: parts with `content-visibility: auto`
 * count a guessed size until they have been on screen, so scroll through the page first.
 */
export async function settledPageHeight(page: Page): Promise<number> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let top = 0; top < document.documentElement.scrollHeight; top += window.innerHeight / 2) {
      window.scrollTo(0, top);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  });
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/**
 * Opens a group of fields that folds like an entry (`figures`, `roi`, `support`, `approval`,
 * `mirror-<lever>`, `levers-<lever>`), when it is not open yet. A group starts open while empty.
 */
export async function openGroup(page: Page, name: string) {
  const toggle = page.locator(`#f-${name}`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
