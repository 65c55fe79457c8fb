import { z } from 'zod/mini';
import { draftSchema, SCHEMA_VERSION } from './envelope';

export const JSON_SCHEMA_PATH = 'schema/draft.schema.json';

/**
 * The published draft file format, generated from the zod schemas (the single
 * source of truth). `npm run schema:json` rewrites the checked-in file; a unit
 * test fails when it is out of date.
 */
export function draftJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(draftSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: `https://welzijnskompas.invalid/schema/draft-v${SCHEMA_VERSION}.json`,
    title: 'Welzijnskompas draft',
    description: `A Welzijnskompas policy draft, format version ${SCHEMA_VERSION}. Codes, not labels, are stored; labels are translated when shown.`,
  };
}

export function draftJsonSchemaText(): string {
  return `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
}
