import { expect, type Locator, type Page } from '@playwright/test';
import { levelLabels } from '../../content/reference/levels';
import {
  frequencyLabels,
  indicatorCatalogueLabels,
  legalMomentLabels,
  pdcaPhaseLabels,
} from '../../content/reference/measure';
import { entryToggle, openEntry } from './example';
import { fill, messages, type Locale } from './messages';

type Level = keyof (typeof levelLabels)['nl'];
type Frequency = keyof (typeof frequencyLabels)['nl'];
type Catalogue = keyof (typeof indicatorCatalogueLabels)['nl'];
type LegalMoment = keyof (typeof legalMomentLabels)['nl'];
type Phase = keyof (typeof pdcaPhaseLabels)['nl'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A button's name made of a visible action and a visually hidden ": name"
 * (Chromium may add a space before the colon).
 */
export function actionOn(action: string, name: string): RegExp {
  return new RegExp(`^${escape(action)}\\s*:\\s*${escape(name)}$`);
}

/** Step 7 — Measure: indicators (catalogue, own), links, the legal cycle and review moments. */
export class MeasureStep {
  readonly t: (typeof messages)[Locale]['steps']['measure'];
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = messages[locale].steps.measure;
    this.optional = messages[locale].common.optional;
  }

  catalogueName(code: Catalogue): string {
    return indicatorCatalogueLabels[this.locale][code].label;
  }

  catalogueDefinition(code: Catalogue): string {
    return indicatorCatalogueLabels[this.locale][code].hint ?? '';
  }

  levelLabel(level: Level): string {
    return level === 'individual' ? this.t.individualAggregate : levelLabels[this.locale][level].label;
  }

  frequencyLabel(frequency: Frequency): string {
    return frequencyLabels[this.locale][frequency].label;
  }

  phaseLabel(phase: Phase): string {
    return pdcaPhaseLabels[this.locale][phase].label;
  }

  legalLabels(moment: LegalMoment) {
    return legalMomentLabels[this.locale][moment];
  }

  catalogue(): Locator {
    return this.page.getByRole('combobox', { name: this.t.catalogue });
  }

  async pickFromCatalogue(code: Catalogue) {
    await this.catalogue().selectOption({ label: this.catalogueName(code) });
    await this.page.getByRole('button', { name: this.t.addFromCatalogue }).click();
  }

  async addOwnIndicator() {
    await this.page.getByRole('button', { name: this.t.addOwn }).click();
  }

  indicators(): Locator {
    return this.page.getByRole('list', { name: this.t.indicatorsHeading }).getByRole('listitem');
  }

  indicator(index: number): Locator {
    return this.indicators().nth(index);
  }

  /** The summary-row toggle of indicator `index` (0-based, stored order). */
  indicatorToggle(index: number): Locator {
    return entryToggle(this.page, 'indicators', index + 1);
  }

  /** Opens indicator `index` (0-based; closing the open one) unless it is open; returns its entry. */
  async openIndicator(index: number): Promise<Locator> {
    await openEntry(this.page, 'indicators', index + 1);
    return this.indicator(index);
  }

  reviews(): Locator {
    return this.page.getByRole('list', { name: this.t.reviewsHeading }).getByRole('listitem');
  }

  review(index: number): Locator {
    return this.reviews().nth(index);
  }

  /** The summary-row toggle of review moment `index` (0-based, stored order). */
  reviewToggle(index: number): Locator {
    return entryToggle(this.page, 'reviews', index + 1);
  }

  /** Opens review moment `index` (0-based; closing the open one) unless it is open; returns its entry. */
  async openReview(index: number): Promise<Locator> {
    await openEntry(this.page, 'reviews', index + 1);
    return this.review(index);
  }

  /** Text fields of an entry by label; optional ones carry "(optional)" in their name. */
  textbox(entry: Locator, label: string, optional = false): Locator {
    return entry.getByRole('textbox', { name: optional ? `${label} ${this.optional}` : label, exact: true });
  }

  owner(entry: Locator): Locator {
    return entry.getByRole('combobox', { name: `${this.t.owner} ${this.optional}` });
  }

  frequency(entry: Locator): Locator {
    return entry.getByRole('combobox', { name: this.t.frequency });
  }

  level(entry: Locator, level: Level): Locator {
    return entry.getByRole('radio', { name: this.levelLabel(level), exact: true });
  }

  reviewDate(entry: Locator): Locator {
    return entry.getByLabel(this.t.reviewDate, { exact: true });
  }

  phase(entry: Locator, phase: Phase): Locator {
    return entry.getByRole('radio', { name: this.phaseLabel(phase), exact: true });
  }

  legalReminder(moment: LegalMoment): Locator {
    return this.page
      .getByRole('list', { name: this.t.legalHeading })
      .getByRole('listitem', { name: new RegExp(`^${escape(this.legalLabels(moment).label)}`) });
  }

  addLegalButton(moment: LegalMoment): Locator {
    return this.page.getByRole('button', { name: actionOn(this.t.addLegal, this.legalLabels(moment).label) });
  }

  /** The calendar view's list for one year (or for moments without a date). */
  timeline(year: number | 'undated'): Locator {
    return this.page.getByRole('list', { name: year === 'undated' ? this.t.undated : String(year), exact: true });
  }

  /** Opens the disclosure of the review moments in date order, when it is closed. */
  async openTimeline() {
    const summary = this.page.locator('summary', { hasText: this.t.timelineHeading });
    if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) {
      await summary.click();
    }
  }

  async expectTimeline(year: number, titles: string[]) {
    await this.openTimeline();
    await expect(this.timeline(year).getByRole('listitem').locator('strong')).toHaveText(titles);
  }

  goToStepLink(number: number, title: string): Locator {
    return this.page.getByRole('link', { name: fill(this.t.goToStep, { number, title }) });
  }
}
