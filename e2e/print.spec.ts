import { extractText, getDocumentProxy } from 'unpdf';
import { axeViolations, expect, test } from './fixtures';
import { STEP_KEYS } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { messages, type Locale } from './pages/messages';
import { exampleSteps, ReviewPage } from './pages/ReviewPage';
import { seedSteps } from './pages/seed';

const ORGANISATIONS = { nl: 'Agentschap Groen Erfgoed', fr: 'Bruxelles Mobilité Services' } as const;
const LANGUAGE = { nl: 'nl-BE', fr: 'fr-BE' } as const;

const sectionTitles = (locale: Locale) =>
  STEP_KEYS.map((step, index) => `${index + 1}. ${messages[locale].steps[step].title}`);

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const other: Locale = locale === 'nl' ? 'fr' : 'nl';

  test(`the accessible version is the whole plan as headings, lists and tables, and prints to a tagged PDF (${locale})`, async ({
    page,
  }) => {
    // The whole worked example: axe over a long page and a 30-page PDF.
    test.slow();
    const home = new HomePage(page, locale);
    const review = new ReviewPage(page, locale);
    const name = `Welzijnsplan ${locale}`;
    await home.goto();
    await home.createDraft(name, ORGANISATIONS[locale]);
    const steps = exampleSteps(locale);
    const mission = String(steps.why!.mission);
    await seedSteps(page, steps);
    await review.open();
    await page.getByRole('link', { name: m.review.printLink }).click();
    await expect(page).toHaveURL(/[?&]view=print/);

    const documentView = page.getByRole('article');
    await expect(documentView).toHaveAttribute('lang', LANGUAGE[locale]);
    await expect(documentView.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(documentView.getByRole('heading', { level: 2 })).toContainText([
      m.export.doc.summary.title,
      m.export.doc.parts.policy,
      m.export.doc.parts['action-plan'],
      m.export.doc.approval.title,
    ]);
    await expect(documentView.getByRole('heading', { level: 3, name: /^\d+\. / })).toHaveText(sectionTitles(locale));
    await expect(documentView.getByText(mission)).toBeVisible();
    // Tables carry captions and column headers.
    const actions = documentView.getByRole('table', { name: m.export.doc.action.actions, exact: true });
    await expect(actions.getByRole('columnheader', { name: m.export.doc.action.owner })).toBeVisible();
    expect(await axeViolations(page), 'print view').toEqual([]);

    // Printed: no app chrome, tagged, and read in order.
    const pdf = await page.pdf({ tagged: true, outline: true, format: 'A4' });
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.includes('/StructTreeRoot'), 'a structure tree').toBe(true);
    expect(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/.test(raw), 'marked as tagged').toBe(true);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    const order = [name, ...sectionTitles(locale)].map((part) => flat.indexOf(part));
    expect(
      order.every((position) => position >= 0),
      `all headings in ${JSON.stringify(order)}`,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(flat).toContain(mission);
    expect(flat).not.toContain(m.print.button);
    expect(flat).not.toContain(m.common.skipLink);

    // The document's language is a choice of its own, as for the PDF.
    await page.getByRole('radio', { name: m.export.ui.languages[other], exact: true }).check();
    await expect(documentView).toHaveAttribute('lang', LANGUAGE[other]);
    await expect(documentView.getByRole('heading', { level: 3, name: /^\d+\. / })).toHaveText(sectionTitles(other));
    await expect(page.getByRole('button', { name: m.print.button })).toBeVisible();
  });
}
