// Renders the test drafts as PDFs into a folder, twice each (for scripts/check-patches.mjs).
// Usage: tsx scripts/render-fixtures.mts <folder>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followedUpDraft, halfDraft, hostileDraft, largeDraft } from '../testing/fixtures';
import { renderPdfInNode } from '../lib/export/pdf/node';

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('Usage: tsx scripts/render-fixtures.mts <folder>');
mkdirSync(folder, { recursive: true });
const FIXTURES = { large: largeDraft, followed: followedUpDraft, hostile: hostileDraft, half: halfDraft };
for (const locale of ['nl', 'fr'] as const) {
  for (const [name, make] of Object.entries(FIXTURES)) {
    const draft = make(locale);
    // The second render of each draft takes the lines the first one kept.
    for (const run of [1, 2]) {
      const bytes = await renderPdfInNode({ draft, locale, options: { status: 'draft', date: '2026-11-23' } });
      writeFileSync(join(folder, `${locale}-${name}-${run}.pdf`), bytes);
    }
  }
}
