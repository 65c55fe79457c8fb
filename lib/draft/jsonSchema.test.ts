import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import { draftJsonSchema, draftJsonSchemaText, JSON_SCHEMA_PATH } from './jsonSchema';

describe('published draft file format', () => {
  it('is checked in and in sync with the zod schemas (run `npm run schema:json` after a change)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(draftJsonSchemaText());
  });

  it('describes every registry step and the envelope fields', () => {
    const schema = draftJsonSchema() as {
      required: string[];
      properties: { steps: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'uid', 'name', 'locale', 'createdAt', 'updatedAt', 'revision']),
    );
    expect(Object.keys(schema.properties.steps.properties)).toEqual([
      'why',
      'as-is',
      'roles',
      'to-be',
      'resources',
      'action',
      'measure',
    ]);
  });

  it('lists the codes, not labels, of step 1', () => {
    const text = draftJsonSchemaText();
    expect(text).toContain('"flemish-government"');
    expect(text).toContain('"work-life-balance"');
    expect(text).not.toContain('Werk-privébalans');
    // A draft the app writes has every property the schema names.
    const draft = createDraft({ name: 'x', organisation: '', locale: 'nl' });
    expect(Object.keys(draft).sort()).toEqual(Object.keys(draftJsonSchema().properties as object).sort());
  });
});
