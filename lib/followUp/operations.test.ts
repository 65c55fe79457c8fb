import { describe, expect, it } from 'vitest';
import { createDraft } from '@/lib/draft/envelope';
import { LIMITS } from '@/lib/steps/fields';
import {
  addFinding,
  addMeasurement,
  addMeasurements,
  evaluationFindings,
  latestEvaluation,
  removeFinding,
  removeMeasurement,
  saveEvaluation,
  setBenchmark,
} from './operations';
import {
  evaluationSchema,
  findingComplete,
  findingSchema,
  MAX_FINDINGS,
  MAX_MEASUREMENTS,
  measurementComplete,
  measurementSchema,
} from './schema';

const base = createDraft({ name: 'Plan', organisation: '', locale: 'fr' }, new Date('2027-01-05T10:00:00Z'), 'd1');
const evaluation = (uid: string, year: number, conclusions: string) =>
  evaluationSchema.parse({ uid, year, conclusions, adjustments: `Ajuster ${year}` });

describe('follow-up edits', () => {
  it('adds and removes measurements, keeping the others', () => {
    const one = measurementSchema.parse({ uid: 'm1', indicator: 'i1', date: '2027-03-31', value: 6.2 });
    const two = measurementSchema.parse({ uid: 'm2', indicator: 'i1', date: '2027-06-30', value: 5.9 });
    const draft = addMeasurement(addMeasurement(base, one), two);
    expect(draft.followUp.measurements.map((m) => m.value)).toEqual([6.2, 5.9]);
    expect(removeMeasurement(draft, 'm1').followUp.measurements.map((m) => m.uid)).toEqual(['m2']);
  });

  it('adds an imported file at once, or nothing when it would pass the maximum', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => measurementSchema.parse({ uid: `n${i}`, indicator: 'i1', value: i }));
    expect(addMeasurements(base, many(3)).followUp.measurements).toHaveLength(3);
    expect(() => addMeasurements(base, many(MAX_MEASUREMENTS + 1))).toThrow();
    expect(base.followUp.measurements).toHaveLength(0);
  });

  it('asks a team measurement for its team and headcount', () => {
    const result = measurementComplete.safeParse({ uid: 'm', date: '2027-03-31', value: 4, level: 'team' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'followUp.errors.teamRequired',
      'followUp.errors.headcountRequired',
    ]);
    expect(measurementComplete.safeParse({ uid: 'm' }).error?.issues.map((issue) => issue.path[0])).toEqual([
      'date',
      'value',
    ]);
  });

  it('adds and removes qualitative findings; a finding needs a date and a text, not an indicator', () => {
    const finding = (uid: string, indicator: string | null) =>
      findingSchema.parse({ uid, date: '2027-04-02', method: 'focus-group', indicator, text: 'Charge de travail' });
    const draft = addFinding(addFinding(base, finding('f1', 'i1')), finding('f2', null));
    expect(draft.followUp.findings.map((entry) => [entry.uid, entry.indicator])).toEqual([
      ['f1', 'i1'],
      ['f2', null],
    ]);
    expect(removeFinding(draft, 'f1').followUp.findings.map((entry) => entry.uid)).toEqual(['f2']);
    expect(findingComplete.safeParse({ uid: 'f' }).error?.issues.map((issue) => issue.message)).toEqual([
      'followUp.errors.dateRequired',
      'followUp.errors.textRequired',
    ]);
    const full = Array.from({ length: MAX_FINDINGS }, (_, i) => finding(`n${i}`, null)).reduce(addFinding, base);
    expect(() => addFinding(full, finding('over', null))).toThrow();
  });

  it('sets one benchmark per indicator and removes it when emptied', () => {
    let draft = setBenchmark(base, 'i1', { value: 6.9, label: 'Moyenne 2025' }, 'b1');
    draft = setBenchmark(draft, 'i1', { value: 7.1, label: 'Moyenne 2026' }, 'b2');
    expect(draft.followUp.benchmarks).toEqual([{ uid: 'b1', indicator: 'i1', value: 7.1, label: 'Moyenne 2026' }]);
    expect(setBenchmark(draft, 'i1', { value: null, label: ' ' }, 'b3').followUp.benchmarks).toEqual([]);
  });

  it('keeps evaluations by year; the latest one gives next year’s findings', () => {
    let draft = saveEvaluation(base, evaluation('e2', 2027, 'Moins de plaintes'));
    draft = saveEvaluation(draft, evaluation('e1', 2026, 'Trop de demandes'));
    draft = saveEvaluation(draft, { ...evaluation('e2', 2027, 'Moins de plaintes, plus de dialogue') });
    expect(draft.followUp.evaluations.map((entry) => entry.year)).toEqual([2026, 2027]);
    const latest = latestEvaluation(draft.followUp);
    expect(evaluationFindings(latest)).toBe('Moins de plaintes, plus de dialogue\n\nAjuster 2027');
    expect(latestEvaluation(base.followUp)).toBeNull();
  });

  it('refuses a text over its limit instead of storing it cut', () => {
    expect(() =>
      saveEvaluation(base, { ...evaluation('e', 2027, ''), conclusions: 'x'.repeat(LIMITS.long + 1) }),
    ).toThrow();
  });
});
