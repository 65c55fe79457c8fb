import { expect, type Download, type Page } from '@playwright/test';
import { DraftPage } from './DraftPage';
import { HomePage } from './HomePage';
import { messages, type Locale } from './messages';

/** The "Export" section of the draft overview. Texts are the UI language's. */
export class ExportPanel {
  readonly m: (typeof messages)[Locale]['export']['ui'];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = messages[locale].export.ui;
  }

  section() {
    return this.page.getByRole('region', { name: this.m.heading });
  }

  async choose(language: Locale, status: 'draft' | 'final') {
    await this.section().getByRole('radio', { name: this.m.languages[language], exact: true }).check();
    await this.section()
      .getByRole('radio', { name: status === 'draft' ? this.m.statusDraft : this.m.statusFinal, exact: true })
      .check();
  }

  /** Clicks "Export PDF" (or "Export Word") and returns the download and its bytes. */
  async export(format: 'pdf' | 'docx' = 'pdf'): Promise<{ download: Download; bytes: Uint8Array }> {
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.section()
      .getByRole('button', { name: format === 'pdf' ? this.m.button : this.m.buttonWord, exact: true })
      .click();
    const download = await downloading;
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = new Uint8Array(await readFile(path));
    await expect(this.section().getByRole('status')).toContainText(download.suggestedFilename());
    return { download, bytes };
  }
}

/** A new draft whose step 1 mission is filled in, shown on its overview (where the export section is). */
export async function draftWithMission(
  page: Page,
  locale: Locale,
  draft: { name: string; organisation: string; mission: string },
) {
  const home = new HomePage(page, locale);
  const overview = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft(draft.name, draft.organisation);
  await overview.openStep('why');
  await page.getByRole('textbox', { name: messages[locale].steps.why.mission, exact: true }).fill(draft.mission);
  await overview.expectSaved();
  await overview.backToOverview();
}
