// Benchmark (not a test): the save path of one keystroke in Node, on drafts of 200 and 600 actions.
// Usage: npx tsx scripts/bench-save-node.mts   (budget: p95 ≤ 30 ms for each size; exits 1 over budget)
//
// Step 6 holds at most 200 actions (MAX_ACTIONS), so a draft of 600 cannot be opened in the app: the
// in-browser bench (bench-save.mjs) stops at 200. This one builds the drafts directly, and runs the same
// code a keystroke runs, with the step schema's list maximums lifted (the entries' schemas are the
// app's own): sanitise and validate (withStepValues: the step schema's safeParse, the typed inputs),
// the synchronous rescue copy (JSON.stringify), and the IndexedDB write (saveDraft: get, revision
// check, structured clone and put; fake-indexeddb stands in for the browser's). React and the
// browser's own IndexedDB are not in it: bench-save.mjs measures those.
import 'fake-indexeddb/auto';
import { z } from 'zod/mini';
import { createDraft, type Draft } from '../lib/draft/envelope';
import { insertDraft, saveDraft } from '../lib/draft/storage';
import { withStepValues } from '../lib/draft/update';
import { benchAction } from './bench-actions.mjs';
import { actionSchema, actionStepSchema, communicationSchema, operationalObjectiveSchema } from '../lib/steps/action';

const BUDGET_MS = 30;
const WARMUP = 10;
const SAMPLES = 120;
const SIZES = [200, 600];

/** Step 6's schema without list maximums: the same entries, any number of them. */
const uncapped = z.extend(actionStepSchema, {
  operationalObjectives: z._default(z.array(operationalObjectiveSchema), []),
  actions: z._default(z.array(actionSchema), []),
  communication: z._default(z.array(communicationSchema), []),
});

function bigDraft(count: number): Draft {
  const base = createDraft({ name: `Bench: ${count} acties`, organisation: 'Agentschap Groen Erfgoed', locale: 'nl' });
  const actions = Array.from({ length: count }, (_, index) => actionSchema.parse(benchAction(index)));
  return { ...base, uid: `bench-${count}`, steps: { ...base.steps, action: { ...base.steps.action, actions } } };
}

const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: pick(0.5), p95: pick(0.95), max: sorted.at(-1) ?? NaN };
};
const line = (values: number[]) => {
  const q = quantiles(values);
  return `p50 ${q.p50.toFixed(1)} ms · p95 ${q.p95.toFixed(1)} ms · max ${q.max.toFixed(1)} ms`;
};

let over = false;
for (const count of SIZES) {
  let draft = await insertDraft(bigDraft(count));
  const parts = { sanitize: [] as number[], rescue: [] as number[], write: [] as number[], total: [] as number[] };
  for (let index = 0; index < WARMUP + SAMPLES; index += 1) {
    // What the form hands autosave after one keystroke in the first action's title: a fresh copy of the values.
    const step = draft.steps.action;
    const values = structuredClone({
      ...step,
      actions: step.actions.map((action, at) => (at === 0 ? { ...action, title: `${action.title}x` } : action)),
    });
    const start = performance.now();
    const next = withStepValues(draft, 'action', values, uncapped);
    const sanitized = performance.now();
    const rescue = JSON.stringify(next);
    const rescued = performance.now();
    draft = await saveDraft(next);
    const written = performance.now();
    if (rescue.length === 0 || draft.steps.action.actions.length !== count) throw new Error('The save lost actions');
    if (index < WARMUP) continue;
    parts.sanitize.push(sanitized - start);
    parts.rescue.push(rescued - sanitized);
    parts.write.push(written - rescued);
    parts.total.push(written - start);
  }
  over ||= quantiles(parts.total).p95 > BUDGET_MS;
  console.log(`Save path in Node, draft of ${count} actions, ${SAMPLES} samples (budget p95 ${BUDGET_MS} ms):`);
  console.log(`  total            ${line(parts.total)}`);
  console.log(`    sanitise       ${line(parts.sanitize)} (schema safeParse, typed inputs)`);
  console.log(`    rescue copy    ${line(parts.rescue)} (JSON.stringify)`);
  console.log(`    IndexedDB      ${line(parts.write)} (fake-indexeddb: get, revision check, clone, put)`);
}
process.exitCode = over ? 1 : 0;
if (over) console.error('Over budget.');
