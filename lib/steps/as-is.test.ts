import { describe, expect, it } from 'vitest';
import { asIsComplete, asIsSchema, emptyInitiative } from './as-is';

const initiative = {
  uid: 'i1',
  title: 'Vertrouwenspersonen',
  description: 'Vier collega’s die luisteren en doorverwijzen.',
  lever: 'leadership',
  level: 'organisation',
  targetGroup: 'Alle medewerkers',
  effort: 2,
  impact: 4,
};

const complete = {
  initiatives: [initiative],
  figures: {
    year: 2025,
    absencePercentage: 6.8,
    frequency: 1.4,
    averageDuration: 11.5,
    lastRiskAnalysis: '2023-05-10',
    lastSurvey: null,
  },
  demands: ['workload'],
  demandsOther: [],
  resources: [],
  resourcesOther: [],
  notes: '',
};

const messagesOf = (data: unknown) =>
  asIsComplete.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}=${issue.message}`) ?? [];

describe('step 2 (as-is) schema', () => {
  it('accepts a complete step', () => {
    expect(messagesOf(complete)).toEqual([]);
  });

  it('fills defaults for an empty form, so autosave can store it', () => {
    expect(asIsSchema.parse({})).toEqual({
      evaluation: { previousPlan: '', findings: '' },
      initiatives: [],
      figures: {
        year: null,
        absencePercentage: null,
        frequency: null,
        averageDuration: null,
        lastRiskAnalysis: null,
        lastSurvey: null,
      },
      demands: [],
      demandsOther: [],
      resources: [],
      resourcesOther: [],
      notes: '',
    });
    expect(asIsSchema.parse({ initiatives: [{ uid: 'x' }] }).initiatives[0]).toEqual(emptyInitiative('x'));
  });

  it('says what is missing on an empty step', () => {
    expect(messagesOf({})).toEqual([
      'initiatives=steps.asIs.errors.initiativesRequired',
      'demands=steps.asIs.errors.jdrRequired',
    ]);
  });

  it('asks what last year’s evaluation showed only in a plan that continues one', () => {
    expect(messagesOf({ ...complete, evaluation: { previousPlan: '', findings: '' } })).toEqual([]);
    expect(messagesOf({ ...complete, evaluation: { previousPlan: 'Jaarplan 2027', findings: '  ' } })).toEqual([
      'evaluation.findings=steps.asIs.errors.evaluationRequired',
    ]);
    expect(messagesOf({ ...complete, evaluation: { previousPlan: 'Jaarplan 2027', findings: 'Werkte.' } })).toEqual([]);
  });

  it('names every missing part of an initiative, field by field', () => {
    expect(messagesOf({ ...complete, initiatives: [initiative, { uid: 'i2', title: '  ' }] })).toEqual([
      'initiatives.1.title=steps.asIs.errors.titleRequired',
      'initiatives.1.lever=steps.asIs.errors.leverRequired',
      'initiatives.1.level=steps.asIs.errors.levelRequired',
      'initiatives.1.effort=steps.asIs.errors.effortRequired',
      'initiatives.1.impact=steps.asIs.errors.impactRequired',
    ]);
  });

  it('keeps description and target group optional', () => {
    expect(messagesOf({ ...complete, initiatives: [{ ...initiative, description: '', targetGroup: '' }] })).toEqual([]);
  });

  it('refuses scores outside 1–5 and half scores', () => {
    for (const effort of [0, 6, 2.5]) {
      expect(messagesOf({ ...complete, initiatives: [{ ...initiative, effort }] })).toEqual([
        'initiatives.0.effort=validation.score',
      ]);
    }
  });

  it('needs the year only when an absence figure is given', () => {
    const noYear = { ...complete.figures, year: null };
    expect(messagesOf({ ...complete, figures: noYear })).toEqual(['figures.year=steps.asIs.errors.yearRequired']);
    expect(
      messagesOf({
        ...complete,
        figures: { ...noYear, absencePercentage: null, frequency: null, averageDuration: null },
      }),
    ).toEqual([]);
  });

  it('checks the range of each figure and the format of dates', () => {
    expect(
      messagesOf({
        ...complete,
        figures: { ...complete.figures, year: 1800, absencePercentage: 120, lastSurvey: '10/05/2023' },
      }),
    ).toEqual([
      'figures.year=validation.numberRange',
      'figures.absencePercentage=validation.numberRange',
      'figures.lastSurvey=validation.date',
    ]);
  });

  it('accepts a free demand or resource instead of a listed one, but not an empty entry', () => {
    const noJdr = { ...complete, demands: [] };
    expect(messagesOf(noJdr)).toEqual(['demands=steps.asIs.errors.jdrRequired']);
    expect(messagesOf({ ...noJdr, resourcesOther: [{ uid: 'r', text: 'Sterke teamgeest' }] })).toEqual([]);
    expect(messagesOf({ ...noJdr, demandsOther: [{ uid: 'd', text: ' ' }] })).toEqual([
      'demands=steps.asIs.errors.jdrRequired',
    ]);
  });
});
