import { axeViolations, expect, test } from './fixtures';
import { asIsAnswers, AsIsStep } from './pages/AsIsStep';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';

async function openStep(page: import('@playwright/test').Page, locale: Locale) {
  const home = new HomePage(page, locale);
  const draft = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft('Plan', 'Org');
  await draft.openStep('asIs');
  return { draft, step: new AsIsStep(page, locale) };
}

/** "Move up", "Remove"… for one entry: the entry's name follows for screen readers. */
function listButton(page: import('@playwright/test').Page, action: string, name: string) {
  return page.getByRole('button', { name: new RegExp(`^${action}\\s?: ${name}$`) });
}

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 2 as-is (${locale})`, () => {
    const m = messages[locale];
    const t = m.steps.asIs;
    const answers = asIsAnswers[locale];
    const [first, second] = answers.initiatives;

    test('fill the step, reload, and find every value, the matrix and the coverage restored', async ({ page }) => {
      const { draft, step } = await openStep(page, locale);
      await step.fill(answers);
      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('asIs');
      await step.expectValues(answers);

      // Coverage: counts per lever × level, and the gaps in words.
      const coverage = page.getByRole('table', { name: t.coverageCaption });
      const leverRow = coverage
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: first!.lever, exact: true }) });
      await expect(leverRow.getByRole('cell')).toHaveText(['0', '0', '1']);
      // The gaps in words, one line per lever: every lever has one here.
      const gaps = page.getByRole('list', { name: t.gapsHeading });
      const leadershipGaps = fill(t.gap, {
        lever: locale === 'nl' ? 'Leiderschap' : 'Leadership',
        levels: locale === 'nl' ? 'individu en team' : 'individu et équipe',
      });
      await expect(gaps.getByRole('listitem')).toHaveCount(5);
      await expect(gaps.getByRole('listitem').nth(1)).toHaveText(leadershipGaps);

      await expect(page.getByRole('button', { name: m.stepPage.saveAndContinue })).toBeVisible();
      expect(await axeViolations(page), 'filled step').toEqual([]);
      await draft.saveAndContinue();
      await draft.expectOnStep('roles');
      await draft.backToOverview();
      await expect(draft.stepStatus('asIs')).toHaveText(m.status.completed);
    });

    test('"Save and continue" on an incomplete step says what to do; axe finds nothing', async ({ page }) => {
      const { draft, step } = await openStep(page, locale);
      expect(await axeViolations(page), 'empty step').toEqual([]);
      await draft.saveAndContinue();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([t.errors.initiativesRequired, t.errors.jdrRequired]);
      await summary.getByRole('link', { name: t.errors.initiativesRequired }).click();
      await expect(page.getByRole('button', { name: t.addInitiative })).toBeFocused();

      await page.getByRole('button', { name: t.addInitiative }).click();
      await step.field('initiativeTitle', 1).fill(first!.title);
      await step.figure('absencePercentage').fill('veel');
      await draft.saveAndContinue();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.leverRequired,
        t.errors.levelRequired,
        t.errors.effortRequired,
        t.errors.impactRequired,
        t.errors.yearRequired,
        m.validation.number,
        t.errors.jdrRequired,
      ]);
      await summary.getByRole('link', { name: t.errors.effortRequired }).click();
      await expect(step.choice('effort', 1)).toBeFocused();
      expect(await axeViolations(page), 'step with errors').toEqual([]);
      // Placing the initiative on the matrix answers both score errors.
      await step.marker(1, first!.title).press('ArrowUp');
      await expect(page.getByText(t.errors.effortRequired, { exact: true })).toHaveCount(0);
      await expect(page.getByText(t.errors.impactRequired, { exact: true })).toHaveCount(0);
      await draft.expectOnStep('asIs');
    });

    test('the matrix works by keyboard alone, and list and matrix always agree', async ({ page }) => {
      const { draft, step } = await openStep(page, locale);
      await step.addInitiative(1, first!);
      await step.addInitiative(2, second!);
      // A third initiative without scores waits below the grid.
      await page.getByRole('button', { name: t.addInitiative }).click();
      await step.field('initiativeTitle', 3).fill('Mentoring');
      await expect(page.getByRole('heading', { name: t.unplacedHeading })).toBeVisible();
      await step.openTable();
      await expect(step.table().getByRole('row').last().getByRole('cell').last()).toHaveText(t.notScored);

      // Tab from the "add" button to the first marker.
      await page.getByRole('button', { name: t.addInitiative }).focus();
      const marker = step.marker(1, first!.title);
      for (let i = 0; i < 10 && !(await marker.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(marker).toBeFocused();

      // Right: more effort; up: more impact. Focus stays on the marker; the move is announced.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(marker).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(marker).toBeFocused();
      const quadrant = step.quadrantName(4, 5);
      await expect(page.getByRole('status').filter({ hasText: first!.title })).toHaveText(
        fill(t.moved, { title: first!.title, effort: 4, impact: 5, quadrant }),
      );
      await step.expectScores(1, first!.title, 4, 5);
      // The edge of the grid stops it.
      await page.keyboard.press('ArrowUp');
      await step.expectScores(1, first!.title, 4, 5);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      await step.expectScores(1, first!.title, 3, 4);

      // The unscored one is placed in the middle with an arrow key.
      const third = step.marker(3, 'Mentoring');
      await third.focus();
      await page.keyboard.press('ArrowDown');
      await expect(third).toBeFocused();
      await step.expectScores(3, 'Mentoring', 3, 3);
      await expect(page.getByRole('heading', { name: t.unplacedHeading })).toHaveCount(0);

      // A score chosen in the list moves the marker.
      await step.openInitiative(2);
      await step.choice('impact', 2).selectOption({ label: step.scoreLabel(5) });
      await step.expectScores(2, second!.title, 5, 5);

      // Reordering renumbers the markers; removing takes the marker away, undo brings it back.
      // Move and remove sit on the row of the open entry.
      await step.openInitiative(2);
      await listButton(page, m.common.list.moveUp, second!.title).click();
      await step.expectScores(1, second!.title, 5, 5);
      await step.expectScores(2, first!.title, 3, 4);
      await step.openInitiative(1);
      await listButton(page, m.common.list.remove, second!.title).click();
      await expect(step.marker(1, first!.title)).toBeVisible();
      await page.getByRole('button', { name: m.common.list.undo }).click();
      await step.expectScores(1, second!.title, 5, 5);

      await draft.expectSaved();
      await page.reload();
      await step.expectScores(1, second!.title, 5, 5);
      await step.expectScores(2, first!.title, 3, 4);
      await step.expectScores(3, 'Mentoring', 3, 3);
    });

    test('the matrix works with a pointer: drag a marker, or select it and click a cell', async ({ page }) => {
      const { step } = await openStep(page, locale);
      await step.addInitiative(1, first!);
      await step.addInitiative(2, second!);
      // Both in one cell stay visible and distinguishable.
      await step.choice('effort', 2).selectOption({ label: step.scoreLabel(2) });
      await step.choice('impact', 2).selectOption({ label: step.scoreLabel(4) });
      await expect(step.cell(2, 4).getByRole('button')).toHaveText(['1', '2']);

      await step.marker(1, first!.title).dragTo(step.cell(5, 1));
      await step.expectScores(1, first!.title, 5, 1);
      await expect(step.marker(1, first!.title)).toBeFocused();

      const marker = step.marker(2, second!.title);
      await marker.click();
      await expect(marker).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('status').filter({ hasText: second!.title })).toHaveText(
        fill(t.selected, { title: second!.title }),
      );
      await step.cell(1, 5).click();
      await step.expectScores(2, second!.title, 1, 5);
      await expect(step.marker(2, second!.title)).toHaveAttribute('aria-pressed', 'false');
    });
  });
}
