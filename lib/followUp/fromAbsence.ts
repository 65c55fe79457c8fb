import type { AbsenceFigures, AbsenceGroup, AbsenceResult } from '@/lib/import/absence';
import type { Indicator } from '@/lib/steps/measure';
import { measurementSchema, type Measurement } from './schema';

/**
 * An imported absence file (lib/import/absence.ts) as follow-up measurements: a value per month for each of
 * the three absence indicators the plan holds (percentage, frequency, duration; matched by catalogue code),
 * for the organisation and for every team of at least ten people (smaller teams never reach here: the import
 * only counts them). Dated on the last day of the month. Pure; the caller adds them (lib/followUp/operations).
 */

const FIGURES = {
  'absence-percentage': 'percentage',
  'absence-frequency': 'frequency',
  'absence-duration': 'duration',
} as const satisfies Record<string, keyof AbsenceFigures>;

/** YYYY-MM → the month's last day, YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

const rounded = (value: number) => Math.round(value * 100) / 100;

export function absenceMeasurements(
  result: AbsenceResult,
  indicators: readonly Indicator[],
  source: string,
  newUid: () => string,
): Measurement[] {
  const groups: AbsenceGroup[] = [...(result.organisation ? [result.organisation] : []), ...result.teams];
  return Object.entries(FIGURES).flatMap(([code, figure]) => {
    const indicator = indicators.find((item) => item.catalogue === code);
    if (!indicator) return [];
    return groups.flatMap((group) =>
      group.months.flatMap(({ month, ...values }) => {
        const value = values[figure];
        if (value === null || !/^\d{4}-\d{2}$/.test(month)) return [];
        return [
          measurementSchema.parse({
            uid: newUid(),
            indicator: indicator.uid,
            date: monthEnd(month),
            value: rounded(value),
            level: group.team === null ? 'organisation' : 'team',
            team: group.team ?? '',
            headcount: group.headcount,
            source,
          }),
        ];
      }),
    );
  });
}
