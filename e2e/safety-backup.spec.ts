import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../lib/draft/envelope';
import { axeViolations, expect, test } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { fill, messages } from './pages/messages';
import { downloadedText, importError, importFile, importInput, pluralOne } from './pages/Safety';

const fixture = (version: number) => readFileSync(`lib/draft/fixtures/v${version}.json`, 'utf8');

for (const locale of ['nl', 'fr'] as const) {
  test.describe(`backups (${locale})`, () => {
    test('export a draft, see when it was backed up, import it back as a new draft', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      const draft = new DraftPage(page, locale);
      await home.goto();
      await home.createDraft('Plan 2027', 'Stad Voorbeeld');
      // A draft without answers gets no nudge; one with answers does, on the overview only.
      await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
      await draft.openStep('roles');
      await draft.notes().fill('Met de preventieadviseur en de vakbonden');
      await expect(page.getByText(m.backup.never)).toHaveCount(0);
      await draft.backToOverview();
      await expect(page.getByTestId('backup-nudge')).toHaveText(m.backup.never);
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.getByText(m.backup.help).first()).toBeVisible();

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: m.backup.exportThis }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^welzijnskompas-plan-2027-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(await downloadedText(download));
      expect(file).toMatchObject({ app: 'welzijnskompas', kind: 'draft', schemaVersion: SCHEMA_VERSION });
      expect(file.drafts[0].steps.roles.notes).toBe('Met de preventieadviseur en de vakbonden');
      await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
      await expect(page.getByTestId('last-backup')).toContainText(m.backup.lastBackup.split('{time}')[0]!);

      // Import the file: a preview first, then a new draft beside the original.
      await home.goto();
      await importFile(page, locale, download.suggestedFilename(), await downloadedText(download));
      const preview = page.getByRole('region', {
        name: fill(m.backup.import.previewHeading, { file: download.suggestedFilename() }),
      });
      await expect(preview.getByRole('rowheader', { name: 'Plan 2027' })).toBeVisible();
      await expect(preview).toContainText('Stad Voorbeeld');
      await expect(preview).toContainText(fill(m.backup.import.filled, { filled: 1, total: 7, completed: 0 }));
      expect(await axeViolations(page)).toEqual([]);
      await expect(home.draftsTable().getByRole('row')).toHaveCount(2);
      await preview.getByRole('button', { name: pluralOne(m.backup.import.confirm) }).click();
      const importedName = fill(m.backup.import.importedName, { name: 'Plan 2027' });
      await expect(home.row(importedName)).toBeVisible();
      await expect(home.row('Plan 2027')).toBeVisible();
      await expect(home.draftsTable().getByRole('row')).toHaveCount(3);
      await home.row(importedName).getByRole('link').click();
      await draft.openStep('roles');
      await expect(draft.notes()).toHaveValue('Met de preventieadviseur en de vakbonden');
    });

    test('a bad file gets a clear message and changes nothing', async ({ page }) => {
      const m = messages[locale];
      const home = new HomePage(page, locale);
      await home.goto();
      await home.createDraft('Bestaand', 'Org');
      await home.goto();
      const current = JSON.parse(fixture(2));
      const cases: [string, string | Buffer, string][] = [
        ['notes.json', 'dit is geen json', m.backup.errors['not-json']],
        ['other.json', JSON.stringify({ app: 'another-app', drafts: [] }), m.backup.errors['not-ours']],
        [
          'future.json',
          JSON.stringify({ app: 'welzijnskompas', kind: 'draft', schemaVersion: 99, drafts: [current] }),
          m.backup.errors['newer-version'],
        ],
        ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32), m.backup.errors['too-large']],
        ['empty.json', '', m.backup.errors.empty],
      ];
      for (const [name, content, message] of cases) {
        await importFile(page, locale, name, content);
        await expect(importError(page, locale)).toContainText(message);
        await expect(importError(page, locale)).toContainText(m.backup.errors.unchanged);
      }
      // Damaged content: the message says which step and which entry.
      const damaged = {
        ...current,
        steps: { ...current.steps, why: { ...current.steps.why, values: [{ uid: 'v1', name: 12 }] } },
      };
      await importFile(page, locale, 'damaged.json', JSON.stringify(damaged));
      const error = importError(page, locale);
      await expect(error).toContainText(m.backup.errors.invalid);
      await expect(error.getByRole('listitem')).toContainText(m.steps.why.title);
      expect(await axeViolations(page)).toEqual([]);
      await expect(error.getByRole('listitem')).toContainText(
        fill(m.backup.errors.fieldItem, { field: m.steps.why.valuesHeading, item: 1 }),
      );
      // Prototype keys are dropped, the draft itself is fine.
      await importFile(
        page,
        locale,
        'proto.json',
        fixture(2).replace('"steps": {', '"__proto__": {"polluted": true}, "steps": {'),
      );
      await expect(page.getByRole('button', { name: pluralOne(m.backup.import.confirm) })).toBeVisible();
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      await page.getByRole('button', { name: m.common.cancel }).click();
      await expect(home.draftsTable().getByRole('row')).toHaveCount(2);
      await page.reload();
      await expect(home.draftsTable().getByRole('row')).toHaveCount(2);
    });
  });
}

test('an old-version fixture (format 1) imported from a file loads with its answers', async ({ page }) => {
  const m = messages.nl;
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  await home.goto();
  await importFile(page, 'nl', 'v1.json', fixture(1));
  await page.getByRole('button', { name: pluralOne(m.backup.import.confirm) }).click();
  await expect(page.getByRole('status').first()).toContainText(
    pluralOne(m.backup.import.imported, { name: 'Welzijnsbeleid 2027–2029' }),
  );
  await home.row('Welzijnsbeleid 2027–2029').getByRole('link').click();
  await expect(draft.stepStatus('why')).toHaveText(m.status.completed);
  await draft.openStep('asIs');
  await expect(draft.notes()).toHaveValue('Gezondheidsweek: 60 deelnemers op 420.');
});

test('files can be dropped on the import area, and all drafts exported at once', async ({ page }) => {
  const m = messages.fr;
  const home = new HomePage(page, 'fr');
  await home.goto();
  await expect(importInput(page, 'fr')).toBeVisible();
  await page.getByTestId('import-drop-zone').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'v2.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, fixture(2));
  await page.getByRole('button', { name: pluralOne(m.backup.import.confirm) }).click();
  await expect(home.row('Welzijnsbeleid 2027–2029')).toBeVisible();
  await home.createDraft('Deuxième', 'Bruxelles Mobilité Services');
  await home.goto();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: m.backup.exportAll }).click();
  const file = JSON.parse(await downloadedText(await downloading));
  expect(file).toMatchObject({ app: 'welzijnskompas', kind: 'drafts', schemaVersion: SCHEMA_VERSION });
  expect(file.drafts.map((draft: { name: string }) => draft.name).sort()).toEqual([
    'Deuxième',
    'Welzijnsbeleid 2027–2029',
  ]);
});
