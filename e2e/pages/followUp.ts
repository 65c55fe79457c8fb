import { expect, type Page } from '@playwright/test';
import { HomePage } from './HomePage';
import { messages, type Locale } from './messages';
import { TrainerHome } from './TrainerHome';

/** The worked example loaded as a trainer does, then its follow-up page (after step 7) opened from the overview. */
export async function openExampleFollowUp(page: Page, locale: Locale) {
  const title = messages[locale].followUp.title;
  await new HomePage(page, locale).goto();
  await new TrainerHome(page, locale).openExample(locale);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
