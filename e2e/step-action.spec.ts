import { actionStatusLabels, buildingBlockLabels, channelLabels, nudgeLabels } from '../content/reference/action';
import { levelLabels } from '../content/reference/levels';
import { leverLabels } from '../content/reference/levers';
import { actorLabels } from '../content/reference/roles';
import { formatMonth, formatMoney } from '../lib/format';
import { axeViolations, expect, test } from './fixtures';
import { ActionStep, type ActionStepAnswers } from './pages/ActionStep';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages, type Locale } from './pages/messages';
import { expectStored, seedLinks, seedSteps } from './pages/seedAction';

/** A stakeholder as every picker names it: the actor, then who. */
const owner = (locale: Locale, actor: 'hr' | 'prevention-adviser-psychosocial', who: string) =>
  `${actorLabels[locale][actor].label} — ${who}`;
const budgetLine = (locale: Locale, description: string) =>
  fill(messages[locale].steps.action.budgetLineOption, {
    description,
    year: 2027,
    amount: formatMoney(12500, locale),
  });

function answers(locale: Locale): ActionStepAnswers {
  const [strategic1, strategic2] = seedLinks[locale]['to-be'].objectives.map((objective) => objective.name);
  const nl = locale === 'nl';
  const objectives = nl
    ? [
        'Tegen eind 2027 heeft elk buitenteam een kwartaalgesprek over werkdruk gehad',
        'Tegen juni 2027 hebben alle 45 leidinggevenden het coachtraject gevolgd',
      ]
    : [
        'D’ici fin 2027, chaque équipe du centre de contact a tenu une intervision trimestrielle',
        'D’ici juin 2027, les 38 responsables ont suivi le parcours de coaching',
      ];
  const rangers = seedLinks[locale].roles.stakeholders[2]?.customName ?? '';
  return {
    objectives: [
      {
        name: objectives[0] ?? '',
        description: nl ? 'Eerst in twee regio’s.' : 'D’abord au centre de contact.',
        strategic: [strategic1 ?? ''],
      },
      { name: objectives[1] ?? '', description: '', strategic: [strategic2 ?? '', strategic1 ?? ''] },
    ],
    actions: [
      {
        title: nl ? 'Workshops jobcrafting' : 'Ateliers de job crafting',
        description: nl ? 'Drie workshops per regio, tijdens de werkuren.' : 'Trois ateliers, pendant le service.',
        objectives: [objectives[0] ?? ''],
        lever: leverLabels[locale]['work-life-balance'].label,
        level: levelLabels[locale].team.label,
        buildingBlock: buildingBlockLabels[locale]['organisational-development'].label,
        owner: rangers,
        partners: nl ? 'Externe preventiedienst' : 'SEPPT',
        start: '2027-09',
        end: '2028-02',
        budget: nl ? '8.000' : '8 000',
        budgetLine: budgetLine(locale, seedLinks[locale].resources.budgetLines[0]?.description ?? ''),
        expectedResult: nl
          ? 'Elk team kiest twee aanpassingen in zijn werk.'
          : 'Chaque équipe choisit deux changements.',
        status: actionStatusLabels[locale].planned.label,
      },
      {
        title: nl ? 'Coachtraject leidinggevenden' : 'Parcours de coaching des responsables',
        description: '',
        objectives: [objectives[1] ?? ''],
        lever: leverLabels[locale].leadership.label,
        level: levelLabels[locale].organisation.label,
        buildingBlock: buildingBlockLabels[locale].leadership.label,
        owner: owner(locale, 'hr', seedLinks[locale].roles.stakeholders[0]?.who ?? ''),
        partners: '',
        start: '2027-01',
        end: '2027-06',
        budget: nl ? '12.500' : '12 500',
        budgetLine: budgetLine(locale, seedLinks[locale].resources.budgetLines[0]?.description ?? ''),
        expectedResult: '',
        status: actionStatusLabels[locale]['in-progress'].label,
      },
    ],
    communication: [
      {
        audience: nl ? 'Buitenploegen' : 'Agents des tunnels',
        message: nl ? 'Wat jobcrafting is en hoe je meedoet.' : 'Ce qu’est le job crafting et comment participer.',
        channel: channelLabels[locale]['team-meeting'].label,
        timing: nl ? 'Op de ochtendbriefing na de zomer' : 'Au briefing de début de service, en octobre',
        owner: rangers,
        nudges: [nudgeLabels[locale].easy.label, nudgeLabels[locale].social.label],
      },
    ],
    offlineReach: nl
      ? 'Een ambassadeur per ploeg en affiches in de werkplaatsen.'
      : 'Un ambassadeur par équipe et des affiches au local.',
  };
}

const action = (uid: string, title: string, extra: Record<string, unknown> = {}) => ({
  uid,
  title,
  objectives: [],
  owner: null,
  start: null,
  end: null,
  status: 'planned',
  ...extra,
});

async function openActionStep(
  page: import('@playwright/test').Page,
  locale: Locale,
  seed?: Parameters<typeof seedSteps>[1],
) {
  const home = new HomePage(page, locale);
  const draft = new DraftPage(page, locale);
  await home.goto();
  await home.createDraft('Actieplan', 'Org');
  if (seed) await seedSteps(page, seed);
  await draft.openStep('action');
  return { draft, step: new ActionStep(page, locale) };
}

for (const locale of ['nl', 'fr'] as const) {
  const m = messages[locale];
  const t = m.steps.action;

  test.describe(`step 6 action (${locale})`, () => {
    test('fill every field, reload, find every value restored and the actions on the timeline', async ({ page }) => {
      const { draft, step } = await openActionStep(page, locale, seedLinks[locale]);
      const filled = answers(locale);
      await step.fill(filled);
      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('action');
      await step.expectValues(filled);

      // The timeline, sorted by start month; as a table for screen readers.
      const rows = step.timelineTable().getByRole('row');
      await expect(step.timelineTable().getByRole('columnheader')).toHaveText([
        t.colAction,
        t.colStart,
        t.colEnd,
        t.colOwner,
        t.colStatus,
      ]);
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1).getByRole('rowheader')).toHaveText(filled.actions[1]?.title ?? '');
      await expect(rows.nth(1).getByRole('cell')).toHaveText([
        formatMonth('2027-01', locale),
        formatMonth('2027-06', locale),
        filled.actions[1]?.owner ?? '',
        filled.actions[1]?.status ?? '',
      ]);
      await expect(rows.nth(2).getByRole('rowheader')).toHaveText(filled.actions[0]?.title ?? '');
      const chart = page.getByRole('region', { name: t.chartLabel });
      await expect(chart).toContainText(filled.actions[0]?.title ?? '');
      await expect(chart).toContainText('2028');
      await page.getByRole('radio', { name: t.scaleQuarter }).check();
      await expect(chart).toContainText(fill(t.quarterShort, { quarter: 4 }));
      // The action summaries carry the key facts, formatted for the language.
      await expect(step.summary(2)).toContainText(formatMoney(12500, locale));

      await draft.saveAndContinue();
      await draft.expectOnStep('measure');
    });

    test('filters and sorting change the view only; every custom control works by keyboard', async ({ page }) => {
      const { step } = await openActionStep(page, locale, {
        ...seedLinks[locale],
        action: {
          operationalObjectives: [{ uid: 'op-1', name: 'Doel', description: '', strategicObjectives: [] }],
          actions: [
            action('a-1', 'Webinar', { owner: 's-hr', start: '2027-05', objectives: ['op-1'] }),
            action('a-2', 'Affiches', { owner: 's-pa', status: 'done' }),
            action('a-3', 'Coaching', { owner: 's-pa', start: '2027-02', end: '2027-04' }),
          ],
        },
      });
      await expect(step.summaries()).toHaveCount(3);
      await expect(step.summaries()).toContainText(['Webinar', 'Affiches', 'Coaching']);

      await step.openView();
      await step.filter(t.filterStatus).selectOption({ label: actionStatusLabels[locale].planned.label });
      await expect(step.showing()).toHaveText(fill(t.showing, { shown: 2, total: 3 }));
      await expect(step.summaries()).toContainText(['Webinar', 'Coaching']);
      await step.filter(t.filterOwner).selectOption({
        label: owner(locale, 'prevention-adviser-psychosocial', seedLinks[locale].roles.stakeholders[1]?.who ?? ''),
      });
      await expect(step.showing()).toHaveText(fill(t.showing, { shown: 1, total: 3 }));
      await expect(step.summaries()).toContainText(['Coaching']);
      await page.getByRole('button', { name: t.clearFilters }).click();
      await step.filter(t.filterObjective).selectOption({ label: 'Doel' });
      await expect(step.summaries()).toContainText(['Webinar']);
      await step.filter(t.filterObjective).selectOption({ label: t.allObjectives });
      await expect(step.showing()).toHaveCount(0);

      await step.filter(t.sort).selectOption({ label: t.sortTitle });
      await expect(step.summaries()).toContainText(['Affiches', 'Coaching', 'Webinar']);
      await expect(page.getByText(t.reorderNote)).toBeVisible();
      await step.filter(t.sort).selectOption({ label: t.sortStart });
      await expect(step.summaries()).toContainText(['Coaching', 'Webinar', 'Affiches']);
      // While sorted, an open entry offers remove but no moving.
      await step.openAction(3);
      await expect(
        step.entryButton(m.common.list.moveDown, `${fill(t.actionLegend, { number: 3 })}: Coaching`),
      ).toHaveCount(0);
      await expect(
        step.entryButton(m.common.list.remove, `${fill(t.actionLegend, { number: 3 })}: Coaching`),
      ).toBeVisible();
      await step.filter(t.sort).selectOption({ label: t.sortManual });
      await expect(step.summaries()).toContainText(['Webinar', 'Affiches', 'Coaching']);
      await expectStored(
        page,
        'action',
        (data) => JSON.stringify((data.actions as { uid: string }[]).map((item) => item.uid)) === '["a-1","a-2","a-3"]',
      );

      // A card opens and closes with the keyboard; Tab goes through its row's buttons to its first field.
      const second = `${fill(t.actionLegend, { number: 2 })}: Affiches`;
      await step.toggle('actions', 2).focus();
      await page.keyboard.press('Enter');
      await expect(step.action(2)).toBeVisible();
      await expect(step.toggle('actions', 2)).toHaveAttribute('aria-expanded', 'true');
      for (const verb of [m.common.list.moveUp, m.common.list.moveDown, m.common.list.remove]) {
        await page.keyboard.press('Tab');
        await expect(step.entryButton(verb, second)).toBeFocused();
      }
      await page.keyboard.press('Tab');
      await expect(step.action(2).getByRole('textbox', { name: t.actionTitle, exact: true })).toBeFocused();
      await step.toggle('actions', 2).focus();
      await page.keyboard.press('Space');
      await expect(step.action(2)).toBeHidden();
      await expect(step.toggle('actions', 2)).toHaveAttribute('aria-expanded', 'false');
      // Reordering by keyboard changes the stored order (the move buttons show on the open entry).
      await step.toggle('actions', 1).focus();
      await page.keyboard.press('Enter');
      await expect(step.action(1)).toBeVisible();
      await step.entryButton(m.common.list.moveDown, `${fill(t.actionLegend, { number: 1 })}: Webinar`).focus();
      await page.keyboard.press('Enter');
      await expect(step.summaries()).toContainText(['Affiches', 'Webinar', 'Coaching']);
      await expectStored(
        page,
        'action',
        (data) => JSON.stringify((data.actions as { uid: string }[]).map((item) => item.uid)) === '["a-2","a-1","a-3"]',
      );
      // The timeline scale is a radio group: arrow keys move between month and quarter.
      await page.getByRole('radio', { name: t.scaleMonth }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: t.scaleQuarter })).toBeChecked();
      // The wide chart scrolls by keyboard: it takes focus.
      await page.getByRole('region', { name: t.chartLabel }).focus();
      await expect(page.getByRole('region', { name: t.chartLabel })).toBeFocused();
      // An action without dates is listed as not planned yet.
      await expect(page.getByRole('heading', { name: t.unplannedHeading })).toBeVisible();
      expect(await axeViolations(page), 'filtered and sorted').toEqual([]);
    });

    test('an empty or incomplete step says what to do, links to earlier steps, and has no axe violations', async ({
      page,
    }) => {
      const { draft, step } = await openActionStep(page, locale);
      const roles = m.steps.roles.title;
      await expect(page.getByText(fill(t.noStrategic, { step: m.steps.toBe.title }))).toBeVisible();
      await page.getByText(m.stepPage.guidanceHeading).click();
      expect(await axeViolations(page), 'empty step').toEqual([]);

      await draft.saveAndContinue();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.objectivesRequired,
        t.errors.actionsRequired,
        t.errors.communicationRequired,
      ]);
      expect(await axeViolations(page), 'with errors').toEqual([]);

      await page.getByRole('button', { name: t.addAction }).click();
      const card = step.action(1);
      await expect(card.getByText(fill(t.noStakeholders, { step: roles }))).toBeVisible();
      await card.getByLabel(`${t.start} ${m.common.optional}`).fill('2027-09');
      await card.getByLabel(`${t.end} ${m.common.optional}`).fill('2027-03');
      await step.toggle('actions', 1).click();
      await expect(card).toBeHidden();
      await draft.saveAndContinue();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.objectivesRequired,
        t.errors.titleRequired,
        t.errors.endBeforeStart,
        t.errors.communicationRequired,
      ]);
      await summary.getByRole('link', { name: t.errors.endBeforeStart }).click();
      await expect(card.getByLabel(`${t.end} ${m.common.optional}`)).toBeFocused();
      expect(await axeViolations(page), 'action with errors').toEqual([]);

      await page
        .getByRole('link', { name: fill(t.goToStep, { step: roles }) })
        .first()
        .click();
      await draft.expectOnStep('roles');
    });

    test('deleting an objective or action that step 7 measures asks first, then clears those links', async ({
      page,
    }) => {
      const { step } = await openActionStep(page, locale, {
        ...seedLinks[locale],
        action: {
          operationalObjectives: [{ uid: 'op-1', name: 'Doel', description: '', strategicObjectives: ['so-gone'] }],
          actions: [
            action('a-1', 'Webinar', { objectives: ['op-1'], owner: 's-gone', budgetLine: 'b-gone', budget: 1250.5 }),
            action('a-2', 'Affiches', { objectives: ['op-1'] }),
          ],
        },
        measure: { indicators: [{ uid: 'i-1', name: 'Deelname', objectives: ['op-1'], actions: ['a-1'] }] },
      });
      // Links to entities deleted elsewhere read as not linked.
      await expect(step.summary(1)).toContainText(t.noOwner);
      await expect(step.summary(1)).toContainText(formatMoney(1250.5, locale));
      const card = await step.openAction(1);
      await expect(
        card.getByRole('combobox', { name: `${t.owner} ${m.common.optional}` }).locator('option:checked'),
      ).toHaveText(t.ownerPlaceholder);
      await expect(
        card.getByRole('combobox', { name: `${t.budgetLine} ${m.common.optional}` }).locator('option:checked'),
      ).toHaveText(t.budgetLinePlaceholder);

      const removeAction = step.entryButton(m.common.list.remove, `${fill(t.actionLegend, { number: 1 })}: Webinar`);
      await removeAction.click();
      const dialog = page.getByRole('dialog', { name: fill(t.deleteActionTitle, { name: 'Webinar' }) });
      await expect(dialog).toContainText('Deelname');
      expect(await axeViolations(page), 'confirmation').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(step.summaries()).toHaveCount(2);
      await removeAction.click();
      await dialog.getByRole('button', { name: t.deleteConfirm }).click();
      await expect(step.summaries()).toHaveCount(1);
      await expectStored(page, 'measure', (data) => {
        const indicator = (data.indicators as { actions: string[] }[])[0];
        return indicator?.actions.length === 0;
      });

      await step.openObjective(1);
      await step.entryButton(m.common.list.remove, fill(t.objectiveLegend, { number: 1 })).click();
      await page
        .getByRole('dialog', { name: fill(t.deleteObjectiveTitle, { name: 'Doel' }) })
        .getByRole('button', { name: t.deleteConfirm })
        .click();
      await expectStored(page, 'measure', (data) => {
        const indicator = (data.indicators as { objectives: string[] }[])[0];
        return indicator?.objectives.length === 0;
      });
      // The remaining action no longer serves the deleted objective.
      await expectStored(
        page,
        'action',
        (data) =>
          JSON.stringify((data.actions as { objectives: string[] }[]).map((item) => item.objectives)) === '[[]]',
      );
    });
  });
}

test('a plan with 200 actions stays usable: collapsed cards, filter, timeline table', async ({ page }) => {
  const t = messages.nl.steps.action;
  const many = Array.from({ length: 200 }, (_, i) =>
    action(`a-${i}`, `Actie nummer ${i + 1}`, {
      status: i % 4 === 0 ? 'done' : 'planned',
      start: `2027-${String((i % 12) + 1).padStart(2, '0')}`,
    }),
  );
  const { step } = await openActionStep(page, 'nl', { action: { actions: many } });
  await expect(step.summaries()).toHaveCount(200);
  // Only summaries are rendered: no fields until a card is opened.
  await expect(page.getByRole('textbox', { name: t.actionTitle, exact: true })).toHaveCount(0);
  await step.openView();
  await step.filter(t.filterStatus).selectOption({ label: actionStatusLabels.nl.done.label });
  await expect(step.showing()).toHaveText(fill(t.showing, { shown: 50, total: 200 }));
  await expect(step.summaries()).toHaveCount(50);
  await expect(step.timelineTable().getByRole('row')).toHaveCount(201);
  await step.openAction(5);
  const title = step.action(5).getByRole('textbox', { name: t.actionTitle, exact: true });
  await expect(title).toHaveValue('Actie nummer 5');
  // Typing in one of 200 cards shows in its summary and on the timeline; its neighbours stay as they were.
  await title.press('End');
  await title.pressSequentially(' bis');
  await expect(step.summary(5)).toContainText('Actie nummer 5 bis');
  await expect(step.summary(9)).toContainText('Actie nummer 9');
  await expect(step.summary(9)).not.toContainText('bis');
  await expect(step.timelineTable().getByRole('rowheader', { name: 'Actie nummer 5 bis', exact: true })).toHaveCount(1);
  await expect(step.timelineTable().getByRole('rowheader', { name: 'Actie nummer 9', exact: true })).toHaveCount(1);
});
