import type { RawTable } from './read';
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
  | { kind: 'missing' | 'not-a-number' | 'not-a-month' | 'negative'; field: string; row: number; column: string };

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

/** Every row through the mapping: records when every cell fits, otherwise the problems (and no records). */
export function applyMapping<K extends ImportKind>(
  kind: K,
  table: RawTable,
  mapping: Mapping<K>,
): { ok: true; records: ImportRecord<K>[] } | { ok: false; problems: CellProblem[] } {
  const fields = IMPORT_FIELDS[kind] as readonly FieldSpec[];
  const columns = mapping as Record<string, number | null>;
  const problems: CellProblem[] = fields
    .filter((field) => field.required && columns[field.id] == null)
    .map((field) => ({ kind: 'unmapped', field: field.id }));
  if (problems.length) return { ok: false, problems };
  const records = table.rows.map((row, index) => {
    const record: Record<string, string | number | null> = {};
    for (const field of fields) {
      const column = columns[field.id];
      const cell = column == null ? null : (row[column] ?? null);
      const at = {
        field: field.id,
        row: table.rowNumbers[index] ?? index + 2,
        column: column == null ? '' : (table.headers[column] ?? ''),
      };
      const value =
        field.type === 'number' ? numberCell(cell) : field.type === 'month' ? monthCell(cell) : textCell(cell);
      if (value === undefined) problems.push({ kind: field.type === 'month' ? 'not-a-month' : 'not-a-number', ...at });
      else if (value === null && field.required) problems.push({ kind: 'missing', ...at });
      else if (typeof value === 'number' && value < 0) problems.push({ kind: 'negative', ...at });
      record[field.id] = value ?? null;
    }
    return record as ImportRecord<K>;
  });
  return problems.length ? { ok: false, problems } : { ok: true, records };
}
