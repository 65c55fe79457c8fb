import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import readXlsxFile from 'read-excel-file/node';
import { EXAMPLE_CATALOGUE } from '../content/examples/catalogue';
import { legalMomentLabels } from '../content/reference/measure';
import { axeViolations, expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';
import { TrainerHome } from './pages/TrainerHome';

/** The "action plan and calendar for other programs" section of the overview. */
function section(page: Page, ui: Locale) {
  return page.getByRole('region', { name: messages[ui].export.ui.filesHeading });
}

async function download(page: Page, ui: Locale, button: string) {
  const downloading = page.waitForEvent('download');
  await section(page, ui).getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const bytes = await readFile(await file.path());
  await expect(section(page, ui).getByRole('status')).toHaveText(
    fill(messages[ui].export.ui.fileDone, { file: file.suggestedFilename() }),
  );
  return { name: file.suggestedFilename(), bytes };
}

for (const ui of ['nl', 'fr'] as const) {
  const other: Locale = ui === 'nl' ? 'fr' : 'nl';

  test(`the worked example's action plan as XLSX and CSV and its dates as a calendar (${ui} UI)`, async ({ page }) => {
    const m = messages[ui].export.ui;
    await new HomePage(page, ui).goto();
    await new TrainerHome(page, ui).openExample(ui);
    const example = EXAMPLE_CATALOGUE.find((item) => item.language === ui)!;
    expect(await axeViolations(page)).toEqual([]);

    // Spreadsheet in the UI's language: one row per action, headers in that language.
    const sheet = await download(page, ui, m.buttonSheet);
    expect(sheet.name).toMatch(/\.xlsx$/);
    const [workbook] = await readXlsxFile(sheet.bytes);
    const [header, ...rows] = workbook!.data;
    expect(header![0]).toBe(messages[ui].export.doc.number);
    expect(header).toContain(messages[ui].export.doc.action.owner);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, index) => index + 1));

    // The same table as CSV, for tools that want text.
    const csv = await download(page, ui, m.buttonCsv);
    // A UTF-8 byte-order mark first, so Excel reads the accents right (TextDecoder drops it).
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes).split('\r\n')[0]!.split(';')).toEqual(header);

    // The calendar in the other language: the 1 November deadline, every year.
    await section(page, ui).getByRole('radio', { name: m.languages[other], exact: true }).check();
    const calendar = await download(page, ui, m.buttonCalendar);
    expect(calendar.name).toMatch(/\.ics$/);
    const parsed = new ICAL.Component(ICAL.parse(new TextDecoder().decode(calendar.bytes)));
    const events = parsed.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    // The annual action plan for the committee's advice: the example's own review moment for it, or the legal
    // deadline on 1 November, every year, when the calendar has no moment for it that year.
    const hint = legalMomentLabels[other]['annual-action-plan'].hint;
    const actionPlan = events.filter(
      (event) => event.uid.endsWith('-legal-annual-action-plan@welzijnskompas') || event.description.includes(hint),
    );
    expect(actionPlan.length).toBeGreaterThan(0);
    for (const event of actionPlan.filter((item) => item.uid.includes('-legal-'))) {
      expect(event.startDate.toString()).toMatch(/-11-01$/);
      expect(event.isRecurring()).toBe(true);
    }
    const starts = events.filter((event) => event.uid.endsWith('-start@welzijnskompas'));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts[0]!.summary.startsWith(fill(messages[other].export.calendar.actionStart, { title: '' }))).toBe(true);
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toContain(example.name);
  });
}
