// Renders the large fixture N times in Node and prints wall and CPU time per render (not a test).
// CPU time (user + system of this process) is steadier than wall time on a busy machine.
// Usage: npx tsx scripts/profile-pdf.mts [nl|fr] [runs] [out.pdf]; profile: node --cpu-prof --import tsx scripts/profile-pdf.mts
import { writeFileSync } from 'node:fs';
import { largeDraft } from '../testing/fixtures';
import { renderPdfInNode } from '../lib/export/pdf/node';

const [locale = 'nl', runsArg = '5', out] = process.argv.slice(2);
if (locale !== 'nl' && locale !== 'fr') throw new Error(`Unknown language: ${locale}`);
const draft = largeDraft(locale);
const wall: number[] = [];
const cpu: number[] = [];
let bytes: Buffer | undefined;
for (let run = 0; run < Number(runsArg); run += 1) {
  const started = performance.now();
  const usage = process.cpuUsage();
  bytes = await renderPdfInNode({ draft, locale, options: { status: 'draft', date: '2026-11-23' } });
  const used = process.cpuUsage(usage);
  wall.push(Math.round(performance.now() - started));
  cpu.push(Math.round((used.user + used.system) / 1000));
}
if (out && bytes) writeFileSync(out, bytes);
/** Median of the runs after the first (the first loads modules and warms the JIT). */
const warm = (values: number[]) => [...values.slice(1)].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const least = (values: number[]) => Math.min(...values.slice(1));
console.log(
  `${locale}: wall ${wall.join(' ')} ms (warm median ${warm(wall)}, min ${least(wall)}); ` +
    `cpu ${cpu.join(' ')} ms (warm median ${warm(cpu)}, min ${least(cpu)})`,
);
