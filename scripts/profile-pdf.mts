// Renders the large fixture N times in Node and prints each time (for profiling; not a test).
// Usage: npx tsx scripts/profile-pdf.mts [nl|fr] [runs] [out.pdf]
import { writeFileSync } from 'node:fs';
import { largeDraft } from '../lib/export/fixtures';
import { renderPdfInNode } from '../lib/export/pdf/node';

const [locale = 'nl', runsArg = '5', out] = process.argv.slice(2);
if (locale !== 'nl' && locale !== 'fr') throw new Error(`Unknown language: ${locale}`);
const draft = largeDraft(locale);
const times: number[] = [];
let bytes: Buffer | undefined;
for (let run = 0; run < Number(runsArg); run += 1) {
  const started = performance.now();
  bytes = await renderPdfInNode({ draft, locale, options: { status: 'draft', date: '2026-11-23' } });
  times.push(Math.round(performance.now() - started));
}
if (out && bytes) writeFileSync(out, bytes);
const sorted = [...times].sort((a, b) => a - b);
console.log(`${locale}: ${times.join(' ')} ms; median ${sorted[Math.floor(sorted.length / 2)]}; rest median ${[...times.slice(1)].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]}`);
