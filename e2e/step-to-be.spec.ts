import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';
import { seedSteps, storedDraft } from './pages/seed';
import { leverNames, toBeAnswers as answers, ToBeStep, type ToBeAnswers } from './pages/ToBeStep';

/** Steps 1 and 2 as another user would have filled them: codes, as stored. */
const seed: Record<Locale, { titles: [string, string, string]; note: string }> = {
  nl: {
    titles: ['Opleiding coachend leiderschap', 'Teamgesprekken over werkdruk', 'Gezondheidsweek'],
    note: 'Coachend leidinggeven in de buitenploegen.',
  },
  fr: {
    titles: ['Formation au management bienveillant', 'Réunions d’équipe sur la charge', 'Journée sportive'],
    note: 'Les responsables d’équipes de nuit en priorité.',
  },
};

function seedFor(locale: Locale) {
  const { titles, note } = seed[locale];
  return {
    why: {
      levers: { leadership: { relevance: 'high', note }, 'new-ways-of-working': { relevance: 'not-now', note: '' } },
    },
    'as-is': {
      initiatives: [
        { uid: 'i1', title: titles[0], lever: 'leadership', level: 'team', effort: 4, impact: 5 },
        { uid: 'i2', title: titles[1], lever: 'leadership', level: 'team', effort: 2, impact: 4 },
        { uid: 'i3', title: titles[2], lever: 'work-life-balance', level: 'organisation', effort: 2, impact: 1 },
      ],
    },
  };
}

type Objective = ToBeAnswers['objectives'][number];

/** The label of relevance `high` (content/reference/why.ts). */
const highRelevance: Record<Locale, string> = { nl: 'Prioriteit', fr: 'Prioritaire' };

async function openToBe(page: import('@playwright/test').Page, locale: Locale, name: string) {
  const home = new HomePage(page, locale);
  const draft = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft(name, 'Org');
  await seedSteps(page, seedFor(locale));
  await draft.openStep('toBe');
  return { draft, step: new ToBeStep(page, locale) };
}

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 4 (${locale})`, () => {
    const m = messages[locale];
    const t = m.steps.toBe;
    const [employability, leadership, meaningful, balance, newWays] = leverNames[locale];
    const { titles, note } = seed[locale];

    test('the mirror document shows steps 1 and 2; fill every field, reload, every value restored; complete', async ({
      page,
    }) => {
      const { draft, step } = await openToBe(page, locale, 'Plan');
      const a = answers[locale];

      // Today is built from step 1 (relevance, note) and step 2 (initiatives per lever).
      await expect(step.overviewRow(leadership).getByRole('cell')).toHaveText([
        highRelevance[locale],
        '2',
        t.status.both,
      ]);
      await expect(step.overviewRow(employability).getByRole('cell')).toHaveText([
        t.relevanceUnknown,
        '0',
        t.status.both,
      ]);
      await expect(step.overviewRow(balance).getByRole('cell').nth(1)).toHaveText('1');
      // Each lever is a summary row that opens to show and complete it.
      await step.openLever(leadership);
      const leadershipSection = step.leverSection(leadership);
      await expect(leadershipSection.getByRole('listitem')).toHaveText([titles[0], titles[1]]);
      await expect(leadershipSection).toContainText(note);
      await expect(leadershipSection.getByText(t.status.both)).toBeVisible();
      await step.openLever(employability);
      await expect(step.leverSection(employability).getByText(fill(t.noInitiatives, { number: 2 }))).toBeVisible();
      await expect(step.useSummary(employability)).toHaveCount(0);

      // Taking the summary over fills an empty "today"; it never overwrites what the user wrote.
      await step.openLever(leadership);
      await step.useSummary(leadership).click();
      await expect(step.today(leadership)).toHaveValue(`• ${titles[0]}\n• ${titles[1]}`);
      await expect(step.announcement(fill(t.summaryFilled, { lever: leadership, number: 2 }))).toBeAttached();
      const ownWords = a.mirror[3]!.today!.split('\n')[0]!;
      await step.openLever(balance);
      await step.today(balance).fill(ownWords);
      await step.useSummary(balance).click();
      await expect(step.today(balance)).toHaveValue(`${ownWords}\n• ${titles[2]}`);
      await step.useSummary(balance).click();
      await expect(step.today(balance)).toHaveValue(`${ownWords}\n• ${titles[2]}`);
      await expect(step.announcement(fill(t.summaryNothingNew, { lever: balance, number: 2 }))).toBeAttached();
      await expect(step.overviewRow(balance).getByRole('cell').nth(2)).toHaveText(t.status.tomorrow);

      // The slogan's length guide: counted live, longer is allowed but flagged in words.
      await step.slogan().fill('x'.repeat(61));
      await expect(step.sloganCount(61, true)).toBeVisible();
      await expect(step.sloganAnnouncement(61, true)).toBeAttached();
      await step.fill(a);
      await expect(step.sloganCount(a.slogan.length)).toBeVisible();

      // Reorder: the second objective moves up (move and remove sit on the open entry's row).
      await step.openObjective(2);
      await step.listButton('moveUp', a.objectives[1]!.name).click();
      const reordered = { ...a, objectives: [a.objectives[1]!, a.objectives[0]!] };
      await step.expectValues(reordered);
      for (const lever of [employability, leadership, meaningful, balance]) {
        await expect(step.overviewRow(lever).getByRole('cell').nth(2)).toHaveText(t.status.complete);
      }
      await expect(step.overviewRow(newWays).getByRole('cell').nth(2)).toHaveText(t.status.leftOut);

      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('toBe');
      await step.expectValues(reordered);
      expect(await axeViolations(page), 'filled step 4').toEqual([]);

      await draft.saveAndContinue();
      await draft.expectOnStep('resources');
      await draft.backToOverview();
      await expect(draft.stepStatus('toBe')).toHaveText(m.status.completed);
    });

    test('"Save and continue" on an incomplete step says what to do; axe finds nothing', async ({ page }) => {
      const { draft, step } = await openToBe(page, locale, 'Onvolledig');
      expect(await axeViolations(page), 'empty step 4').toEqual([]);
      await step.addObjective().click();
      await step.openLever(newWays);
      await step.leftOut(newWays).check();
      await draft.saveAndContinue();

      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.resultsRequired,
        t.errors.objectiveNameRequired,
        t.errors.objectiveLeversRequired,
        t.errors.sloganRequired,
        t.errors.mirrorRequired.employability,
        t.errors.mirrorRequired.leadership,
        t.errors.mirrorRequired['meaningful-work'],
        t.errors.mirrorRequired['work-life-balance'],
        t.errors.leftOutReasonRequired['new-ways-of-working'],
      ]);
      expect(await axeViolations(page), 'step 4 with errors').toEqual([]);
      await summary.getByRole('link', { name: t.errors.mirrorRequired.leadership }).click();
      await expect(step.tomorrow(leadership)).toBeFocused();

      // Without any objective, the error leads to the button that adds one.
      await step.openObjective(1);
      await step.listButton('remove', fill(t.objectiveHeading, { number: 1 })).click();
      await draft.saveAndContinue();
      await summary.getByRole('link', { name: t.errors.objectivesRequired }).click();
      await expect(step.addObjective()).toBeFocused();
      await draft.expectOnStep('toBe');
    });

    test('removing an objective: undo when nothing refers to it, ask first and unlink when steps 6 or 7 do', async ({
      page,
    }) => {
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      const step = new ToBeStep(page, locale);
      const [used, unused] = answers[locale].objectives as [Objective, Objective];
      await home.goto();
      await home.createDraft('Koppelingen', 'Org');
      await seedSteps(page, {
        'to-be': {
          objectives: [
            { uid: 's1', name: used.name, description: '', levers: ['work-life-balance'] },
            { uid: 's2', name: unused.name, description: '', levers: ['leadership'] },
          ],
        },
        action: { operationalObjectives: [{ uid: 'op1', name: 'Teamoverleg', strategicObjectives: ['s1', 'x'] }] },
        measure: { indicators: [{ uid: 'ind1', name: 'Verzuim', objectives: ['s1'] }] },
      });
      await draft.openStep('toBe');

      // Nobody refers to the second one: it goes at once, with undo (focus lands on it).
      await step.openObjective(2);
      await step.listButton('remove', unused.name).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(step.objectiveToggle(2)).toHaveCount(0);
      await expect(page.getByText(fill(m.common.list.removed, { name: unused.name }))).toBeVisible();
      await expect(page.getByRole('button', { name: m.common.list.undo })).toBeFocused();
      await page.keyboard.press('Enter');
      await step.openObjective(2);
      await expect(step.objectiveName(2)).toHaveValue(unused.name);

      // The first one is used in steps 6 and 7: the dialog names what refers to it.
      await step.openObjective(1);
      await step.listButton('remove', used.name).click();
      const dialog = page.getByRole('dialog', { name: fill(t.confirmRemove.title, { name: used.name }) });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('listitem')).toHaveText([
        fill(t.confirmRemove.referrer, {
          kind: t.confirmRemove.kinds.operationalObjectives,
          name: 'Teamoverleg',
          number: 6,
          step: m.steps.action.title,
        }),
        fill(t.confirmRemove.referrer, {
          kind: t.confirmRemove.kinds.indicators,
          name: 'Verzuim',
          number: 7,
          step: m.steps.measure.title,
        }),
      ]);
      expect(await axeViolations(page), 'remove confirmation').toEqual([]);
      await dialog.getByRole('button', { name: m.common.cancel }).click();
      await expect(dialog).toBeHidden();
      await expect(step.objectiveName(1)).toHaveValue(used.name);

      await step.openObjective(1);
      await step.listButton('remove', used.name).click();
      await dialog.getByRole('button', { name: t.confirmRemove.confirm }).click();
      await expect(dialog).toBeHidden();
      await step.openObjective(1);
      await expect(step.objectiveName(1)).toHaveValue(unused.name);
      await expect(step.objectiveToggle(2)).toHaveCount(0);
      await draft.expectSaved();
      const stored = await storedDraft(page);
      expect(stored.steps['to-be']?.objectives).toEqual([
        { uid: 's2', name: unused.name, description: '', levers: ['leadership'] },
      ]);
      expect(stored.steps.action?.operationalObjectives).toEqual([
        { uid: 'op1', name: 'Teamoverleg', description: '', strategicObjectives: ['x'] },
      ]);
      expect((stored.steps.measure?.indicators as { objectives: string[] }[])[0]?.objectives).toEqual([]);
    });

    test('keyboard only: reorder, take over, leave out; side by side or stacked by width', async ({ page }) => {
      const { step } = await openToBe(page, locale, 'Toetsenbord');
      const [first, second] = answers[locale].objectives as [Objective, Objective];
      await step.addObjective().focus();
      await page.keyboard.press('Enter');
      await expect(step.objectiveName(1)).toBeFocused();
      await page.keyboard.type(first.name);
      await step.addObjective().focus();
      await page.keyboard.press('Enter');
      await expect(step.objectiveName(2)).toBeFocused();
      await page.keyboard.type(second.name);
      // Adding the second closed the first: open it again, then move it down.
      await step.openByKeyboard(step.objectiveToggle(1));
      await step.listButton('moveDown', first.name).focus();
      await page.keyboard.press('Enter');
      await expect(step.objectiveName(2)).toHaveValue(first.name);
      await step.openByKeyboard(step.objectiveToggle(1));
      await expect(step.objectiveName(1)).toHaveValue(second.name);
      // A checkbox of the lever list toggles with Space.
      const checkbox = step.objectiveLevers(1).getByRole('checkbox', { name: leadership, exact: true });
      await checkbox.focus();
      await page.keyboard.press('Space');
      await expect(checkbox).toBeChecked();

      // The overview links open the lever and move focus to its summary row.
      await step.overviewRow(leadership).getByRole('link', { name: leadership }).focus();
      await page.keyboard.press('Enter');
      await expect(step.leverToggle(leadership)).toBeFocused();
      await expect(step.leverToggle(leadership)).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(step.useSummary(leadership)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(step.today(leadership)).toHaveValue(`• ${titles[0]}\n• ${titles[1]}`);

      // Leaving a lever out reveals the reason field; unchecking hides it again.
      await step.openByKeyboard(step.leverToggle(newWays));
      await step.leftOut(newWays).focus();
      await page.keyboard.press('Space');
      await expect(step.leftOut(newWays)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(step.leftOutReason(newWays)).toBeFocused();
      await page.keyboard.type('Later.');
      await step.leftOut(newWays).focus();
      await page.keyboard.press('Space');
      await expect(step.leftOutReason(newWays)).toHaveCount(0);

      // Today and tomorrow sit side by side on a wide screen, one under the other on a narrow one.
      await step.openByKeyboard(step.leverToggle(employability));
      const boxes = async () => [
        await step.today(employability).boundingBox(),
        await step.tomorrow(employability).boundingBox(),
      ];
      await page.setViewportSize({ width: 1280, height: 900 });
      let [today, tomorrow] = await boxes();
      expect(tomorrow!.x).toBeGreaterThan(today!.x + today!.width - 1);
      await page.setViewportSize({ width: 375, height: 800 });
      [today, tomorrow] = await boxes();
      expect(tomorrow!.y).toBeGreaterThan(today!.y + today!.height - 1);
      expect(await axeViolations(page), 'narrow step 4').toEqual([]);
    });
  });
}
