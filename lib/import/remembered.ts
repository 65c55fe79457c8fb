import { z } from 'zod/mini';
import { LOCAL_PREFIX, localStore, type SyncStorage } from '@/lib/draft/localData';
import { guessMapping, IMPORT_FIELDS, type ImportKind, type Mapping } from './mapping';

/**
 * The column mapping the user confirmed, remembered on this device for the next file with the same columns:
 * the same export from the HR system every month, whichever draft it goes into. Kept in localStorage, not in a
 * draft: it describes the organisation's files, not its plan, so it needs no draft format and does not bump a
 * draft's revision; "delete all my data" removes it with the other keys (LOCAL_PREFIX). Per kind of file, the
 * last few header sets, newest first. What is read back is checked like any stored data, never cast.
 */

export const REMEMBERED_PER_KIND = 10;

const entrySchema = z.object({
  headers: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(1000)),
  mapping: z.record(z.string(), z.nullable(z.int().check(z.gte(0)))),
});
const storedSchema = z.array(entrySchema).check(z.maxLength(REMEMBERED_PER_KIND));
type Entry = z.output<typeof entrySchema>;

export const rememberedKey = (kind: ImportKind): string => `${LOCAL_PREFIX}import-mapping:${kind}`;

/** Headers as they count for "the same columns": trimmed, case and runs of spaces ignored, in file order. */
const headerSet = (headers: readonly string[]) =>
  headers.map((header) => header.trim().toLowerCase().replace(/\s+/g, ' '));
const sameHeaders = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((header, index) => header === b[index]);

function readEntries(kind: ImportKind, storage: SyncStorage | null): Entry[] {
  try {
    const text = storage?.getItem(rememberedKey(kind));
    if (!text) return [];
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The remembered mapping for a file with exactly these headers, if it still fits them; else null. */
export function rememberedMapping<K extends ImportKind>(
  kind: K,
  headers: readonly string[],
  storage: SyncStorage | null = localStore(),
): Mapping<K> | null {
  const key = headerSet(headers);
  const entry = readEntries(kind, storage).find((item) => sameHeaders(item.headers, key));
  if (!entry) return null;
  const mapping: Record<string, number | null> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const column = entry.mapping[field.id] ?? null;
    if (column !== null && column >= headers.length) return null;
    mapping[field.id] = column;
  }
  return mapping as Mapping<K>;
}

/** Where the mapping step starts: the remembered mapping for these headers, else the guess from their names. */
export function initialMapping<K extends ImportKind>(
  kind: K,
  headers: readonly string[],
  storage: SyncStorage | null = localStore(),
): { mapping: Mapping<K>; remembered: boolean } {
  const remembered = rememberedMapping(kind, headers, storage);
  return remembered
    ? { mapping: remembered, remembered: true }
    : { mapping: guessMapping(kind, headers), remembered: false };
}

/** Remembers a confirmed mapping for these headers (replacing an older one); false when storage refused it. */
export function rememberMapping<K extends ImportKind>(
  kind: K,
  headers: readonly string[],
  mapping: Mapping<K>,
  storage: SyncStorage | null = localStore(),
): boolean {
  if (!storage) return false;
  const key = headerSet(headers);
  const entry: Entry = { headers: key, mapping: { ...(mapping as Record<string, number | null>) } };
  // Headers past the stored limits are not remembered (the mapping step still works, from the guess).
  if (!entrySchema.safeParse(entry).success) return false;
  const others = readEntries(kind, storage).filter((item) => !sameHeaders(item.headers, key));
  try {
    storage.setItem(rememberedKey(kind), JSON.stringify([entry, ...others].slice(0, REMEMBERED_PER_KIND)));
    return true;
  } catch {
    return false;
  }
}
