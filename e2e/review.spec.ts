import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage, STEP_KEYS } from './pages/DraftPage';
import { ExportPanel } from './pages/ExportPanel';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { exampleSteps, ReviewPage } from './pages/ReviewPage';
import { seedSteps } from './pages/seed';

const ORGANISATIONS = { nl: 'Agentschap Groen Erfgoed', fr: 'Bruxelles Mobilité Services' } as const;

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const doc = m.export.doc;

  test.describe(`review (${locale})`, () => {
    async function start(page: Page) {
      const home = new HomePage(page, locale);
      await home.goto();
      await home.createDraft(`Plan ${locale}`, ORGANISATIONS[locale]);
      return { draft: new DraftPage(page, locale), review: new ReviewPage(page, locale) };
    }

    test('lists every step’s answers, what is not provided and each status; axe finds nothing, with and without warnings', async ({
      page,
    }) => {
      // axe twice over a long page (the whole worked example).
      test.slow();
      const { review } = await start(page);
      const mission = locale === 'nl' ? 'Wij beheren historische parken.' : 'Nous faisons avancer la mobilité.';
      await seedSteps(page, { why: { profile: { name: ORGANISATIONS[locale] }, mission } });
      await review.open();

      await expect(review.value('why', doc.why.organisation)).toHaveText(ORGANISATIONS[locale]);
      await expect(review.value('why', doc.why.mission)).toHaveText(mission);
      await expect(review.value('why', doc.why.vision)).toHaveText(m.review.notProvided);
      await expect(review.change('why', doc.why.vision)).toBeVisible();
      await expect(review.status('why')).toContainText(m.status['in-progress']);
      await expect(review.status('asIs')).toContainText(m.status['not-started']);
      // Blocking checks first, each a link to where it is fixed.
      const checks = review.checks();
      await expect(checks.getByRole('heading', { name: m.review.blockingHeading })).toBeVisible();
      await expect(checks.getByRole('link', { name: m.review.checks['slogan-missing'] })).toBeVisible();
      expect(await axeViolations(page), 'review with warnings').toEqual([]);

      await seedSteps(page, exampleSteps(locale));
      await review.expectOn();
      await expect(review.checks()).toContainText(m.review.noChecks);
      for (const step of STEP_KEYS) {
        await expect(review.status(step)).toContainText(m.status.completed);
      }
      // Lists of entities as tables, with the labels in the UI language.
      await expect(review.row('action', doc.action.actions).getByRole('table')).toBeVisible();
      expect(await axeViolations(page), 'review without warnings').toEqual([]);
    });

    test('"Change" opens the step at the answer and "Save and continue" returns to the review with the new value', async ({
      page,
    }) => {
      const { draft, review } = await start(page);
      await seedSteps(
        page,
        exampleSteps(locale, (steps) => void (steps.why.vision = '')),
      );
      await review.open();
      await expect(review.value('why', doc.why.vision)).toHaveText(m.review.notProvided);

      await review.change('why', doc.why.vision).click();
      await draft.expectOnStep('why');
      const vision = page.getByRole('textbox', { name: `${m.steps.why.vision} ${m.common.optional}` });
      await expect(vision).toBeFocused();
      await expect(page.getByRole('link', { name: m.review.backToReview })).toBeVisible();
      const text = locale === 'nl' ? 'Tegen 2030 werken we gezond en graag.' : 'D’ici 2030, un travail sain et choisi.';
      await vision.fill(text);
      await draft.saveAndReview();

      await review.expectOn();
      await expect(review.value('why', doc.why.vision)).toHaveText(text);
    });

    test('a coherence warning links to the field where it is fixed, and goes away once fixed', async ({ page }) => {
      const { draft, review } = await start(page);
      const steps = exampleSteps(locale, (data) => void (data.action.actions[0]!.owner = null));
      const action = (steps.action!.actions as { title: string }[])[0]!.title;
      await seedSteps(page, steps);
      await review.open();

      const warning = review.checks().getByRole('link', {
        name: fill(m.review.checks['action-without-owner'], { action }),
      });
      await expect(review.checks().getByRole('heading', { name: m.review.warningHeading })).toBeVisible();
      await expect(review.checks()).toContainText(fill(m.review.where, { number: 6, title: m.steps.action.title }));
      await warning.click();
      await draft.expectOnStep('action');
      const owner = page.locator('#f-actions-0-owner');
      await expect(owner).toBeFocused();
      await owner.selectOption({ index: 1 });
      await draft.saveAndReview();

      await review.expectOn();
      await expect(review.checks()).toContainText(m.review.noChecks);
    });

    test('offers a final export only when no blocking check is open, saying why', async ({ page }) => {
      const { draft, review } = await start(page);
      const exporter = new ExportPanel(page, locale);
      // On the overview: no final version yet, and a link to the checks.
      await expect(exporter.section().getByRole('radio', { name: m.export.ui.statusFinal })).toHaveCount(0);
      await expect(exporter.section()).toContainText(m.review.finalBlocked);
      await exporter.section().getByRole('link', { name: m.review.seeChecks }).click();
      await review.expectOn();
      await expect(review.exportSection().getByRole('radio', { name: m.export.ui.statusFinal })).toHaveCount(0);
      await review.exportSection().getByRole('link', { name: m.review.seeChecks }).click();
      await expect(page).toHaveURL(/#checks$/);
      await expect(review.checks().getByRole('heading', { name: m.review.blockingHeading })).toBeInViewport();

      // Fixed (the worked example ties every thread): final is offered and exported.
      await seedSteps(page, exampleSteps(locale));
      await review.expectOn();
      await expect(review.exportSection()).not.toContainText(m.review.finalBlocked);
      await exporter.choose(locale, 'final');
      const { bytes } = await exporter.export();
      const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
      expect(text.replace(/\s+/g, ' ')).toContain(doc.status.final);
      await draft.backToOverview();
      await expect(exporter.section().getByRole('radio', { name: m.export.ui.statusFinal })).toBeVisible();
    });
  });
}
