import { z } from 'zod/mini';
import { requiring, type Rule } from '@/lib/followUp/schema';
import { choice } from '@/lib/steps/fields';
import { IMPORT_FIELDS, type FieldId, type ImportKind, type Mapping } from './mapping';

/**
 * The mapping step as a form of the form kit: one select per field of the kind of file, its options the file's
 * columns (by position, as text: "0", "1", …). Built per file, since the columns are the file's. What is
 * required comes from IMPORT_FIELDS; a column serves one field only. Values live under one key per kind
 * (`absenceMapping.month`), so two mapping steps on a page give their fields distinct ids.
 */

export type MappingValues = Record<string, Record<string, string | null>>;

export const mappingName = (kind: ImportKind) => `${kind}Mapping` as const;

export function mappingForm(kind: ImportKind, headers: readonly string[]) {
  const codes = headers.map((_, index) => String(index)) as [string, ...string[]];
  const fields = IMPORT_FIELDS[kind];
  const inner = z.object(Object.fromEntries(fields.map((field) => [field.id, choice(codes)])));
  type Values = Record<string, string | null>;
  const rules: Rule<Values>[] = fields.flatMap((field, position): Rule<Values>[] => [
    ...(field.required
      ? [
          [
            field.id,
            (data: Partial<Values>) => data[field.id] != null,
            'followUp.mapping.errors.required',
          ] as Rule<Values>,
        ]
      : []),
    [
      field.id,
      (data: Partial<Values>) =>
        data[field.id] == null || fields.slice(0, position).every((earlier) => data[earlier.id] !== data[field.id]),
      'followUp.mapping.errors.sameColumn',
    ],
  ]);
  const name = mappingName(kind);
  return {
    name,
    schema: z.object({ [name]: inner }),
    complete: z.object({ [name]: inner.check(requiring<Values>(rules)) }),
  };
}

/** A mapping as the form's values. */
export function mappingValues<K extends ImportKind>(kind: K, mapping: Mapping<K>): MappingValues {
  const columns = mapping as Record<string, number | null>;
  return {
    [mappingName(kind)]: Object.fromEntries(
      IMPORT_FIELDS[kind].map((field) => {
        const column = columns[field.id];
        return [field.id, column == null ? null : String(column)];
      }),
    ),
  };
}

/** The form's values as a mapping (a value that is not a column of the file counts as none). */
export function mappingOf<K extends ImportKind>(kind: K, values: unknown, columns: number): Mapping<K> {
  const inner = (values as MappingValues | null)?.[mappingName(kind)] ?? {};
  const mapping: Record<string, number | null> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const value = inner[field.id];
    const column = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
    mapping[field.id] = column !== null && column < columns ? column : null;
  }
  return mapping as Mapping<K>;
}

/** The header each field is read from ('' when none), for naming a cell's column. */
export function mappedColumns<K extends ImportKind>(
  kind: K,
  mapping: Mapping<K>,
  headers: readonly string[],
): Record<FieldId<K>, string> {
  const columns = mapping as Record<string, number | null>;
  return Object.fromEntries(
    IMPORT_FIELDS[kind].map((field) => {
      const column = columns[field.id];
      return [field.id, column == null ? '' : (headers[column] ?? '')];
    }),
  ) as Record<FieldId<K>, string>;
}
