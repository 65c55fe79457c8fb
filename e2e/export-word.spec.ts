import { readDocx, wellFormed } from '../testing/readBackDocx';
import { axeViolations, expect, test } from './fixtures';
import { draftWithMission, ExportPanel } from './pages/ExportPanel';
import { messages, type Locale } from './pages/messages';
import { exampleSteps } from './pages/ReviewPage';
import { seedSteps } from './pages/seed';

const EXAMPLES: Record<Locale, { organisation: string; mission: string }> = {
  nl: { organisation: 'Agentschap Groen Erfgoed', mission: 'Wij beheren historische parken & domeinen <zorgvuldig>.' },
  fr: {
    organisation: 'Bruxelles Mobilité Services',
    mission: 'Nous faisons avancer la mobilité à Bruxelles <ensemble> & sereinement.',
  },
};
const TAGS: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE' };

for (const ui of ['nl', 'fr'] as const) {
  const other: Locale = ui === 'nl' ? 'fr' : 'nl';

  test(`exports the draft as an editable Word document in both languages (${ui} UI)`, async ({ page }) => {
    const exporter = new ExportPanel(page, ui);
    const { organisation, mission } = EXAMPLES[ui];
    const name = `Plan welzijn ${ui}`;
    await draftWithMission(page, ui, { name, organisation, mission });

    await expect(exporter.section().getByRole('button', { name: exporter.m.buttonWord, exact: true })).toBeVisible();
    const first = await exporter.export('docx');
    expect(first.download.suggestedFilename()).toMatch(
      new RegExp(
        `^${organisation.replace('é', 'e').replaceAll(' ', '-')}_Plan-welzijn-${ui}_\\d{4}-\\d{2}-\\d{2}\\.docx$`,
      ),
    );
    await expect(exporter.section().getByRole('status')).toHaveText(
      exporter.m.doneWord.replace('{file}', first.download.suggestedFilename()),
    );
    expect(await axeViolations(page)).toEqual([]);

    const own = readDocx(first.bytes);
    const doc = messages[ui].export.doc;
    expect(wellFormed(own.document)).toBeNull();
    expect(own.core).toContain(`<dc:title>${name}</dc:title>`);
    expect(own.core).toContain(`<dc:language>${TAGS[ui]}</dc:language>`);
    expect(own.styles).toContain(`<w:lang w:val="${TAGS[ui]}"/>`);
    expect(own.headings.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(
      `1. ${messages[ui].steps.why.title}`,
    );
    expect(own.headings.at(-1)?.text).toBe(doc.approval.title);
    expect(own.text).toContain(mission);
    expect(own.text).toContain(doc.status.draft);
    expect(own.text).not.toContain(messages[other].export.doc.approval.signature);

    // A final version needs the golden thread tied (no blocking check): the worked example's later steps.
    const { why: _why, ...later } = exampleSteps(ui);
    await seedSteps(page, later);
    await exporter.choose(other, 'final');
    const second = await exporter.export('docx');
    const translated = readDocx(second.bytes);
    const otherDoc = messages[other].export.doc;
    expect(translated.core).toContain(`<dc:language>${TAGS[other]}</dc:language>`);
    expect(translated.styles).not.toContain(TAGS[ui]);
    expect(translated.text).toContain(otherDoc.status.final);
    expect(translated.headings.at(-1)?.text).toBe(otherDoc.approval.title);
    expect(translated.headings.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(
      `1. ${messages[other].steps.why.title}`,
    );
    // The user's text stays as typed, markup characters included.
    expect(translated.text).toContain(mission);
    expect(translated.text).not.toContain(doc.approval.signature);

    // The PDF export beside it still works, with the same choices.
    const pdf = await exporter.export('pdf');
    expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });
}
