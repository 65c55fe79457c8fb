import { describe, expect, it } from 'vitest';
import { absenceIndicators, type AbsenceRecord } from '@/lib/import/absence';
import { indicatorSchema } from '@/lib/steps/measure';
import { absenceMeasurements, monthEnd } from './fromAbsence';
import { isShown } from './series';

const row = (team: string, month: string, headcount: number, sickDays: number, spells: number): AbsenceRecord =>
  ({ team, month, headcount, sickDays, availableDays: 200, spells }) as AbsenceRecord;

const indicators = [
  indicatorSchema.parse({ uid: 'p', catalogue: 'absence-percentage' }),
  indicatorSchema.parse({ uid: 'd', catalogue: 'absence-duration' }),
  indicatorSchema.parse({ uid: 'x', catalogue: 'staff-survey-engagement' }),
];

describe('absence file to measurements', () => {
  it('dates a month on its last day', () => {
    expect(monthEnd('2027-02')).toBe('2027-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2027-12')).toBe('2027-12-31');
  });

  it('gives each absence indicator of the plan a value per month, organisation and large teams; small teams never', () => {
    let next = 0;
    const result = absenceIndicators([
      row('Onthaal', '2027-01', 8, 10, 2),
      row('Loket', '2027-01', 12, 20, 4),
      row('Loket', '2027-02', 12, 10, 5),
    ]);
    const measurements = absenceMeasurements(result, indicators, 'HR-export', () => `u${next++}`);
    const percentage = measurements.filter((item) => item.indicator === 'p');
    expect(percentage.map((item) => [item.level, item.team, item.date, item.value])).toEqual([
      ['organisation', '', '2027-01-31', 7.5],
      ['organisation', '', '2027-02-28', 5],
      ['team', 'Loket', '2027-01-31', 10],
      ['team', 'Loket', '2027-02-28', 5],
    ]);
    expect(measurements.filter((item) => item.indicator === 'd').map((item) => item.value)).toEqual([5, 2, 5, 2]);
    expect(measurements.some((item) => item.indicator === 'x')).toBe(false);
    expect(measurements.some((item) => item.team === 'Onthaal')).toBe(false);
    expect(measurements.every(isShown)).toBe(true);
    expect(new Set(measurements.map((item) => item.uid)).size).toBe(measurements.length);
    expect(measurements.every((item) => item.source === 'HR-export')).toBe(true);
  });
});
