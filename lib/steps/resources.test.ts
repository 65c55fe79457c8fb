import { describe, expect, it } from 'vitest';
import { resourcesComplete, resourcesSchema } from './resources';

const complete = {
  budgetLines: [
    { uid: 'b1', category: 'training', description: 'Opleiding coachend leidinggeven', amount: 12_500, year: 2026 },
  ],
  staffTime: [{ uid: 's1', role: 'HR-coördinator', fte: 0.5 }],
  expertise: [{ uid: 'e1', description: 'Preventieadviseur psychosociale aspecten', source: 'external' }],
  roi: { staffFte: 385, dayCost: 300 },
  boardText: '',
  notes: '',
};

const messagesOf = (data: unknown) =>
  resourcesComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 5 (resources) schema', () => {
  it('accepts a complete step', () => {
    expect(resourcesComplete.safeParse(complete).success).toBe(true);
  });

  it('fills defaults for a half-filled form: every assumption empty, the cautious scenario chosen', () => {
    const parsed = resourcesSchema.parse({});
    expect(parsed.roi).toEqual({
      staffFte: null,
      workingDaysPerFte: null,
      absencePercentage: null,
      psychosocialShare: null,
      dayCost: null,
      yearlyWageCost: null,
      reduction: { cautious: null, middle: null, optimistic: null },
      scenario: 'cautious',
    });
    expect(parsed.budgetLines).toEqual([]);
    expect(parsed.boardText).toBe('');
  });

  it('says what is missing, as message keys, in form order', () => {
    expect(messagesOf({})).toEqual([
      'budgetLines=steps.resources.errors.budgetLinesRequired',
      'roi.staffFte=steps.resources.errors.staffFteRequired',
      'roi.dayCost=steps.resources.errors.dayCostRequired',
    ]);
    expect(
      messagesOf({
        ...complete,
        budgetLines: [{ uid: 'b1' }],
        staffTime: [{ uid: 's1', role: ' ' }],
        expertise: [{ uid: 'e1' }],
      }),
    ).toEqual([
      'budgetLines.0.category=steps.resources.errors.categoryRequired',
      'budgetLines.0.description=steps.resources.errors.descriptionRequired',
      'budgetLines.0.amount=steps.resources.errors.amountRequired',
      'budgetLines.0.year=steps.resources.errors.yearRequired',
      'staffTime.0.role=steps.resources.errors.roleRequired',
      'staffTime.0.fte=steps.resources.errors.fteRequired',
      'expertise.0.description=steps.resources.errors.expertiseRequired',
      'expertise.0.source=steps.resources.errors.sourceRequired',
    ]);
  });

  it('lists every problem at once, also when a number is half-typed or out of range', () => {
    const messages = messagesOf({
      ...complete,
      budgetLines: [{ ...complete.budgetLines[0], amount: '12,', year: 1800 }],
      roi: { staffFte: -1, dayCost: null, psychosocialShare: 120 },
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'budgetLines.0.amount=validation.number',
        'budgetLines.0.year=validation.numberRange',
        'roi.staffFte=validation.numberRange',
        'roi.psychosocialShare=validation.numberRange',
        'roi.dayCost=steps.resources.errors.dayCostRequired',
      ]),
    );
  });

  it('keeps an unknown scenario out of stored data', () => {
    expect(resourcesSchema.safeParse({ roi: { scenario: 'reckless' } }).success).toBe(false);
  });
});
