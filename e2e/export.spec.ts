import { axeViolations, expect, test } from './fixtures';
import { draftWithMission, ExportPanel } from './pages/ExportPanel';
import { HomePage } from './pages/HomePage';
import { messages, type Locale } from './pages/messages';
import { waitUntilOfflineReady } from './pages/Offline';
import { readPdf as read } from './pages/pdf';
import { exampleSteps } from './pages/ReviewPage';
import { seedSteps } from './pages/seed';

const EXAMPLES: Record<Locale, { organisation: string; mission: string }> = {
  nl: { organisation: 'Agentschap Groen Erfgoed', mission: 'Wij beheren historische parken en domeinen.' },
  fr: { organisation: 'Bruxelles Mobilité Services', mission: 'Nous faisons avancer la mobilité à Bruxelles.' },
};

for (const ui of ['nl', 'fr'] as const) {
  const other: Locale = ui === 'nl' ? 'fr' : 'nl';

  test(`exports the draft as a PDF in the UI language and in the other one (${ui} UI)`, async ({ page }) => {
    const exporter = new ExportPanel(page, ui);
    const { organisation, mission } = EXAMPLES[ui];
    const name = `Plan welzijn ${ui}`;
    await draftWithMission(page, ui, { name, organisation, mission });

    // Default: the UI's language, a draft version.
    await expect(exporter.section().getByRole('radio', { name: exporter.m.languages[ui] })).toBeChecked();
    await expect(exporter.section().getByRole('radio', { name: exporter.m.statusDraft })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);

    const first = await exporter.export();
    expect(first.download.suggestedFilename()).toMatch(
      new RegExp(
        `^${organisation.replace('é', 'e').replaceAll(' ', '-')}_Plan-welzijn-${ui}_\\d{4}-\\d{2}-\\d{2}\\.pdf$`,
      ),
    );
    const own = await read(first.bytes);
    const doc = messages[ui].export.doc;
    expect(own.title).toBe(name);
    expect(own.lang).toBe(ui === 'nl' ? 'nl-BE' : 'fr-BE');
    expect(own.text).toContain(mission);
    expect(own.text).toContain(doc.status.draft);
    expect(own.text).toContain(`1. ${messages[ui].steps.why.title}`);
    expect(own.text).not.toContain(messages[other].export.doc.approval.signature);

    // A final version needs the golden thread tied (no blocking check): the worked example's later steps.
    const { why: _why, ...later } = exampleSteps(ui);
    await seedSteps(page, later);
    await exporter.choose(other, 'final');
    const second = await exporter.export();
    const translated = await read(second.bytes);
    expect(translated.lang).toBe(other === 'nl' ? 'nl-BE' : 'fr-BE');
    expect(translated.text).toContain(messages[other].export.doc.status.final);
    expect(translated.text).toContain(messages[other].export.doc.approval.signature);
    expect(translated.text).toContain(`1. ${messages[other].steps.why.title}`);
    // The user's text stays as typed.
    expect(translated.text).toContain(mission);
    expect(translated.text).not.toContain(doc.approval.signature);
  });

  test(`names the characters the PDF cannot show before the download, and where they do show (${ui} UI)`, async ({
    page,
  }) => {
    const exporter = new ExportPanel(page, ui);
    // Greek, Arabic and emoji have fonts; Chinese has none.
    const mission = `${EXAMPLES[ui].mission} Ελένη, مريم, 王小明 👍🏽`;
    await draftWithMission(page, ui, { name: `Plan ${ui}`, organisation: EXAMPLES[ui].organisation, mission });

    const note = exporter.section().getByText(/U\+738B/);
    await expect(note).toContainText('王 (U+738B), 小 (U+5C0F), 明 (U+660E)');
    await expect(note).not.toContainText('Ε');
    const pdfButton = exporter.section().getByRole('button', { name: exporter.m.button, exact: true });
    await expect(pdfButton).toHaveAccessibleDescription(/U\+738B/);
    expect(await axeViolations(page)).toEqual([]);

    const { text } = await read((await exporter.export()).bytes);
    expect(text).toContain('Ελένη');
    expect(text).toContain('👍🏽');
    expect(text).not.toMatch(/[王小明]/);
    expect(text).toContain('\ufffd\ufffd\ufffd');

    // The note's link opens the accessible version, which shows every character.
    await exporter
      .section()
      .getByRole('link', { name: /toegankelijke versie|version accessible/ })
      .click();
    await expect(page.getByText(mission)).toBeVisible();
  });
}

test.describe('offline', () => {
  // This one needs the service worker's precache (blocked by default in playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });

  test('exports after the network dropped (nl)', async ({ page, context }) => {
    const home = new HomePage(page, 'nl');
    const exporter = new ExportPanel(page, 'nl');
    await home.goto();
    await home.createDraft('Offline plan', 'Agentschap Groen Erfgoed');
    // The service worker has precached the export worker, react-pdf and the fonts.
    await waitUntilOfflineReady(page);
    await context.setOffline(true);
    const { bytes } = await exporter.export();
    expect((await read(bytes)).title).toBe('Offline plan');
  });
});
