import { actorLabels } from '../content/reference/roles';
import { formatDate } from '../lib/format';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { actionOn, MeasureStep } from './pages/MeasureStep';
import { fill, messages } from './pages/messages';
import { seedMeasure, type MeasureSeed } from './pages/seedMeasure';

/** "Today" in these tests: the legal cycle depends on it. */
const TODAY = new Date('2026-05-01T10:00:00+02:00');

const seeds: Record<'nl' | 'fr', MeasureSeed> = {
  nl: {
    lastRiskAnalysis: '2020-06-15',
    stakeholders: [
      { uid: 's-hr', actor: 'hr', who: 'Els Peeters' },
      { uid: 's-pa', actor: 'prevention-adviser-psychosocial', who: 'Karim Haddad' },
    ],
    strategicObjectives: [{ uid: 'so-1', name: 'Minder ziekteverzuim door werkbaar werk' }],
    operationalObjectives: [{ uid: 'oo-1', name: 'Kwartaalgesprekken in elke dienst' }],
    actions: [
      { uid: 'a-1', title: 'Veerkrachtcoaching' },
      { uid: 'a-2', title: 'Opleiding coachend leidinggeven' },
    ],
  },
  fr: {
    lastRiskAnalysis: '2020-06-15',
    stakeholders: [
      { uid: 's-hr', actor: 'hr', who: 'Sophie Lambert' },
      { uid: 's-pa', actor: 'prevention-adviser-psychosocial', who: 'Youssef Amrani' },
    ],
    strategicObjectives: [{ uid: 'so-1', name: 'Réduire l’absentéisme des équipes de nuit' }],
    operationalObjectives: [{ uid: 'oo-1', name: 'Intervision mensuelle dans chaque équipe' }],
    actions: [
      { uid: 'a-1', title: 'Soutien psychosocial externe' },
      { uid: 'a-2', title: 'Formation des chefs d’équipe' },
    ],
  },
};

const answers = {
  nl: {
    baseline: '6,8 % (2025)',
    target: '6,2 % in 2028, naast het gemiddelde van de Vlaamse overheid',
    own: { name: 'Bereik van de coaching in de buitenploegen', source: 'Registratie van de coaches' },
    reviews: [
      {
        date: '2027-03-15',
        title: 'Verzuimcijfers bespreken met de stuurgroep',
        participants: 'Stuurgroep, preventieadviseur',
      },
      { date: '2026-06-10', title: 'Start van de coaching opvolgen', participants: 'HR en ploegleiders' },
    ],
    notes: 'Focusgroepen in de pilotregio’s inplannen.',
  },
  fr: {
    baseline: '6,5 % (2025)',
    target: '6,0 % en 2028, comparé à la moyenne régionale',
    own: { name: 'Portée du soutien auprès des équipes de nuit', source: 'Registre du prestataire' },
    reviews: [
      {
        date: '2027-03-15',
        title: 'Examiner les chiffres d’absence au comité de pilotage',
        participants: 'Comité de pilotage, conseiller en prévention',
      },
      { date: '2026-06-10', title: 'Suivre le lancement du soutien', participants: 'RH et chefs d’équipe' },
    ],
    notes: 'Prévoir des groupes de discussion dans les équipes pilotes.',
  },
};

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 7 (${locale})`, () => {
    const m = messages[locale];

    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(TODAY);
    });

    async function openMeasure(page: import('@playwright/test').Page, seed?: MeasureSeed) {
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await home.createDraft('Meten', 'Org');
      if (seed) await seedMeasure(page, seed);
      await draft.openStep('measure');
      return { draft, measure: new MeasureStep(page, locale) };
    }

    test('pick from the catalogue, add own indicators and review moments, link them; reload restores all', async ({
      page,
    }) => {
      const seed = seeds[locale];
      const a = answers[locale];
      const { draft, measure } = await openMeasure(page, seed);
      const t = measure.t;
      const owner = `${actorLabels[locale].hr.label} — ${seed.stakeholders![0]!.who}`;

      // From the catalogue: name and definition prefilled in this language, level and frequency suggested.
      await measure.pickFromCatalogue('absence-percentage');
      const first = measure.indicator(0);
      await expect(measure.textbox(first, t.name)).toBeFocused();
      await expect(measure.textbox(first, t.name)).toHaveValue(measure.catalogueName('absence-percentage'));
      await expect(measure.textbox(first, t.definition, true)).toHaveValue(
        measure.catalogueDefinition('absence-percentage'),
      );
      await expect(measure.level(first, 'team')).toBeChecked();
      await expect(measure.frequency(first).locator('option:checked')).toHaveText(measure.frequencyLabel('quarterly'));
      // No default target.
      await expect(measure.textbox(first, t.target, true)).toHaveValue('');
      await measure.textbox(first, t.baseline, true).fill(a.baseline);
      await measure.textbox(first, t.target, true).fill(a.target);
      await measure.owner(first).selectOption({ label: owner });
      await first.getByRole('checkbox', { name: seed.strategicObjectives![0]!.name }).check();
      await first.getByRole('checkbox', { name: seed.operationalObjectives![0]!.name }).check();
      await first.getByRole('checkbox', { name: seed.actions![1]!.title }).check();

      // An own indicator.
      await measure.addOwnIndicator();
      const second = measure.indicator(1);
      await expect(measure.textbox(second, t.name)).toBeFocused();
      await measure.textbox(second, t.name).fill(a.own.name);
      await measure.level(second, 'individual').check();
      await measure.frequency(second).selectOption({ label: measure.frequencyLabel('half-yearly') });
      await measure.textbox(second, t.source, true).fill(a.own.source);
      await second.getByRole('checkbox', { name: seed.actions![0]!.title }).check();

      // The policy cycle: the planned five-year rhythm of the risk analysis has passed (last one 15 June 2020), so it is
      // to be planned (never "overdue": the law sets no term); the action plan is due at the latest on 1 November.
      await expect(measure.legalReminder('risk-analysis')).toContainText(t.legalStatus.replan);
      await expect(measure.legalReminder('risk-analysis')).toContainText(formatDate('2025-06-15', locale));
      await expect(measure.legalReminder('annual-action-plan')).toContainText(formatDate('2026-11-01', locale));
      await measure.addLegalButton('annual-action-plan').click();
      await expect(measure.legalReminder('annual-action-plan')).toContainText(t.inCalendar);
      await expect(measure.addLegalButton('annual-action-plan')).toHaveCount(0);
      const legal = measure.review(0);
      await expect(measure.reviewDate(legal)).toHaveValue('2026-10-31');
      await expect(measure.textbox(legal, t.reviewTitle)).toHaveValue(measure.legalLabels('annual-action-plan').title);

      // Own review moments, entered out of date order.
      for (const [index, review] of a.reviews.entries()) {
        await page.getByRole('button', { name: t.addReview }).click();
        const entry = measure.review(index + 1);
        await measure.reviewDate(entry).fill(review.date);
        await measure.phase(entry, index === 0 ? 'check' : 'do').check();
        await measure.textbox(entry, t.reviewTitle).fill(review.title);
        await measure.textbox(entry, t.reviewParticipants, true).fill(review.participants);
      }
      const legalTitle = measure.legalLabels('annual-action-plan').title;
      await measure.expectTimeline(2026, [a.reviews[1]!.title, legalTitle]);
      await measure.expectTimeline(2027, [a.reviews[0]!.title]);
      await expect(measure.timeline(2027)).toContainText(formatDate('2027-03-15', locale));
      await draft.notes().fill(a.notes);
      expect(await axeViolations(page), 'step 7 filled').toEqual([]);

      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('measure');
      await expect(measure.indicators()).toHaveCount(2);
      // One entry per list is open at a time: open each to read its fields.
      await measure.openIndicator(0);
      await expect(measure.textbox(first, t.name)).toHaveValue(measure.catalogueName('absence-percentage'));
      await expect(first).toContainText(fill(t.fromCatalogue, { name: measure.catalogueName('absence-percentage') }));
      await expect(measure.textbox(first, t.baseline, true)).toHaveValue(a.baseline);
      await expect(measure.textbox(first, t.target, true)).toHaveValue(a.target);
      await expect(measure.owner(first).locator('option:checked')).toHaveText(owner);
      await expect(first.getByRole('checkbox', { name: seed.strategicObjectives![0]!.name })).toBeChecked();
      await expect(first.getByRole('checkbox', { name: seed.operationalObjectives![0]!.name })).toBeChecked();
      await expect(first.getByRole('checkbox', { name: seed.actions![0]!.title })).not.toBeChecked();
      await expect(first.getByRole('checkbox', { name: seed.actions![1]!.title })).toBeChecked();
      await measure.openIndicator(1);
      await expect(measure.textbox(second, t.name)).toHaveValue(a.own.name);
      await expect(measure.level(second, 'individual')).toBeChecked();
      await expect(measure.frequency(second).locator('option:checked')).toHaveText(
        measure.frequencyLabel('half-yearly'),
      );
      await expect(measure.textbox(second, t.source, true)).toHaveValue(a.own.source);
      await expect(second.getByRole('checkbox', { name: seed.actions![0]!.title })).toBeChecked();
      await expect(measure.reviews()).toHaveCount(3);
      await measure.openReview(1);
      await expect(measure.reviewDate(measure.review(1))).toHaveValue(a.reviews[0]!.date);
      await expect(measure.phase(measure.review(1), 'check')).toBeChecked();
      await measure.openReview(2);
      await expect(measure.textbox(measure.review(2), t.reviewParticipants, true)).toHaveValue(
        a.reviews[1]!.participants,
      );
      await measure.expectTimeline(2026, [a.reviews[1]!.title, legalTitle]);
      await expect(measure.legalReminder('annual-action-plan')).toContainText(t.inCalendar);
      await expect(draft.notes()).toHaveValue(a.notes);

      // The last step ends on "check your answers".
      await page.getByRole('button', { name: m.stepPage.saveAndReview }).click();
      await expect(page.getByRole('heading', { level: 1, name: m.review.title })).toBeVisible();
      await draft.backToOverview();
      await expect(draft.stepStatus('measure')).toHaveText(m.status.completed);
    });

    test('"Save" on an incomplete step shows what to do; axe finds nothing, also with errors', async ({ page }) => {
      const { draft, measure } = await openMeasure(page);
      const t = measure.t;
      expect(await axeViolations(page), 'step 7 empty').toEqual([]);
      await page.getByRole('button', { name: m.stepPage.saveAndReview }).click();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([t.errors.indicatorsRequired, t.errors.reviewsRequired]);
      expect(await axeViolations(page), 'step 7 with errors').toEqual([]);
      await summary.getByRole('link', { name: t.errors.indicatorsRequired }).click();
      await expect(measure.catalogue()).toBeFocused();

      await measure.addOwnIndicator();
      await page.getByRole('button', { name: t.addReview }).click();
      await page.getByRole('button', { name: m.stepPage.saveAndReview }).click();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.nameRequired,
        t.errors.levelRequired,
        t.errors.frequencyRequired,
        t.errors.reviewDateRequired,
        t.errors.reviewTitleRequired,
      ]);
      expect(await axeViolations(page), 'step 7 with entry errors').toEqual([]);
      await draft.expectOnStep('measure');
    });

    test('empty steps 2, 3, 4 and 6 are named, with a link to each', async ({ page }) => {
      const { draft, measure } = await openMeasure(page);
      const t = measure.t;
      for (const text of [t.missing.roles, t.missing.toBe, t.missing.action]) {
        await expect(page.getByText(text).first()).toBeVisible();
      }
      await expect(measure.legalReminder('risk-analysis')).toContainText(t.lastRiskAnalysisUnknown);
      await expect(measure.legalReminder('risk-analysis')).toContainText(t.legalStatus.unknown);
      await expect(measure.goToStepLink(2, m.steps.asIs.title)).toBeVisible();
      await measure.goToStepLink(3, m.steps.roles.title).first().click();
      await draft.expectOnStep('roles');
    });

    test('links to an owner, objective or action deleted elsewhere show as not linked', async ({ page }) => {
      const seed = seeds[locale];
      const { measure } = await openMeasure(page, {
        ...seed,
        measure: {
          indicators: [
            {
              uid: 'i-1',
              catalogue: 'turnover',
              name: 'Verloop',
              owner: 'deleted-stakeholder',
              objectives: ['deleted-objective', 'so-1'],
              actions: ['deleted-action'],
            },
          ],
        },
      });
      const indicator = await measure.openIndicator(0);
      await expect(measure.textbox(indicator, measure.t.name)).toHaveValue('Verloop');
      await expect(measure.owner(indicator).locator('option:checked')).toHaveText(measure.t.ownerPlaceholder);
      await expect(indicator.getByRole('checkbox', { name: seed.strategicObjectives![0]!.name })).toBeChecked();
      await expect(indicator.getByRole('checkbox', { checked: true })).toHaveCount(1);
    });

    test('every control works by keyboard', async ({ page }) => {
      const { measure } = await openMeasure(page, seeds[locale]);
      const t = measure.t;
      // Choose in the catalogue with the arrow keys, add with Enter: focus lands in the new entry.
      await measure.catalogue().focus();
      await page.keyboard.press('ArrowDown');
      await expect(measure.catalogue().locator('option:checked')).toHaveText(
        measure.catalogueName('absence-percentage'),
      );
      await expect(page.getByText(measure.catalogueDefinition('absence-percentage'))).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.addFromCatalogue })).toBeFocused();
      await page.keyboard.press('Enter');
      const first = measure.indicator(0);
      await expect(measure.textbox(first, t.name)).toBeFocused();
      // Radios move with the arrows, checkboxes toggle with Space, selects change with the arrows.
      await measure.level(first, 'team').focus();
      await page.keyboard.press('ArrowDown');
      await expect(measure.level(first, 'organisation')).toBeChecked();
      const objective = first.getByRole('checkbox', { name: seeds[locale].strategicObjectives![0]!.name });
      await objective.focus();
      await page.keyboard.press('Space');
      await expect(objective).toBeChecked();
      await measure.owner(first).focus();
      await page.keyboard.press('ArrowDown');
      await expect(measure.owner(first).locator('option:checked')).toHaveText(
        `${actorLabels[locale].hr.label} — ${seeds[locale].stakeholders![0]!.who}`,
      );
      // A second entry, then move, remove and undo by keyboard.
      await page.getByRole('button', { name: t.addOwn }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Eigen');
      const name = measure.catalogueName('absence-percentage');
      // The new entry opened and closed the first; its move buttons show once it is open again.
      await expect(measure.indicatorToggle(0)).toHaveAttribute('aria-expanded', 'false');
      await measure.indicatorToggle(0).focus();
      await page.keyboard.press('Enter');
      await expect(measure.indicatorToggle(0)).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('button', { name: actionOn(m.common.list.moveDown, name) }).focus();
      await page.keyboard.press('Enter');
      await expect(measure.textbox(measure.indicator(1), t.name)).toHaveValue(name);
      await page.getByRole('button', { name: actionOn(m.common.list.remove, name) }).focus();
      await page.keyboard.press('Enter');
      await expect(measure.indicators()).toHaveCount(1);
      await expect(page.getByRole('status').filter({ hasText: fill(m.common.list.removed, { name }) })).toBeVisible();
      await page.getByRole('button', { name: m.common.list.undo }).first().focus();
      await page.keyboard.press('Enter');
      await expect(measure.indicators()).toHaveCount(2);
      await expect(measure.textbox(measure.indicator(1), t.name)).toHaveValue(name);
      await expect(
        measure.indicator(1).getByRole('checkbox', { name: seeds[locale].strategicObjectives![0]!.name }),
      ).toBeChecked();
      // Legal moments go into the calendar with Enter; the new moment's date field takes focus.
      await measure.addLegalButton('risk-analysis').focus();
      await page.keyboard.press('Enter');
      // Overdue: no date in the past is suggested; the user plans the new analysis.
      await expect(measure.reviewDate(measure.review(0))).toBeFocused();
      await expect(measure.reviewDate(measure.review(0))).toHaveValue('');
      await measure.phase(measure.review(0), 'check').focus();
      await page.keyboard.press('ArrowRight');
      await expect(measure.phase(measure.review(0), 'act')).toBeChecked();
    });
  });
}
