import { expect, type Page } from '@playwright/test';
import { EXAMPLE_CATALOGUE } from '../../content/examples/catalogue';
import { fill, messages, type Locale } from './messages';

/** The home page's examples and trainer sections. Texts are the UI language's. */
export class TrainerHome {
  readonly m: (typeof messages)[Locale];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = messages[locale];
  }

  examples() {
    return this.page.getByRole('region', { name: this.m.examples.heading });
  }

  trainer() {
    return this.page.getByRole('region', { name: this.m.trainer.heading });
  }

  /** Opens a copy of the example written in `language`; ends on its overview. Returns the copy's name. */
  async openExample(language: Locale): Promise<string> {
    const example = EXAMPLE_CATALOGUE.find((item) => item.language === language);
    if (!example) throw new Error(`No ${language} example`);
    await this.examples()
      .getByRole('button', { name: fill(this.m.examples.openNamed, { organisation: example.organisation }) })
      .click();
    const name = fill(this.m.examples.copyName, { name: example.name });
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    return name;
  }

  presentationToggle() {
    return this.trainer().getByRole('button', { name: this.m.trainer.presentation.toggle });
  }

  /** The root font size in CSS pixels, which presentation mode scales. */
  rootFontSize(): Promise<number> {
    return this.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  }

  /** Whether the page is wider than the window (a layout that broke). */
  overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
