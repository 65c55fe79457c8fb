import { expect, type Locator, type Page } from '@playwright/test';
import { fill, messages, type Locale } from './messages';

export const STEP_KEYS = ['why', 'asIs', 'roles', 'toBe', 'resources', 'action', 'measure'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** The draft overview (task list) and its step pages. */
export class DraftPage {
  readonly m: (typeof messages)[Locale];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = messages[locale];
  }

  stepTitle(step: StepKey): string {
    return this.m.steps[step].title;
  }

  taskList(): Locator {
    return this.page.getByRole('list').filter({ has: this.page.getByRole('link', { name: this.stepTitle('why') }) });
  }

  stepStatus(step: StepKey): Locator {
    return this.taskList()
      .getByRole('listitem')
      .filter({ hasText: this.stepTitle(step) })
      .locator('.tag');
  }

  /** `timeout`: for a step holding a very large draft, which takes longer to render on a loaded machine. */
  async openStep(step: StepKey, { timeout }: { timeout?: number } = {}) {
    await this.page.getByRole('link', { name: this.stepTitle(step), exact: true }).click();
    await this.expectOnStep(step, { timeout });
  }

  async expectOnStep(step: StepKey, { timeout }: { timeout?: number } = {}) {
    await expect(this.page.getByRole('heading', { level: 1, name: this.stepTitle(step), exact: true })).toBeVisible({
      timeout,
    });
  }

  async backToOverview() {
    await this.page.getByRole('link', { name: this.m.stepPage.backToOverview }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: this.m.draft.stepsHeading })).toBeVisible();
  }

  async saveAndContinue() {
    await this.page.getByRole('button', { name: this.m.stepPage.saveAndContinue }).click();
  }

  /** The button of the last step, and of a step opened from the review: it says it goes to the review. */
  async saveAndReview() {
    await this.page.getByRole('button', { name: this.m.stepPage.saveAndReview }).click();
  }

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until the save status says "Saved at hh:mm". */
  async expectSaved() {
    const pattern = new RegExp(fill(this.m.save.saved, { time: '\\d{2}[:.]\\d{2}' }));
    await expect(this.saveStatus()).toHaveText(pattern);
  }

  notes(): Locator {
    return this.page.getByRole('textbox', { name: this.m.steps.notes.label });
  }
}
