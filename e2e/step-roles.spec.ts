import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { entryToggle, openEntry } from './pages/example';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { rolesAnswers, RolesStep } from './pages/RolesStep';

const engagement = {
  nl: { manageClosely: 'Nauw betrekken', keepSatisfied: 'Tevreden houden', keepInformed: 'Goed informeren' },
  fr: { manageClosely: 'Associer étroitement', keepSatisfied: 'Tenir satisfait', keepInformed: 'Tenir informé' },
} as const;

/** The start of "task is sound" (the rest is an ICU plural). */
const okText = (locale: 'nl' | 'fr') => messages[locale].steps.roles.raciOk.split('{')[0]!.trim();

interface StoredDraft {
  steps: {
    roles: { stakeholders: { uid: string }[] };
    action: { actions: { uid: string; title: string; owner: string | null }[] };
  };
}

/** Reads the stored draft record straight from IndexedDB, or replaces it when `record` is given. */
function storedDraft(page: Page, uid: string, record?: StoredDraft): Promise<StoredDraft> {
  return page.evaluate(
    async ([key, replacement]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('welzijnskompas');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
      const request = replacement ? store.put(replacement, key) : store.get(key);
      return new Promise<StoredDraft>((resolve, reject) => {
        request.onsuccess = () => resolve(replacement ?? request.result);
        request.onerror = () => reject(request.error);
      });
    },
    [uid, record] as const,
  );
}

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`step 3, roles (${locale})`, () => {
    test('fill stakeholders, grid, RACI and support; reload; every value and the matrices restored', async ({
      page,
    }) => {
      const m = messages[locale];
      const t = m.steps.roles;
      const answers = rolesAnswers[locale];
      const [board, hr, physician, own] = answers.stakeholders;
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      const roles = new RolesStep(page, locale);
      await home.goto();
      await home.createDraft('Plan', 'Org');
      await draft.openStep('roles');
      await expect(roles.raciRegion()).toHaveCount(0);
      await expect(page.getByText(t.raciNeedsStakeholders)).toBeVisible();

      await roles.fill(answers);
      // An actor already in the list is no longer offered in the catalogue.
      await expect(page.getByRole('checkbox', { name: hr!.actor, exact: true })).toHaveCount(0);
      // Each stakeholder says how to engage it.
      await openEntry(page, 'stakeholders', 3);
      await expect(roles.stakeholder(2)).toContainText(
        fill(t.engagement, { label: engagement[locale].keepSatisfied, hint: '' }).trim(),
      );

      // The grid names each stakeholder in its quadrant, by its actor alone while no other shares it.
      await expect(roles.quadrant(engagement[locale].manageClosely).getByRole('listitem')).toHaveText([
        board!.actor,
        hr!.actor,
      ]);
      await expect(roles.quadrant(engagement[locale].keepSatisfied).getByRole('listitem')).toHaveText([
        physician!.actor,
      ]);
      await expect(roles.quadrant(engagement[locale].keepInformed).getByRole('listitem')).toHaveText([
        own!.customName!,
      ]);
      // Every task passes the RACI check, in words.
      for (const task of [...answers.suggestedTasks, answers.ownTask]) {
        await expect(roles.raciRow(task)).toContainText(okText(locale));
      }

      await draft.expectSaved();
      await page.reload();
      await draft.expectOnStep('roles');
      await roles.expectValues(answers);
      await expect(roles.quadrant(engagement[locale].keepInformed).getByRole('listitem')).toHaveText([
        own!.customName!,
      ]);
      await page.getByText(t.gridTableSummary).click();
      await expect(roles.gridTable().getByRole('row').filter({ hasText: physician!.name })).toContainText(
        engagement[locale].keepSatisfied,
      );

      await draft.saveAndContinue();
      await draft.expectOnStep('toBe');
      await draft.backToOverview();
      await expect(draft.stepStatus('roles')).toHaveText(m.status.completed);
    });

    test('grid and RACI matrix by keyboard; checks in words; errors link to the matrix; axe', async ({ page }) => {
      const m = messages[locale];
      const t = m.steps.roles;
      const answers = rolesAnswers[locale];
      const [board, hr] = answers.stakeholders;
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      const roles = new RolesStep(page, locale);
      await home.goto();
      await home.createDraft('Toetsenbord', 'Org');
      await draft.openStep('roles');
      await page.getByText(m.stepPage.guidanceHeading).click();
      expect(await axeViolations(page), 'empty step').toEqual([]);

      // Pick two actors from the catalogue with the keyboard.
      await page.getByRole('checkbox', { name: board!.actor, exact: true }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('checkbox', { name: hr!.actor, exact: true }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: t.catalogueAdd }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: board!.actor })).toBeVisible();
      await expect(roles.stakeholderName(1)).toHaveText(hr!.actor);

      // Place the first stakeholder on the grid with the arrow keys (its entry opened by keyboard first).
      await entryToggle(page, 'stakeholders', 1).focus();
      await page.keyboard.press('Enter');
      await expect(entryToggle(page, 'stakeholders', 1)).toHaveAttribute('aria-expanded', 'true');
      const first = roles.stakeholder(0);
      await roles.radio(first, 'influence', board!.influence).focus();
      await page.keyboard.press('Space');
      await roles.radio(first, 'interest', answers.stakeholders[2]!.interest).focus();
      await page.keyboard.press('Space');
      await expect(roles.quadrant(engagement[locale].keepSatisfied).getByRole('listitem')).toHaveText([board!.actor]);
      await page.keyboard.press('ArrowRight');
      await expect(roles.radio(first, 'interest', board!.interest)).toBeChecked();
      await expect(roles.quadrant(engagement[locale].manageClosely).getByRole('listitem')).toHaveText([board!.actor]);
      await expect(roles.quadrant(engagement[locale].keepSatisfied).getByRole('listitem')).toHaveCount(0);

      // A task, and nobody in charge yet: the row says what is missing.
      await roles.pickTasks([answers.suggestedTasks[0]!]);
      const task = answers.suggestedTasks[0]!;
      await expect(roles.raciRow(task)).toContainText(t.errors.accountableMissing);
      await expect(roles.raciRow(task)).toContainText(t.errors.responsibleMissing);

      await draft.saveAndContinue();
      const summary = page.getByRole('alert').filter({ hasText: m.stepPage.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.influenceRequired,
        t.errors.interestRequired,
        t.errors.accountableMissing,
        t.errors.responsibleMissing,
        t.errors.participationRequired,
      ]);
      expect(await axeViolations(page), 'with errors').toEqual([]);

      // The error link leads into the matrix row; the matrix works by keyboard.
      await summary.getByRole('link', { name: t.errors.accountableMissing }).click();
      await expect(roles.raciRow(task).getByText(t.errors.accountableMissing)).toBeFocused();
      await page.keyboard.press('Tab');
      const boardCell = roles.raciCell(task, board!.actor);
      await expect(boardCell).toBeFocused();
      await page.keyboard.press('a');
      await expect(boardCell.locator('option:checked')).toHaveText(answers.raci[1]!.role);
      await page.keyboard.press('Tab');
      await expect(roles.raciCell(task, hr!.actor)).toBeFocused();
      await page.keyboard.press('r');
      await expect(roles.raciRow(task)).toContainText(okText(locale));
      await expect(summary.getByRole('link')).toHaveText([
        t.errors.influenceRequired,
        t.errors.interestRequired,
        t.errors.participationRequired,
      ]);
      // A second Accountable is flagged in words.
      await roles.raciCell(task, hr!.actor).selectOption({ label: answers.raci[1]!.role });
      await expect(roles.raciRow(task)).toContainText(t.errors.accountableTooMany);

      // The scroll container of the matrix is reachable by keyboard.
      await roles.raciRegion().focus();
      await expect(roles.raciRegion()).toBeFocused();
      await draft.expectOnStep('roles');
    });

    test('removing a stakeholder clears its RACI roles; undo brings both back', async ({ page }) => {
      const t = messages[locale].steps.roles;
      const answers = rolesAnswers[locale];
      const [board, hr] = answers.stakeholders;
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      const roles = new RolesStep(page, locale);
      const list = messages[locale].common.list;
      await home.goto();
      await home.createDraft('Verwijderen', 'Org');
      await draft.openStep('roles');
      await roles.pickActors([board!.actor, hr!.actor]);
      const task = answers.suggestedTasks[0]!;
      await roles.pickTasks([task]);
      await roles.raciCell(task, board!.actor).selectOption({ label: answers.raci[1]!.role });
      await roles.raciCell(task, hr!.actor).selectOption({ label: answers.raci[0]!.role });

      await roles.openStakeholder(1);
      await expect(roles.removeButton(1)).toContainText(hr!.actor);
      await roles.removeButton(1).click();
      await expect(page.getByText(fill(list.removed, { name: hr!.actor }))).toBeVisible();
      await expect(roles.raciCell(task, hr!.actor)).toHaveCount(0);
      await expect(roles.raciRow(task)).toContainText(t.errors.responsibleMissing);
      await page.getByRole('button', { name: list.undo }).click();
      await expect(roles.stakeholderName(1)).toHaveText(hr!.actor);
      await expect(roles.raciCell(task, hr!.actor).locator('option:checked')).toHaveText(answers.raci[0]!.role);
      await expect(roles.raciRow(task)).not.toContainText(t.errors.responsibleMissing);
    });
  });
}

test('a stakeholder that step 6 refers to is removed only after confirmation, and the link is cleared', async ({
  page,
}) => {
  const t = messages.nl.steps.roles;
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  const roles = new RolesStep(page, 'nl');
  const hr = rolesAnswers.nl.stakeholders[1]!;
  await home.goto();
  await home.createDraft('Koppeling', 'Org');
  await draft.openStep('roles');
  await roles.pickActors([hr.actor]);
  await draft.expectSaved();

  // Step 6 is not built yet: give one of its actions this stakeholder as owner, in storage.
  const draftUid = new URL(page.url()).searchParams.get('d')!;
  const stored = await storedDraft(page, draftUid);
  const owner = stored.steps.roles.stakeholders[0]!.uid;
  stored.steps.action.actions = [{ uid: 'a1', title: 'Teamgesprekken over werkdruk', owner }];
  await storedDraft(page, draftUid, stored);
  await page.reload();
  await draft.expectOnStep('roles');

  await roles.removeButton(0).click();
  const dialog = page.getByRole('dialog', { name: fill(t.removeTitle, { name: hr.actor }) });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(
    fill(t.removeReference, { step: messages.nl.steps.action.title, text: 'Teamgesprekken over werkdruk' }),
  );
  expect(await axeViolations(page), 'confirmation').toEqual([]);
  await dialog.getByRole('button', { name: messages.nl.common.cancel }).click();
  await expect(roles.stakeholder(0)).toBeVisible();

  await roles.removeButton(0).click();
  await dialog.getByRole('button', { name: t.removeConfirm }).click();
  const removed = fill(t.removedFinal, { name: hr.actor }).split(';')[0]!;
  await expect(page.getByRole('status').filter({ hasText: removed })).toBeVisible();
  await expect(page.getByRole('button', { name: messages.nl.common.list.undo })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.addStakeholder })).toBeFocused();
  await expect(page.getByText(t.noStakeholders)).toBeVisible();

  // The action keeps existing, without an owner.
  await expect
    .poll(async () => (await storedDraft(page, draftUid)).steps.action.actions.map((action) => action.owner))
    .toEqual([null]);
});
