import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { actionStatusLabels } from '../content/reference/action';
import { findingMethodLabels } from '../content/reference/followUp';
import { EXAMPLES } from '../content/examples';
import { readDocx } from '../testing/readBackDocx';
import { checkAtEveryWidth, expect, test } from './fixtures';
import { ActionStep } from './pages/ActionStep';
import { openExampleFollowUp } from './pages/followUp';
import { fill, messages } from './pages/messages';
import { plainSpaces, readPdf } from './pages/pdf';

const words = (text: string) => plainSpaces(text).replace(/\s+/g, ' ');

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Uint8Array }> {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const file = await downloading;
  return { download: file, bytes: new Uint8Array(await readFile(await file.path())) };
}

const TEXTS = {
  nl: {
    finding: 'De werkdruk in de buitendiensten blijft hoog.',
    conclusions: 'Het verzuim daalt in alle diensten.',
    survey:
      'Thema;Item;Score;Belang;Respondenten\r\nWerk;Werkdruk;2,5;4,8;40\r\nTeam;Steun van collega’s;4,2;4,5;40\r\n',
    priority: 'Werkdruk',
  },
  fr: {
    finding: 'La charge de travail reste élevée dans les services extérieurs.',
    conclusions: 'L’absentéisme baisse dans tous les services.',
    survey:
      'Thème;Question;Score;Importance;Répondants\r\nTravail;Charge de travail;2,5;4,8;40\r\nÉquipe;Soutien des collègues;4,2;4,5;40\r\n',
    priority: 'Charge de travail',
  },
} as const;

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const f = m.followUp;
  const example = EXAMPLES[locale]();
  const indicator = example.steps.measure.indicators[0]!.name;
  const action = example.steps.action.actions[0]!.title;
  const text = TEXTS[locale];

  test(`follow-up: a finding, a staff survey and an evaluation, the report as PDF and Word, an action removed with its history kept (${locale})`, async ({
    page,
  }) => {
    // Form submissions, two renders, four axe runs: more time on a loaded machine, no timing asserted.
    test.slow();
    await openExampleFollowUp(page, locale);
    const year = new Date().getFullYear();

    // A measurement of this year.
    const measurement = page.getByRole('region', { name: f.measurementForm.heading });
    await measurement.getByLabel(f.measurementForm.indicator, { exact: true }).selectOption({ label: indicator });
    await measurement.getByLabel(f.measurementForm.date, { exact: true }).fill(`${year}-03-31`);
    await measurement.getByLabel(f.measurementForm.value, { exact: true }).fill('6,4');
    await measurement.getByRole('button', { name: f.measurementForm.submit }).click();
    await expect(measurement.getByRole('status')).toHaveText(f.measurementForm.added);

    // A finding about the indicator: a text is needed, then it is listed under the indicator.
    const finding = page.getByRole('region', { name: f.findings.formHeading });
    await finding.getByRole('button', { name: f.findings.submit }).click();
    // The form's error summary takes focus and names the missing text.
    const summary = finding.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: f.errors.textRequired, exact: true })).toBeVisible();
    await finding.getByLabel(f.findings.date, { exact: true }).fill(`${year}-04-15`);
    await finding.getByLabel(new RegExp(`^${f.findings.method}`)).selectOption({
      label: findingMethodLabels[locale]['focus-group'].label,
    });
    await finding.getByLabel(new RegExp(`^${f.findings.indicator}`)).selectOption({ label: indicator });
    // A title with a name in Chinese script, which no PDF font draws.
    await finding.getByLabel(new RegExp(`^${f.findings.title}`)).fill('王小明');
    await finding.getByLabel(new RegExp(`^${f.findings.text}`)).fill(text.finding);
    await finding.getByRole('button', { name: f.findings.submit }).click();
    await expect(finding.getByRole('status')).toHaveText(f.findings.added);
    const findings = page.getByRole('table', {
      name: fill(f.findings.groupCaption, { name: `\u2068${indicator}\u2069` }),
    });
    await expect(findings.getByText(text.finding)).toBeVisible();

    // The first action started: it now has a history.
    const status = page.getByRole('region', { name: f.statusForm.heading });
    await status.getByLabel(f.statusForm.action, { exact: true }).selectOption({ label: action });
    await status.getByLabel(f.statusForm.date, { exact: true }).fill(`${year}-02-01`);
    await status
      .getByLabel(f.statusForm.status, { exact: true })
      .selectOption({ label: actionStatusLabels[locale]['in-progress'].label });
    await status.getByRole('button', { name: f.statusForm.submit }).click();
    await expect(status.getByRole('status')).toHaveText(f.statusForm.saved);

    // A staff survey imported this year: its priorities go into the report.
    const survey = page.getByRole('region', { name: f.survey.heading, exact: true });
    const upload = survey.getByRole('region', { name: f.survey.importHeading, exact: true });
    await upload
      .getByLabel(f.survey.label)
      .setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(text.survey, 'utf8') });
    const mapping = upload.getByRole('form');
    await mapping.getByLabel(f.mapping.fields.survey.score, { exact: true }).selectOption({ label: 'Score' });
    await expect(mapping.getByRole('heading', { name: f.mapping.noProblems })).toBeVisible();
    await mapping.getByRole('button', { name: f.mapping.submit }).click();
    await expect(upload.getByRole('status')).toHaveText(
      fill(f.survey.added, { count: 2, suppressed: 0, min: 10 }, locale),
    );

    // The evaluation of this year.
    const evaluation = page.getByRole('region', { name: f.evaluation.heading });
    await evaluation.getByLabel(f.evaluation.conclusions, { exact: true }).fill(text.conclusions);
    await evaluation.getByRole('button', { name: f.evaluation.submit }).click();
    await expect(evaluation.getByRole('status').first()).toHaveText(f.evaluation.savedNow);

    await checkAtEveryWidth(page, 'follow-up with a finding and the report');

    // The report as PDF, then as Word, in the UI's language.
    const report = page.getByRole('region', { name: f.report.heading });
    const title = fill(f.report.title, { year });
    // Before the download, the report says which characters its PDF cannot show, and where they do show.
    const pdfButton = report.getByRole('button', { name: f.report.pdf, exact: true });
    await expect(report.getByText(/U\+738B/)).toContainText('王 (U+738B), 小 (U+5C0F), 明 (U+660E)');
    await expect(pdfButton).toHaveAccessibleDescription(/U\+738B/);
    const pdf = await download(page, () => pdfButton.click());
    expect(pdf.download.suggestedFilename()).toMatch(new RegExp(`${fill(f.report.fileName, { year })}_.*\\.pdf$`));
    await expect(report.getByRole('status')).toHaveText(
      fill(f.report.done, { file: pdf.download.suggestedFilename() }),
    );
    const pdfText = words((await readPdf(pdf.bytes)).text);
    for (const expected of [title, text.conclusions, text.finding, indicator, f.chart.baseline, f.survey.heading]) {
      expect(pdfText).toContain(words(expected));
    }
    expect(pdfText).toMatch(new RegExp(`${text.priority} \\S+ 2,5 4,8 ${f.survey.priorities.priority.label}`));
    expect(pdfText).toContain('\ufffd\ufffd\ufffd');
    const word = await download(page, () => report.getByRole('button', { name: f.report.word, exact: true }).click());
    expect(word.download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = readDocx(word.bytes);
    expect(docx.headings.map((heading) => words(heading.text))).toContain(words(title));
    for (const expected of [text.conclusions, text.finding, indicator, text.priority])
      expect(words(docx.text)).toContain(words(expected));
    // The trend is a chart Word draws from its data.
    expect(docx.files.filter((path) => /^word\/charts\/chart\d+\.xml$/.test(path))).toHaveLength(1);

    // Removing the action in step 6 says its history is kept on the follow-up page.
    const url = new URL(page.url());
    url.searchParams.delete('view');
    url.searchParams.set('step', 'action');
    await page.goto(url.toString());
    const step = new ActionStep(page, locale);
    await step.openAction(1);
    await step
      .entryButton(m.common.list.remove, `${fill(m.steps.action.actionLegend, { number: 1 })}: ${action}`)
      .click();
    // Indicators may refer to the action: then a dialog asks first.
    const dialog = page.getByRole('dialog');
    const kept = page.getByText(fill(f.kept.action, { count: 1 }, locale));
    await expect(dialog.or(kept)).toBeVisible();
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: m.steps.action.deleteConfirm }).click();
    await expect(kept).toBeVisible();
  });
}
