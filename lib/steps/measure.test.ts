import { describe, expect, it } from 'vitest';
import { measureComplete, measureSchema } from './measure';

const messagesOf = (value: unknown) => {
  const result = measureComplete.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('step 7 schema', () => {
  it('defaults every field, so a new draft and a half-filled form are valid', () => {
    expect(measureSchema.parse({})).toEqual({ indicators: [], reviews: [], notes: '' });
    const partial = measureSchema.parse({ indicators: [{ uid: 'i1' }], reviews: [{ uid: 'r1' }] });
    expect(partial.indicators[0]).toMatchObject({ catalogue: null, target: '', owner: null, objectives: [] });
    expect(partial.reviews[0]).toMatchObject({ date: null, phase: null, legal: null });
  });

  it('rejects unknown codes, invalid dates and duplicate links', () => {
    expect(measureSchema.safeParse({ reviews: [{ uid: 'r', legal: 'tax-return' }] }).success).toBe(false);
    expect(measureSchema.safeParse({ reviews: [{ uid: 'r', date: '2026-13-01' }] }).success).toBe(false);
    expect(measureSchema.safeParse({ indicators: [{ uid: 'i', objectives: ['a', 'a'] }] }).success).toBe(false);
  });

  it('asks for an indicator and a review moment before the step counts as completed', () => {
    expect(messagesOf({})).toEqual([
      ['indicators', 'steps.measure.errors.indicatorsRequired'],
      ['reviews', 'steps.measure.errors.reviewsRequired'],
    ]);
  });

  it('asks for name, level and frequency of every indicator, date and title of every review', () => {
    expect(messagesOf({ indicators: [{ uid: 'i' }], reviews: [{ uid: 'r' }] })).toEqual([
      ['indicators.0.name', 'steps.measure.errors.nameRequired'],
      ['indicators.0.level', 'steps.measure.errors.levelRequired'],
      ['indicators.0.frequency', 'steps.measure.errors.frequencyRequired'],
      ['reviews.0.date', 'steps.measure.errors.reviewDateRequired'],
      ['reviews.0.title', 'steps.measure.errors.reviewTitleRequired'],
    ]);
  });

  it('is complete without a target, an owner or links', () => {
    expect(
      messagesOf({
        indicators: [{ uid: 'i', name: 'Verzuim', level: 'team', frequency: 'quarterly' }],
        reviews: [{ uid: 'r', date: '2027-03-15', title: 'Evaluatie stuurgroep' }],
      }),
    ).toEqual([]);
  });
});
