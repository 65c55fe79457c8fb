import { expect, type Page } from '@playwright/test';
import { fill, isolate, messages, type Locale } from './messages';

export class HomePage {
  readonly m: (typeof messages)[Locale];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = messages[locale];
  }

  async goto() {
    await this.page.goto(`/${this.locale}/`);
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.home.title })).toBeVisible();
  }

  /** Creates a draft through the form; ends on the draft overview. */
  async createDraft(name: string, organisation: string) {
    await this.page.getByRole('textbox', { name: this.m.home.nameLabel, exact: true }).fill(name);
    await this.page.getByRole('textbox', { name: this.m.home.organisationLabel }).fill(organisation);
    await this.page.getByRole('button', { name: this.m.home.createButton }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page).toHaveURL(/\/draft\/\?d=/);
  }

  draftsTable() {
    return this.page.getByRole('table', { name: this.m.home.table.caption });
  }

  row(name: string) {
    return this.draftsTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async rename(from: string, to: string) {
    await this.page.getByRole('button', { name: fill(this.m.home.renameNamed, { name: from }) }).click();
    const dialog = this.page.getByRole('dialog', { name: this.m.home.renameTitle });
    await dialog.getByRole('textbox', { name: this.m.home.renameLabel }).fill(to);
    await dialog.getByRole('button', { name: this.m.home.renameConfirm }).click();
    await expect(this.row(to)).toBeVisible();
  }

  async duplicate(name: string) {
    await this.page.getByRole('button', { name: fill(this.m.home.duplicateNamed, { name }) }).click();
    await expect(this.row(fill(this.m.home.duplicateName, { name: isolate(name) }))).toBeVisible();
  }

  async delete(name: string, { confirm }: { confirm: boolean }) {
    await this.page.getByRole('button', { name: fill(this.m.home.deleteNamed, { name }) }).click();
    const dialog = this.page.getByRole('dialog', { name: fill(this.m.home.deleteTitle, { name }) });
    await expect(dialog).toBeVisible();
    // The safe choice has focus when a destructive confirmation opens.
    await expect(dialog.getByRole('button', { name: this.m.common.cancel })).toBeFocused();
    await dialog.getByRole('button', { name: confirm ? this.m.home.deleteConfirm : this.m.common.cancel }).click();
    await expect(dialog).toBeHidden();
  }
}
