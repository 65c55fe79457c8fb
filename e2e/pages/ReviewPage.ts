import { expect, type Locator, type Page } from '@playwright/test';
import { EXAMPLES } from '../../content/examples';
import type { DraftSteps } from '../../lib/draft/envelope';
import { messages, type Locale } from './messages';
import type { StepKey } from './DraftPage';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Check your answers" (`&view=review`): summary lists per step, the coherence checks, the export. */
export class ReviewPage {
  readonly m: (typeof messages)[Locale];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = messages[locale];
  }

  /** From the draft overview. */
  async open() {
    await this.page.getByRole('link', { name: this.m.review.title, exact: true }).click();
    await this.expectOn();
  }

  async expectOn() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.review.title })).toBeVisible();
    await expect(this.page).toHaveURL(/[?&]view=review/);
  }

  /** The section of a step: "1. Why". */
  step(step: StepKey): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^\\d+\\. ${escape(this.m.steps[step].title)}$`) });
  }

  status(step: StepKey): Locator {
    return this.step(step).locator('.tag');
  }

  /** A summary-list row by its key (what was asked). */
  row(step: StepKey, key: string): Locator {
    return this.step(step)
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${escape(key)}$`) }) });
  }

  value(step: StepKey, key: string): Locator {
    return this.row(step, key).locator('dd').first();
  }

  change(step: StepKey, key: string): Locator {
    return this.row(step, key).getByRole('link', { name: `${this.m.review.change} ${key}`, exact: true });
  }

  checks(): Locator {
    return this.page.getByRole('region', { name: this.m.review.checksHeading });
  }

  exportSection(): Locator {
    return this.page.getByRole('region', { name: this.m.export.ui.heading });
  }
}

/** The worked example of a language as step data for `seedSteps` (fresh uids), optionally changed first. */
export function exampleSteps(
  locale: Locale,
  change?: (steps: DraftSteps) => void,
): Record<string, Record<string, unknown>> {
  const { steps } = EXAMPLES[locale]();
  change?.(steps);
  return JSON.parse(JSON.stringify(steps)) as Record<string, Record<string, unknown>>;
}
