import { writeFileSync } from 'node:fs';
import { largeDraft } from './fixtures';
import { renderPdfInNode } from './pdf/node';
async function main() {
  for (const locale of ['nl'] as const) {
    const t0 = Date.now();
    try {
      const buf = await renderPdfInNode({ draft: largeDraft(locale), locale, options: { status: 'final', date: '2026-11-23' } });
      writeFileSync(`/tmp/large-${locale}.pdf`, buf);
      console.log(locale, 'ok', buf.length, Date.now() - t0);
    } catch (e) { console.log(locale, 'ERR', String(e).slice(0, 100), Date.now() - t0); }
  }
}
void main();
