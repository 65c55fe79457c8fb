import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { clear, createStore, entries, set } from 'idb-keyval';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupFileText, readBackupFile } from './backupFile';
import { createDraft, draftSchema } from './envelope';
import { DB_NAME, STORE_NAME } from './storage';
import { withStepData } from './update';

/**
 * Fuzzing the import parser with hostile and malformed files: it must never
 * throw, never accept anything that is not a valid draft, never pollute
 * prototypes, and (being pure) never change what is stored.
 */

const RUNS = 12_000;
const raw = createStore(DB_NAME, STORE_NAME);
const base = createDraft({ name: 'Fuzz', organisation: 'Org', locale: 'fr' }, new Date('2026-11-23T10:00:00.000Z'));
const valid = withStepData(base, 'why', { ...base.steps.why, mission: 'Nous assurons des déplacements sûrs.' });
const validText = backupFileText([valid]);
const validObject: unknown = JSON.parse(validText);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Replace, remove or add something at a random place in a valid file. */
function mutate(value: unknown, choices: number[], replacement: unknown, key: string): unknown {
  const [choice = 0, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0 || rest.length === 0) return choice % 3 === 0 ? [...value, replacement] : replacement;
    const index = choice % value.length;
    return value.map((item, position) => (position === index ? mutate(item, rest, replacement, key) : item));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const copy: Record<string, unknown> = { ...value };
    if (keys.length === 0 || rest.length === 0) {
      if (choice % 3 === 0)
        Object.defineProperty(copy, key, { value: replacement, enumerable: true, configurable: true, writable: true });
      else if (choice % 3 === 1 && keys.length > 0) delete copy[keys[choice % keys.length] ?? ''];
      else return replacement;
      return copy;
    }
    const target = keys[choice % keys.length] ?? '';
    copy[target] = mutate(copy[target], rest, replacement, key);
    return copy;
  }
  return replacement;
}

const hostileFile = fc.oneof(
  // Anything at all.
  fc.string({ unit: 'binary', maxLength: 300 }),
  // Any JSON.
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value) ?? ''),
  // A valid file, damaged at one place (values, removed keys, hostile keys).
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 2000 }), fc.constant({ polluted: true })),
      fc.constantFrom(...HOSTILE_KEYS, 'extra', 'schemaVersion', 'app'),
    )
    .map(([path, replacement, key]) => JSON.stringify(mutate(validObject, path, replacement, key))),
  // A valid file cut short.
  fc.nat({ max: validText.length }).map((length) => validText.slice(0, length)),
  // Prototype pollution through every hostile key, in wrapper and draft.
  fc
    .constantFrom(...HOSTILE_KEYS)
    .map((key) =>
      validText
        .replace('"drafts": [', `"${key}": {"polluted": true}, "drafts": [`)
        .replace('"steps": {', `"${key}": {"polluted": true}, "steps": {`),
    ),
  // Deep nesting.
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`),
  // Numbers and strings at the edges.
  fc.constantFrom(
    validText.replace(/"schemaVersion": \d+/g, '"schemaVersion": 1e308'),
    validText.replace(/"schemaVersion": \d+/g, '"schemaVersion": -1'),
    validText.replace(/"schemaVersion": \d+/g, '"schemaVersion": 1.5'),
    validText.replace(/"revision": \d+/, '"revision": 9007199254740993'),
    validText.replace('"Fuzz"', `"${'x'.repeat(100_000)}"`),
    validText.replace('"Fuzz"', '"<img src=x onerror=alert(1)>"'),
  ),
);

let before: unknown;

beforeAll(async () => {
  await clear(raw);
  await set(valid.uid, valid, raw);
  before = await entries(raw);
});

describe(`import parser fuzz (${RUNS} hostile or malformed files)`, () => {
  it('never throws, accepts only valid drafts, pollutes nothing, stores nothing', async () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileFile, (text) => {
        const result = readBackupFile(text);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          accepted += 1;
          for (const draft of result.drafts) expect(draftSchema.safeParse(draft).success).toBe(true);
        } else {
          expect(result.error.kind).toMatch(/^(empty|too-large|not-json|not-ours|newer-version|no-drafts|invalid)$/);
        }
        const probe: Record<string, unknown> = {};
        expect(probe.polluted).toBeUndefined();
        expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    // Some mutations leave a valid draft (an added unknown key, say); most do not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
    expect(await entries(raw)).toEqual(before);
  }, 120_000);
});
