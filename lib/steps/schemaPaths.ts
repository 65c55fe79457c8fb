import type { z } from 'zod/mini';

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
