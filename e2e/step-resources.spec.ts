import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { entryToggle } from './pages/example';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';
import { loose, resourcesAnswers, ResourcesStep, seedSteps, storedStep } from './pages/ResourcesStep';

/** Step 2's figures as its form would store them: the absence percentage the calculator takes over. */
const stepTwo: Record<Locale, { absencePercentage: number; year: number; shown: string }> = {
  nl: { absencePercentage: 6.8, year: 2025, shown: '6,8%' },
  fr: { absencePercentage: 6.5, year: 2025, shown: '6,5 %' },
};

const scenarioNames = {
  nl: { cautious: 'Voorzichtig', middle: 'Gemiddeld', optimistic: 'Optimistisch' },
  fr: { cautious: 'Prudent', middle: 'Intermédiaire', optimistic: 'Optimiste' },
} as const;

/** What the calculator shows for the worked examples, checked by hand (see lib/roi.test.ts). */
const expected = {
  nl: {
    totals: [
      ['2026', '€ 12.500'],
      ['2027', '€ 35.500'],
      ['Totaal', '€ 48.000'],
    ],
    wage: '€ 60.000 ÷ 200 werkdagen = € 300 per dag',
    dayCost: '€ 300',
    absence: ['5.236', '26,18', '€ 1.570.800'],
    psychosocial: ['1.309', '6,55', '€ 392.700'],
    cautious: ['10%', '131', '0,65', '€ 39.270', '1,2 jaar', '5,2 jaar'],
    middle: ['20%', '262', '1,31', '€ 78.540', '0,6 jaar', '1 jaar'],
    optimistic: ['30%', '393', '1,96', '€ 117.810', '0,4 jaar', '0,5 jaar'],
    board: ['€ 48.000', '€ 39.270', '0,5 VTE'],
  },
  fr: {
    totals: [
      ['2026', '18 000 €'],
      ['2027', '12 000 €'],
      ['Total', '30 000 €'],
    ],
    wage: '56 000 € ÷ 200 jours de travail = 280 € par jour',
    dayCost: '280 €',
    absence: ['3 770', '18,85', '1 055 600 €'],
    psychosocial: ['943', '4,71', '263 900 €'],
    cautious: ['10 %', '94', '0,47', '26 390 €', '1,1 an(s)', 'Pas de récupération'],
    middle: ['20 %', '189', '0,94', '52 780 €', '0,6 an(s)', '1,2 an(s)'],
    optimistic: ['30 %', '283', '1,41', '79 170 €', '0,4 an(s)', '0,6 an(s)'],
    board: ['30 000 €', '26 390 €', '0,5 ETP'],
  },
} as const;

/** Opens a folded entry or group with the keyboard (its toggle, then Enter), when it is not open yet. */
async function openByKeyboard(page: Page, toggle: Locator) {
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.focus();
    await page.keyboard.press('Enter');
  }
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

async function openResources(page: Page, locale: Locale, seed?: Parameters<typeof seedSteps>[1]) {
  const home = new HomePage(page, locale);
  const draft = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft('Middelen', 'Org');
  if (seed) {
    await seedSteps(page, seed);
    await page.reload();
  }
  await draft.openStep('resources');
  return { draft, step: new ResourcesStep(page, locale) };
}

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 5 (${locale})`, () => {
    test('fill the step, see the calculation in Belgian formats, reload: everything restored', async ({ page }) => {
      const t = messages[locale].steps.resources;
      const want = expected[locale];
      const { draft, step } = await openResources(page, locale, {
        'as-is': { figures: { absencePercentage: stepTwo[locale].absencePercentage, year: stepTwo[locale].year } },
      });
      // Nothing is assumed: the scenario is cautious, the results ask for what is missing.
      await step.openRoi();
      await expect(page.getByRole('group', { name: t.roi.scenarioLegend }).getByRole('radio').first()).toBeChecked();
      await expect(page.getByText(t.roi.results.missing)).toBeVisible();

      await step.fill(resourcesAnswers[locale]);
      for (const [year, amount] of want.totals) {
        await expect(step.rowCells(t.totals.caption, year)).toHaveText([amount]);
      }
      await expect(page.getByText(fill(t.fteTotal, { fte: '0,5' }))).toBeVisible();

      // The absence percentage comes from step 2, and says so.
      await expect(step.field(t.roi.absencePercentage, { optional: true })).toHaveValue('');
      await expect(step.field(t.roi.absencePercentage, { optional: true })).toHaveAccessibleDescription(
        loose(stepTwo[locale].shown),
      );
      // Suggestions are taken over only on request.
      await step.button(fill(t.roi.useValue, { value: '200' })).click();
      await expect(step.field(t.roi.workingDaysPerFte, { optional: true })).toHaveValue('200');
      const quarter = loose(fill(t.roi.useValue, { value: locale === 'nl' ? '25%' : '25 %' }));
      await page.getByRole('button', { name: quarter }).click();
      await expect(page.getByText(loose(want.wage))).toBeVisible();
      await page.getByRole('button', { name: loose(fill(t.roi.wage.use, { dayCost: want.dayCost })) }).click();
      await expect(step.field(t.roi.dayCost)).toHaveValue(locale === 'nl' ? '300' : '280');
      await page.getByRole('button', { name: loose(t.roi.useSuggestedReductions.split('(')[0] ?? '') }).click();

      const absenceRow = step.rowCells(t.roi.results.costCaption, t.roi.results.allAbsence);
      await expect(absenceRow).toHaveText(want.absence.map((text) => loose(text)));
      await expect(step.rowCells(t.roi.results.costCaption, t.roi.results.psychosocialRow)).toHaveText(
        want.psychosocial.map((text) => loose(text)),
      );
      for (const scenario of ['cautious', 'middle', 'optimistic'] as const) {
        const label = scenarioNames[locale][scenario];
        await expect(step.rowCells(t.roi.results.scenariosCaption, label)).toHaveText(
          want[scenario].map((text) => loose(text)),
        );
      }
      // The formula is shown in words and numbers.
      await page.getByText(t.roi.results.formulaHeading, { exact: true }).click();
      await expect(
        page
          .getByRole('listitem')
          .filter({ hasText: loose(want.absence[2]) })
          .first(),
      ).toBeVisible();

      await step.button(t.board.draftButton).click();
      await expect(page.getByRole('status').filter({ hasText: t.board.drafted })).toBeVisible();
      for (const part of want.board) await expect(step.boardText()).toHaveValue(loose(part));
      const boardText = await step.boardText().inputValue();

      expect(await axeViolations(page), 'step 5 filled').toEqual([]);
      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('resources');
      await step.expectValues(resourcesAnswers[locale]);
      await expect(step.field(t.roi.workingDaysPerFte, { optional: true })).toHaveValue('200');
      await expect(step.field(t.roi.dayCost)).toHaveValue(locale === 'nl' ? '300' : '280');
      await expect(step.boardText()).toHaveValue(boardText);
      await expect(absenceRow).toHaveText(want.absence.map((text) => loose(text)));

      await draft.saveAndContinue();
      await draft.expectOnStep('action');
    });

    test('an incomplete step says what to do; the calculator lists what it misses; no axe violations', async ({
      page,
    }) => {
      const t = messages[locale].steps.resources;
      const { draft, step } = await openResources(page, locale);
      await page.getByText(messages[locale].stepPage.guidanceHeading).click();
      const illustration = locale === 'nl' ? /Vlaamse overheid in 2014/ : /Autorité flamande en 2014/;
      await expect(page.getByRole('heading', { name: illustration })).toBeVisible();
      expect(await axeViolations(page), 'step 5, empty').toEqual([]);

      const missing = page.locator('.notice').filter({ hasText: t.roi.results.missing });
      await expect(missing.getByRole('link')).toHaveText([
        t.roi.staffFte,
        t.roi.workingDaysPerFte,
        t.roi.absencePercentage,
        t.roi.psychosocialShare,
        t.roi.dayCost,
      ]);
      await missing.getByRole('link', { name: t.roi.psychosocialShare }).click();
      await expect(step.field(t.roi.psychosocialShare, { optional: true })).toBeFocused();
      await expect(step.field(t.roi.absencePercentage, { optional: true })).toHaveAccessibleDescription(
        new RegExp(t.roi.absenceNone.slice(0, 20)),
      );

      await draft.saveAndContinue();
      const summary = page.getByRole('alert').filter({ hasText: messages[locale].stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.budgetLinesRequired,
        t.errors.staffFteRequired,
        t.errors.dayCostRequired,
      ]);
      expect(await axeViolations(page), 'step 5 with errors').toEqual([]);
      await summary.getByRole('link', { name: t.errors.budgetLinesRequired }).click();
      await expect(step.button(t.addBudgetLine)).toBeFocused();
      await draft.expectOnStep('resources');
    });

    test('works by keyboard: add, reorder, remove and undo, scenario, absence override, board text', async ({
      page,
    }) => {
      const t = messages[locale].steps.resources;
      const list = messages[locale].common.list;
      const { step } = await openResources(page, locale, {
        'as-is': { figures: { absencePercentage: stepTwo[locale].absencePercentage, year: null } },
      });
      await step.button(t.addBudgetLine).focus();
      await page.keyboard.press('Enter');
      const first = step.entry(t.budgetLine, 1);
      await expect(first.getByRole('combobox', { name: t.category })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.type('Eerste');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1.000');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2026');
      const thousand = loose(locale === 'nl' ? '€ 1.000' : '1 000 €');
      await expect(step.rowCells(t.totals.caption, t.totals.total)).toHaveText([thousand]);

      await step.button(t.addBudgetLine).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Tweede');
      await step.entryButton(list.moveUp, 'Tweede').focus();
      await page.keyboard.press('Enter');
      await expect(step.field(t.description, { within: first })).toHaveValue('Tweede');

      // Remove acts on the open entry: open "Eerste" (now the second line) first.
      await openByKeyboard(page, entryToggle(page, 'budgetLines', 2));
      await step.entryButton(list.remove, 'Eerste').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: fill(list.removed, { name: 'Eerste' }) })).toBeVisible();
      await page.getByRole('button', { name: list.undo }).focus();
      await page.keyboard.press('Enter');
      await openByKeyboard(page, entryToggle(page, 'budgetLines', 2));
      await expect(step.field(t.description, { within: step.entry(t.budgetLine, 2) })).toHaveValue('Eerste');

      // The assumptions fold as a group: open it (it is closed once something in it is filled).
      await openByKeyboard(page, page.locator('#f-roi'));

      // The scenario radios move with the arrow keys; cautious is the default.
      const scenarios = page.getByRole('group', { name: t.roi.scenarioLegend });
      await scenarios.getByRole('radio').first().focus();
      await page.keyboard.press('ArrowRight');
      await expect(scenarios.getByRole('radio').nth(1)).toBeChecked();

      // Overriding step 2's absence percentage, and going back to it.
      const absence = step.field(t.roi.absencePercentage, { optional: true });
      await absence.focus();
      await page.keyboard.type('5,9');
      const useAsIs = page.getByRole('button', {
        name: loose(fill(t.roi.absenceUseAsIs, { percentage: stepTwo[locale].shown })),
      });
      await useAsIs.focus();
      await page.keyboard.press('Enter');
      await expect(absence).toHaveValue('');
      await expect(absence).toHaveAccessibleDescription(loose(stepTwo[locale].shown));

      // Drafting the board text never replaces the user's own words without asking.
      await step.boardText().fill('Mijn eigen tekst');
      await step.button(t.board.draftButton).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: t.board.replaceTitle });
      await expect(dialog).toBeVisible();
      // The modal dialog holds the focus.
      await expect(dialog.locator(':focus')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(step.boardText()).toHaveValue('Mijn eigen tekst');
      await step.button(t.board.draftButton).focus();
      await page.keyboard.press('Enter');
      await dialog.getByRole('button', { name: t.board.replaceConfirm }).focus();
      await page.keyboard.press('Enter');
      await expect(step.boardText()).toHaveValue(thousand);
    });
  });
}

test('deleting a budget line that step 6 actions use asks first, then clears the links', async ({ page }) => {
  const t = messages.nl.steps.resources;
  const { draft, step } = await openResources(page, 'nl', {
    resources: {
      budgetLines: [
        { uid: 'line-coaching', category: 'external-provider', description: 'Veerkrachtcoaching', amount: 20000 },
        { uid: 'line-posters', category: 'communication', description: 'Affiches', amount: 500 },
      ],
    },
    action: {
      actions: [
        { uid: 'action-1', title: 'Coachingtraject voor teamleiders', budgetLine: 'line-coaching' },
        { uid: 'action-2', title: 'Coaching op aanvraag', budgetLine: 'line-coaching' },
      ],
    },
  });
  await step.openEntry('budgetLines', 1);
  await expect(page.getByText(/Coachingtraject voor teamleiders, Coaching op aanvraag$/)).toBeVisible();

  await step.entryButton(messages.nl.common.list.remove, 'Veerkrachtcoaching').click();
  const dialog = page.getByRole('dialog', { name: fill(t.deleteLinked.title, { name: 'Veerkrachtcoaching' }) });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Coachingtraject voor teamleiders', 'Coaching op aanvraag']);
  expect(await axeViolations(page), 'delete confirmation').toEqual([]);
  await dialog.getByRole('button', { name: messages.nl.common.cancel }).click();
  await expect(entryToggle(page, 'budgetLines', 2)).toBeVisible();
  await expect(step.entry(t.budgetLine, 1)).toBeVisible();

  await step.entryButton(messages.nl.common.list.remove, 'Veerkrachtcoaching').click();
  await dialog.getByRole('button', { name: t.deleteLinked.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(entryToggle(page, 'budgetLines', 2)).toHaveCount(0);
  await step.openEntry('budgetLines', 1);
  await expect(step.field(t.description, { within: step.entry(t.budgetLine, 1) })).toHaveValue('Affiches');
  await draft.expectSaved();
  const action = await storedStep(page, 'action');
  expect(action.actions).toEqual([
    expect.objectContaining({ uid: 'action-1', budgetLine: null }),
    expect.objectContaining({ uid: 'action-2', budgetLine: null }),
  ]);
  const resources = await storedStep(page, 'resources');
  expect(resources.budgetLines).toEqual([expect.objectContaining({ uid: 'line-posters' })]);
});
