import type { RawCell, RawTable } from './read';
import { monthCell, numberCell, textCell } from './values';

/**
 * Which column holds what: the fields each kind of file brings, a first guess from the headers (Dutch, French
 * and English names offices use), and the mapping applied to every row. A cell that does not fit its field is
 * reported with its row and column; such a file imports nothing until it is fixed or the mapping changed.
 */

export type ImportKind = 'absence' | 'survey';
type FieldType = 'text' | 'number' | 'month';

interface FieldSpec {
  id: string;
  type: FieldType;
  required: boolean;
  /** Lower-case header texts that mean this field. */
  names: readonly string[];
}

export const IMPORT_FIELDS = {
  absence: [
    {
      id: 'team',
      type: 'text',
      required: false,
      names: ['team', 'dienst', 'afdeling', 'entiteit', 'service', 'équipe', 'equipe', 'department', 'unit'],
    },
    {
      id: 'month',
      type: 'month',
      required: true,
      names: ['maand', 'periode', 'mois', 'période', 'month', 'datum', 'date'],
    },
    {
      id: 'sickDays',
      type: 'number',
      required: true,
      names: ['ziektedagen', 'dagen ziekte', 'jours de maladie', 'jours maladie', 'sick days'],
    },
    {
      id: 'availableDays',
      type: 'number',
      required: true,
      names: ['beschikbare dagen', 'beschikbaar', 'jours disponibles', 'available days'],
    },
    {
      id: 'spells',
      type: 'number',
      required: true,
      names: [
        'ziekteperiodes',
        'periodes',
        'aantal periodes',
        'meldingen',
        'périodes',
        'périodes de maladie',
        'spells',
      ],
    },
    {
      id: 'headcount',
      type: 'number',
      required: false,
      names: [
        'personeelsleden',
        'aantal personeelsleden',
        'medewerkers',
        'effectif',
        'membres du personnel',
        'headcount',
      ],
    },
  ],
  survey: [
    { id: 'item', type: 'text', required: true, names: ['item', 'vraag', 'stelling', 'question', 'énoncé'] },
    { id: 'theme', type: 'text', required: false, names: ['thema', 'domein', 'thème', 'theme', 'domaine'] },
    { id: 'score', type: 'number', required: true, names: ['score', 'gemiddelde', 'moyenne', 'mean', 'average'] },
    { id: 'importance', type: 'number', required: false, names: ['belang', 'importance', 'belangrijkheid'] },
    {
      id: 'benchmark',
      type: 'number',
      required: false,
      names: ['benchmark', 'referentie', 'vlaamse overheid', 'référence', 'reference'],
    },
    {
      id: 'respondents',
      type: 'number',
      required: false,
      names: ['respondenten', 'aantal respondenten', 'répondants', 'respondents', 'n'],
    },
  ],
} as const satisfies Record<ImportKind, readonly FieldSpec[]>;

export type FieldId<K extends ImportKind> = (typeof IMPORT_FIELDS)[K][number]['id'];
/** Field → column index (0-based), or null when no column holds it. */
export type Mapping<K extends ImportKind> = Record<FieldId<K>, number | null>;
export type ImportRecord<K extends ImportKind> = Record<FieldId<K>, string | number | null>;

export type CellProblem =
  | { kind: 'unmapped'; field: string }
  | {
      /** `too-long` and `out-of-range`: the cell reads, but is past what the draft keeps (lib/followUp/schema.ts). */
      kind: 'missing' | 'not-a-number' | 'not-a-month' | 'negative' | 'too-long' | 'out-of-range';
      field: string;
      row: number;
      column: string;
    };

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Each field to the first column whose header names it; a column serves one field only. */
export function guessMapping<K extends ImportKind>(kind: K, headers: readonly string[]): Mapping<K> {
  const taken = new Set<number>();
  const mapping = {} as Record<string, number | null>;
  for (const field of IMPORT_FIELDS[kind] as readonly FieldSpec[]) {
    const index = headers.findIndex((header, column) => !taken.has(column) && field.names.includes(normal(header)));
    mapping[field.id] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping as Mapping<K>;
}

/** A cell of the preview: the value as it would import, or the kind of problem it has. */
export type PreviewCell = { value: string | number | null } | { problem: Exclude<CellProblem['kind'], 'unmapped'> };

/** The value of one cell for a field: the value, null when empty, or a problem's kind. */
function readField(field: FieldSpec, cell: RawCell): PreviewCell {
  const value = field.type === 'number' ? numberCell(cell) : field.type === 'month' ? monthCell(cell) : textCell(cell);
  if (value === undefined) return { problem: field.type === 'month' ? 'not-a-month' : 'not-a-number' };
  if (value === null && field.required) return { problem: 'missing' };
  if (typeof value === 'number' && value < 0) return { problem: 'negative' };
  return { value };
}

/** The fields the mapping leaves without a column although the import needs them. */
export function unmappedFields<K extends ImportKind>(kind: K, mapping: Mapping<K>): CellProblem[] {
  const columns = mapping as Record<string, number | null>;
  return (IMPORT_FIELDS[kind] as readonly FieldSpec[])
    .filter((field) => field.required && columns[field.id] == null)
    .map((field) => ({ kind: 'unmapped', field: field.id }));
}

/** Every row through the mapping: records when every cell fits, otherwise the problems (and no records). */
export function applyMapping<K extends ImportKind>(
  kind: K,
  table: RawTable,
  mapping: Mapping<K>,
): { ok: true; records: ImportRecord<K>[] } | { ok: false; problems: CellProblem[] } {
  const fields = IMPORT_FIELDS[kind] as readonly FieldSpec[];
  const columns = mapping as Record<string, number | null>;
  const problems = unmappedFields(kind, mapping);
  if (problems.length) return { ok: false, problems };
  const records = table.rows.map((row, index) => {
    const record: Record<string, string | number | null> = {};
    for (const field of fields) {
      const column = columns[field.id];
      const read = readField(field, column == null ? null : (row[column] ?? null));
      if ('problem' in read) {
        problems.push({
          kind: read.problem,
          field: field.id,
          row: table.rowNumbers[index] ?? index + 2,
          column: column == null ? '' : (table.headers[column] ?? ''),
        });
        record[field.id] = null;
      } else record[field.id] = read.value;
    }
    return record as ImportRecord<K>;
  });
  return problems.length ? { ok: false, problems } : { ok: true, records };
}

export interface PreviewRow {
  /** The row's number in the file. */
  row: number;
  cells: Record<string, PreviewCell | null>;
}

/** The first `count` rows as the mapping reads them, field by field, for the user to check before importing. */
export function previewRows<K extends ImportKind>(
  kind: K,
  table: RawTable,
  mapping: Mapping<K>,
  count = 5,
): PreviewRow[] {
  const columns = mapping as Record<string, number | null>;
  return table.rows.slice(0, count).map((row, index) => ({
    row: table.rowNumbers[index] ?? index + 2,
    cells: Object.fromEntries(
      (IMPORT_FIELDS[kind] as readonly FieldSpec[]).map((field) => {
        const column = columns[field.id];
        return [field.id, column == null ? null : readField(field, row[column] ?? null)];
      }),
    ),
  }));
}

/** At most `max` problems to name (the first ones in the file), and how many there are in all. */
export function firstProblems(problems: readonly CellProblem[], max = 10): { shown: CellProblem[]; total: number } {
  return { shown: problems.slice(0, max), total: problems.length };
}
