import { MIN_GROUP_SIZE } from '@/lib/indicators';
import type { ImportRecord } from './mapping';

/**
 * The three Flemish absence indicators from an organisation's own absence file (a row per team and month), with
 * the definitions of the step 7 catalogue:
 * - absence percentage: sick days ÷ available days × 100;
 * - frequency: sick spells per full-time equivalent per year, the FTE-years being available days ÷ the working
 *   days of one FTE in a year (step 5's figure, 200 by default);
 * - average duration: sick days ÷ spells, in the days the file counts.
 * A team whose headcount is under ten, or unknown, is never shown: it is only counted as left out. Pure.
 */

export type AbsenceRecord = ImportRecord<'absence'>;

export interface AbsenceFigures {
  sickDays: number;
  availableDays: number;
  spells: number;
  /** Sick days ÷ available days × 100; null without available days. */
  percentage: number | null;
  /** Spells per FTE per year; null without available days. */
  frequency: number | null;
  /** Sick days per spell; null without spells. */
  duration: number | null;
}

export interface AbsenceGroup {
  /** The team as the file names it; null for the whole organisation. */
  team: string | null;
  /** The first and last month in the file for this group (YYYY-MM). */
  from: string;
  to: string;
  /** The largest headcount in a month of the period, when the file gives it. */
  headcount: number | null;
  total: AbsenceFigures;
  /** Per month, in month order: for the trend. */
  months: ({ month: string } & AbsenceFigures)[];
}

export interface AbsenceResult {
  organisation: AbsenceGroup | null;
  teams: AbsenceGroup[];
  /** Teams left out because they have fewer than ten people (or no headcount in the file). */
  suppressed: number;
}

export const DEFAULT_WORKING_DAYS_PER_FTE = 200;

function figures(rows: readonly AbsenceRecord[], workingDaysPerFte: number): AbsenceFigures {
  const sum = (field: 'sickDays' | 'availableDays' | 'spells') =>
    rows.reduce((total, row) => total + (typeof row[field] === 'number' ? row[field] : 0), 0);
  const sickDays = sum('sickDays');
  const availableDays = sum('availableDays');
  const spells = sum('spells');
  const fteYears = availableDays / workingDaysPerFte;
  return {
    sickDays,
    availableDays,
    spells,
    percentage: availableDays > 0 ? (sickDays / availableDays) * 100 : null,
    frequency: availableDays > 0 ? spells / fteYears : null,
    duration: spells > 0 ? sickDays / spells : null,
  };
}

function group(team: string | null, rows: readonly AbsenceRecord[], workingDaysPerFte: number): AbsenceGroup {
  const months = [...new Set(rows.map((row) => String(row.month)))].sort();
  const counts = rows.map((row) => row.headcount).filter((value): value is number => typeof value === 'number');
  return {
    team,
    from: months[0] ?? '',
    to: months.at(-1) ?? '',
    headcount: counts.length ? Math.max(...counts) : null,
    total: figures(rows, workingDaysPerFte),
    months: months.map((month) => ({
      month,
      ...figures(
        rows.filter((row) => row.month === month),
        workingDaysPerFte,
      ),
    })),
  };
}

const shown = (item: AbsenceGroup) => item.headcount !== null && item.headcount >= MIN_GROUP_SIZE;

export function absenceIndicators(
  records: readonly AbsenceRecord[],
  workingDaysPerFte: number | null = DEFAULT_WORKING_DAYS_PER_FTE,
): AbsenceResult {
  const days = workingDaysPerFte && workingDaysPerFte > 0 ? workingDaysPerFte : DEFAULT_WORKING_DAYS_PER_FTE;
  const byTeam = new Map<string, AbsenceRecord[]>();
  for (const record of records) {
    const team = typeof record.team === 'string' ? record.team : '';
    byTeam.set(team, [...(byTeam.get(team) ?? []), record]);
  }
  const teams = [...byTeam]
    .filter(([team]) => team !== '')
    .map(([team, rows]) => group(team, rows, days))
    .sort((a, b) => (a.team ?? '').localeCompare(b.team ?? ''));
  // The organisation: the sum over every row. Its headcount is the sum of the teams' in the busiest month.
  const organisation = records.length ? group(null, records, days) : null;
  if (organisation) {
    const perMonth = new Map<string, number>();
    let known = true;
    for (const record of records) {
      if (typeof record.headcount !== 'number') known = false;
      else perMonth.set(String(record.month), (perMonth.get(String(record.month)) ?? 0) + record.headcount);
    }
    organisation.headcount = known && perMonth.size ? Math.max(...perMonth.values()) : null;
  }
  return {
    organisation: organisation && shown(organisation) ? organisation : null,
    teams: teams.filter(shown),
    suppressed: teams.filter((item) => !shown(item)).length,
  };
}
