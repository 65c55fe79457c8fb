import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import { listAt, parseDecimal, parseWholeNumber, typedCap } from '@/lib/steps/fields';
import { STEPS, type StepId } from '@/lib/steps/registry';
import { typedFields, type TypedField } from '@/lib/steps/schemaPaths';
import { createDraft, type Draft } from './envelope';
import { insertDraft, loadDraft, saveDraft } from './storage';
import { getAt, setAt, withStepValues, withTyped } from './update';

/**
 * Nothing typed is changed silently: for every text and number field of every
 * step, found from the schemas, random Unicode input (emoji, right-to-left
 * text, combining marks, up to ten times the field's limit) either comes back
 * exactly as the form held it after sanitize → IndexedDB (fake-indexeddb) →
 * parse on reload, or the step's validation flags that field with a message key.
 */

type Path = (string | number)[];

const FIELDS: { step: StepId; field: TypedField }[] = STEPS.flatMap((step) =>
  typedFields(step.schema).map((field) => ({ step: step.id, field })),
);

/** A step's empty form values with one empty entry in each list on the way to `path`, and `value` at `path`. */
function formValues(step: StepId, path: Path, value: unknown): unknown {
  const { schema } = STEPS.find((one) => one.id === step)!;
  let values: unknown = schema.parse({});
  path.forEach((key, index) => {
    if (typeof key !== 'number') return;
    const listPath = path.slice(0, index);
    const list = listAt(schema, listPath.join('.'));
    if (list && (getAt(values, listPath) as unknown[]).length === 0)
      values = setAt(values, listPath, [list.empty(`entry-${index}`)]);
  });
  return setAt(values, path, value);
}

/** What the form holds for a typed text: the text, or for a number field what its input makes of it. */
function formValue(field: TypedField, text: string): unknown {
  if (field.meta.kind === 'text') return text;
  return field.meta.whole ? parseWholeNumber(text) : parseDecimal(text);
}

const messageExists = (key: string) =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nl) ===
  'string';

/** The message keys the step's validation gives for the field at `path`. */
function flags(step: StepId, values: unknown, path: Path): string[] {
  const definition = STEPS.find((one) => one.id === step)!;
  const issues = [
    ...(definition.schema.safeParse(values).error?.issues ?? []),
    ...(definition.complete.safeParse(values).error?.issues ?? []),
  ];
  return issues.filter((issue) => issue.path.join('.') === path.join('.')).map((issue) => issue.message);
}

const pieces = fc.oneof(
  fc.constantFrom(
    '😀',
    '👩🏽‍💻',
    '🇧🇪',
    '\u202e',
    '\u2066',
    '\u2069',
    'שלום',
    'مرحبا',
    'e\u0301',
    'a\u0308\u0323',
    '\u200d',
  ),
  fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u202f', ',', '.', '-', '€', '%', '0', '7', '1.250,50'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

/** Random text for a field, up to its hard cap (ten times its limit), often near the limit. */
function textFor(field: TypedField): fc.Arbitrary<string> {
  const cap = typedCap(field.meta);
  const limit = field.meta.kind === 'text' ? field.meta.max : cap / 10;
  const short = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
  const long = fc
    .tuple(fc.integer({ min: limit - 2, max: cap }), fc.array(pieces, { minLength: 1, maxLength: 6 }))
    .map(([length, parts]) => {
      const unit = parts.join('') || 'x';
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
  return fc.oneof(short, long).map((text) => text.slice(0, cap));
}

let draft: Draft;

/** Stores the form values of one step as autosave does, then reads the draft back as a reload does. */
async function storeAndReload(step: StepId, values: unknown): Promise<unknown> {
  draft = await saveDraft(withStepValues(draft, step, values));
  const loaded = await loadDraft(draft.uid);
  return withTyped(loaded.steps[step], loaded.typed[step], step);
}

async function check(step: StepId, field: TypedField, text: string) {
  const held = formValue(field, text);
  const values = formValues(step, field.path, held);
  const back = getAt(await storeAndReload(step, values), field.path);
  if (Object.is(back, held)) return;
  const where = `${step} ${field.path.join('.')}: ${JSON.stringify(text).slice(0, 80)}`;
  // Text (a word in a number field too) is kept exactly, flagged or not, up to its hard cap; so is a number
  // out of its range, whenever its digits read back as the same number.
  expect(typeof held, `${where} changed silently`).not.toBe('string');
  expect(formValue(field, String(held)), `${where} changed silently`).not.toBe(held);
  // What is left (a number too big to write out, such as 1e21): it comes back changed only with its error.
  const keys = flags(step, values, field.path);
  expect(keys.length, `${where} changed silently`).toBeGreaterThan(0);
  for (const key of keys) expect(messageExists(key), key).toBe(true);
}

beforeAll(async () => {
  draft = await insertDraft(createDraft({ name: 'Eigenschappen', organisation: '', locale: 'nl' }));
});

describe('typed input round-trips or is flagged (schema-driven)', () => {
  it('finds the fields from the schemas: every step has some, texts and numbers', () => {
    for (const step of STEPS)
      expect(
        FIELDS.some((one) => one.step === step.id),
        step.id,
      ).toBe(true);
    expect(FIELDS.some((one) => one.field.meta.kind === 'number')).toBe(true);
    expect(FIELDS.some((one) => one.field.path.includes(0))).toBe(true);
  });

  it('every field, at its limit, one over it and at ten times it', async () => {
    for (const { step, field } of FIELDS) {
      const cap = typedCap(field.meta);
      const limit = field.meta.kind === 'text' ? field.meta.max : cap / 10;
      const texts = [
        '😀'.repeat(limit / 2),
        'e\u0301'.repeat(limit / 2) + 'x',
        'ש'.repeat(cap),
        'ongeveer 250',
        '1.000.000',
      ];
      for (const text of texts) await check(step, field, text.slice(0, cap));
    }
  });

  it('random Unicode in a random field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...FIELDS)
          .chain(({ step, field }) => fc.tuple(fc.constant(step), fc.constant(field), textFor(field))),
        async ([step, field, text]) => check(step, field, text),
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
