import type { z } from 'zod/mini';
import { fieldMeta, type FieldMeta } from './fields';

/** One stored field of a step, found by walking its schema: its path (no list positions) and whether it is a list. */
export interface SchemaPath {
  path: string[];
  list: boolean;
}

type Def = { type: string; innerType?: z.ZodMiniType; in?: z.ZodMiniType; shape?: Record<string, z.ZodMiniType> };

const WRAPPERS = new Set(['default', 'optional', 'nullable', 'pipe', 'catch', 'prefault', 'readonly']);

function definition(schema: z.ZodMiniType): Def {
  let current: z.ZodMiniType | undefined = schema;
  for (;;) {
    const def: Def = (current as unknown as { _zod: { def: Def } })._zod.def;
    const inner: z.ZodMiniType | undefined = def.innerType ?? def.in;
    if (!WRAPPERS.has(def.type) || !inner) return def;
    current = inner;
  }
}

/**
 * Every leaf field and every list of an object schema, in schema order. Objects are walked into; a list is
 * one entry (its entries' fields are the list's). Lets tests and tables cover each field without a hand-kept list.
 */
export function schemaPaths(schema: z.ZodMiniType, prefix: string[] = []): SchemaPath[] {
  const def = definition(schema);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([key, value]) => schemaPaths(value, [...prefix, key]));
  return [{ path: prefix, list: def.type === 'array' }];
}

/** One text or number field the user types into, at a form path (list entries at position 0), with its meta. */
export interface TypedField {
  path: (string | number)[];
  meta: Extract<FieldMeta, { kind: 'text' | 'number' }>;
}

/**
 * Every field built by `shortText`, `longText`, `decimal` or `wholeNumber` in a
 * step schema, inside lists too (walked through each list's entry schema), in
 * schema order: for tests that must cover each field the user types into.
 */
export function typedFields(schema: z.ZodMiniType, prefix: (string | number)[] = []): TypedField[] {
  const meta = fieldMeta(schema);
  if (meta?.kind === 'text' || meta?.kind === 'number') return [{ path: prefix, meta }];
  if (meta?.kind === 'list') return typedFields(meta.item, [...prefix, 0]);
  if (meta) return [];
  const def = definition(schema);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([key, value]) => typedFields(value, [...prefix, key]));
  return [];
}
