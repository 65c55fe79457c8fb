import type { SheetColumn, SheetValue } from '../lib/export/actionPlanTable';
import { toXlsx } from '../lib/export/xlsx';
import { checkAtEveryWidth, expect, test } from './fixtures';
import { openExampleFollowUp } from './pages/followUp';
import { fill, isolate, messages, type Locale } from './pages/messages';

/** A survey export as the HR system gives it: the column names of the locale, one header the app cannot guess. */
const SURVEY: Record<Locale, { headers: string[]; rows: [string, string, number, number, number][] }> = {
  nl: {
    headers: ['Thema', 'Item', 'Resultaat', 'Belang', 'Respondenten'],
    rows: [
      ['Werk', 'Werkdruk', 2.5, 4.8, 40],
      ['Team', 'Collega’s', 4.2, 4.5, 40],
      ['Omgeving', 'Kantine', 2.8, 2.0, 40],
      ['Omgeving', 'Parking', 4.1, 2.1, 40],
      ['Werk', 'Klein team', 1.0, 5.0, 6],
    ],
  },
  fr: {
    headers: ['Thème', 'Question', 'Résultat', 'Importance', 'Répondants'],
    rows: [
      ['Travail', 'Charge de travail', 2.5, 4.8, 40],
      ['Équipe', 'Collègues', 4.2, 4.5, 40],
      ['Environnement', 'Cantine', 2.8, 2.0, 40],
      ['Environnement', 'Parking', 4.1, 2.1, 40],
      ['Travail', 'Petite équipe', 1.0, 5.0, 6],
    ],
  },
};

function surveyWorkbook(locale: Locale): Buffer {
  const { headers, rows } = SURVEY[locale];
  const columns = headers.map((header) => ({ id: header, header, width: 20 }) as unknown as SheetColumn);
  const values = rows.map((row) =>
    row.map((value): SheetValue =>
      typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value },
    ),
  );
  const bytes = toXlsx(
    { name: 'Resultaten', columns, rows: values },
    { title: 'Bevraging', creator: 'HR', date: '2027-03-01', language: locale },
  );
  return Buffer.from(bytes);
}

for (const locale of ['nl', 'fr'] as const) {
  const f = messages[locale].followUp;
  const fields = f.mapping.fields.survey;
  const { headers, rows } = SURVEY[locale];
  const worst = rows[0]!;
  const small = rows[4]!;
  const fileName = locale === 'nl' ? 'bevraging.xlsx' : 'enquete.xlsx';

  test(`follow-up: a survey workbook through the column mapping becomes a priority matrix, a priority becomes a step 6 action, the mapping is remembered (${locale})`, async ({
    page,
  }) => {
    // Two imports, a link and four axe runs: more time on a loaded machine, no timing asserted.
    test.slow();
    await openExampleFollowUp(page, locale);
    const section = page.getByRole('region', { name: f.survey.heading, exact: true });
    const upload = section.getByRole('region', { name: f.survey.importHeading, exact: true });
    const file = { name: fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    await upload.getByLabel(f.survey.label).setInputFiles({ ...file, buffer: surveyWorkbook(locale) });
    await expect(upload.getByRole('status')).toHaveText(
      fill(f.mapping.readDone, { count: rows.length, columns: headers.length }, locale),
    );

    // The columns the app knows are guessed; the score's header is not one of them, so nothing is imported yet.
    const mapping = upload.getByRole('form', { name: fill(f.mapping.heading, { file: isolate(fileName) }) });
    await expect(mapping.getByText(f.mapping.guessed)).toBeVisible();
    await expect(mapping.getByLabel(fields.item, { exact: true })).toHaveValue('1');
    await expect(mapping.getByLabel(fields.importance)).toHaveValue('3');
    await expect(mapping.getByLabel(fields.respondents)).toHaveValue('4');
    await expect(mapping.getByLabel(fields.score, { exact: true })).toHaveValue('');
    await expect(
      mapping.getByRole('heading', { name: fill(f.mapping.problemsHeading, { count: 1 }, locale) }),
    ).toBeVisible();
    await expect(mapping.getByText(fill(f.mapping.problems.unmapped, { field: fields.score }))).toBeVisible();
    await mapping.getByRole('button', { name: f.mapping.submit }).click();
    await expect(mapping.getByText(f.mapping.errors.required)).toBeVisible();
    await expect(section.getByRole('table', { name: f.survey.table.caption })).toHaveCount(0);

    // With the score's column chosen, the preview reads the file's first rows in the locale's number format.
    await mapping.getByLabel(fields.score, { exact: true }).selectOption({ label: headers[2]! });
    await expect(mapping.getByRole('heading', { name: f.mapping.noProblems })).toBeVisible();
    const preview = mapping.getByRole('table', {
      name: fill(f.mapping.preview.caption, { count: rows.length }, locale),
    });
    await expect(preview.getByRole('row', { name: new RegExp(`^2 .*${worst[1]}`) })).toContainText('2,5');
    await checkAtEveryWidth(page, 'follow-up, survey mapping');
    await mapping.getByRole('button', { name: f.mapping.submit }).click();
    await expect(upload.getByRole('status')).toHaveText(
      fill(f.survey.added, { count: rows.length, suppressed: 1, min: 10 }, locale),
    );

    // The matrix: the low score that matters most is the priority; the item with six respondents is only counted.
    const table = section.getByRole('table', { name: f.survey.table.caption });
    const worstRow = table.getByRole('row', { name: new RegExp(`^${worst[1]}`) });
    await expect(worstRow).toContainText(f.survey.priorities.priority.label);
    await expect(worstRow).toContainText(f.survey.table.noActions);
    await expect(table.getByText(small[1])).toHaveCount(0);
    await expect(section.getByText(fill(f.survey.suppressed, { count: 1, min: 10 }, locale))).toBeVisible();

    // Link the priority to a new step 6 action.
    const link = section.getByRole('region', { name: f.survey.linkForm.heading });
    await link
      .getByLabel(f.survey.linkForm.result, { exact: true })
      .selectOption({ label: `${worst[1]} (${f.survey.priorities.priority.label})` });
    await link.getByRole('button', { name: f.survey.linkForm.submit }).click();
    await expect(link.getByRole('status')).toHaveText(fill(f.survey.linkForm.created, { action: isolate(worst[1]) }));
    await expect(worstRow.getByRole('button', { name: new RegExp(f.survey.unlink) })).toBeVisible();
    await checkAtEveryWidth(page, 'follow-up, survey matrix');

    // The same export next month: the mapping confirmed above is filled in.
    await upload.getByLabel(f.survey.label).setInputFiles({ ...file, buffer: surveyWorkbook(locale) });
    await expect(mapping.getByText(f.mapping.remembered)).toBeVisible();
    await expect(mapping.getByLabel(fields.score, { exact: true })).toHaveValue('2');
    await mapping.getByRole('button', { name: f.mapping.cancel }).click();
    await expect(mapping).toHaveCount(0);

    // Step 6 has the new action, titled after the survey item.
    await section.getByRole('link', { name: f.survey.linkForm.toStep }).click();
    await expect(page.getByRole('main')).toContainText(worst[1]);
    await page.reload();
    await expect(page.getByRole('main')).toContainText(worst[1]);
  });

  test(`follow-up: a survey file with text in the score column names the row and column, and nothing is imported (${locale})`, async ({
    page,
  }) => {
    await openExampleFollowUp(page, locale);
    const section = page.getByRole('region', { name: f.survey.heading, exact: true });
    const upload = section.getByRole('region', { name: f.survey.importHeading, exact: true });
    const csv = `\uFEFFItem;Score;Belang\nWerkdruk;2,6;4,7\nParking;veel;2\n`;
    await upload
      .getByLabel(f.survey.label)
      .setInputFiles({ name: 'bevraging.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const mapping = upload.getByRole('form', { name: fill(f.mapping.heading, { file: isolate('bevraging.csv') }) });
    const problem = fill(f.mapping.problems['not-a-number'], { row: 3, column: isolate('Score'), field: fields.score });
    await expect(mapping.getByText(problem)).toBeVisible();
    await mapping.getByRole('button', { name: f.mapping.submit }).click();
    await expect(
      mapping.getByRole('heading', { name: fill(f.mapping.problemsHeading, { count: 1 }, locale) }),
    ).toBeFocused();
    await expect(section.getByRole('table', { name: f.survey.table.caption })).toHaveCount(0);
  });
}
