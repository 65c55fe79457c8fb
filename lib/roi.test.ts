import { describe, expect, it } from 'vitest';
import { boardTextParts, computeRoi, dayCostFromWage, roiInputs, type RoiInputs } from './roi';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Agentschap Groen Erfgoed, the Dutch worked example (checked by hand). */
const groenErfgoed = {
  staffFte: 385,
  workingDaysPerFte: 200,
  absencePercentage: 6.8,
  psychosocialShare: 25,
  dayCost: 300,
  reduction: { cautious: 10, middle: 25, optimistic: 50 },
};

function inputs(roi: Record<string, unknown>, asIs: Record<string, unknown> = {}): RoiInputs {
  return roiInputs({ resources: { roi }, 'as-is': { figures: asIs } });
}

describe('roiInputs', () => {
  it('takes the absence percentage over from step 2 when step 5 leaves it empty, and says so', () => {
    const resolved = inputs({ absencePercentage: null }, { absencePercentage: 6.8, year: 2025 });
    expect(resolved.absencePercentage).toBe(6.8);
    expect(resolved.absenceSource).toBe('as-is');
    expect(resolved.asIs).toEqual({ absencePercentage: 6.8, year: 2025 });
  });

  it('prefers the figure given in step 5 (an override), even zero', () => {
    expect(inputs({ absencePercentage: 5.9 }, { absencePercentage: 6.8 })).toMatchObject({
      absencePercentage: 5.9,
      absenceSource: 'resources',
    });
    expect(inputs({ absencePercentage: 0 }, { absencePercentage: 6.8 })).toMatchObject({
      absencePercentage: 0,
      absenceSource: 'resources',
    });
  });

  it('has no absence percentage and no source when neither step gives one', () => {
    expect(inputs({})).toMatchObject({ absencePercentage: null, absenceSource: null });
    expect(roiInputs({})).toMatchObject({ absencePercentage: null, absenceSource: null, scenario: 'cautious' });
  });

  it('reads half-typed form values as not given', () => {
    const resolved = inputs(
      { staffFte: '38,', dayCost: -3, reduction: { cautious: '1x' } },
      { absencePercentage: '6,' },
    );
    expect(resolved).toMatchObject({ staffFte: null, dayCost: null, absencePercentage: null, absenceSource: null });
    expect(resolved.reduction).toEqual({ cautious: null, middle: null, optimistic: null });
  });

  it('puts the cautious scenario forward unless another one is chosen', () => {
    expect(inputs({}).scenario).toBe('cautious');
    expect(inputs({ scenario: 'middle' }).scenario).toBe('middle');
    expect(inputs({ scenario: 'reckless' }).scenario).toBe('cautious');
  });

  it('sums internal time over roles', () => {
    expect(roiInputs({ resources: { staffTime: [{ fte: 0.5 }, { fte: 0.2 }] } }).internalFte).toBe(0.7);
  });
});

describe('computeRoi', () => {
  it('computes absence, its psychosocial part, and each scenario (hand-checked)', () => {
    const result = computeRoi(inputs(groenErfgoed), 48_000);
    if (!result.ok) throw new Error('expected a result');
    // 385 FTE × 200 days = 77,000 days; × 6.8 % = 5,236 sick days = 26.18 FTE; × € 300 = € 1,570,800.
    expect(result.figures.availableDays).toBe(77_000);
    expect(result.figures.absenceDays).toBeCloseTo(5_236, 6);
    expect(result.figures.absenceFte).toBeCloseTo(26.18, 6);
    expect(result.figures.absenceCost).toBeCloseTo(1_570_800, 4);
    // A quarter psychosocial: 1,309 days = 6.545 FTE = € 392,700.
    expect(result.figures.psychosocialDays).toBeCloseTo(1_309, 6);
    expect(result.figures.psychosocialFte).toBeCloseTo(6.545, 6);
    expect(result.figures.psychosocialCost).toBeCloseTo(392_700, 4);
    // Cautious, 10 % fewer psychosocial sick days: 130.9 days, € 39,270 a year; € 48,000 pays back in 1.22 years.
    const cautious = result.scenarios.cautious;
    if (!cautious.ok || cautious.payback.kind !== 'years') throw new Error('expected a payback');
    expect(cautious.savedDays).toBeCloseTo(130.9, 6);
    expect(cautious.savedFte).toBeCloseTo(0.6545, 6);
    expect(cautious.saving).toBeCloseTo(39_270, 4);
    expect(cautious.payback.years).toBeCloseTo(1.2223, 4);
    expect(cautious.payback.returnPerEuro).toBeCloseTo(0.8181, 4);
    // Middle 25 %: € 98,175; optimistic 50 %: € 196,350.
    expect(result.scenarios.middle).toMatchObject({ ok: true, saving: expect.closeTo(98_175, 4) });
    expect(result.scenarios.optimistic).toMatchObject({ ok: true, saving: expect.closeTo(196_350, 4) });
    expect(result.budgetTotal).toBe(48_000);
  });

  it('reproduces the Flemish government example of 2014 (6.89 %, 412,024 days, 2,060 FTE, ~515 FTE)', () => {
    const workingDays = 5_976_971;
    const flemish = {
      staffFte: workingDays / 200,
      workingDaysPerFte: 200,
      absencePercentage: (412_024 / workingDays) * 100,
      psychosocialShare: 25,
      dayCost: 0,
    };
    const exact = computeRoi(inputs(flemish), 0);
    if (!exact.ok) throw new Error('expected a result');
    expect(exact.figures.absenceDays).toBeCloseTo(412_024, 6);
    expect(Math.round(exact.figures.absenceFte)).toBe(2_060);
    expect(Math.round(exact.figures.psychosocialFte)).toBe(515);
    // With the published, rounded 6.89 % the result stays within a tenth of a per cent.
    const rounded = computeRoi(inputs({ ...flemish, absencePercentage: 6.89 }), 0);
    if (!rounded.ok) throw new Error('expected a result');
    expect(Math.abs(rounded.figures.absenceDays - 412_024) / 412_024).toBeLessThan(0.001);
    expect(Math.round(rounded.figures.absenceFte)).toBe(2_059);
    expect(Math.round(rounded.figures.psychosocialFte)).toBe(515);
  });

  it('lists every missing input, in form order, instead of a number', () => {
    expect(computeRoi(inputs({}), 10_000)).toEqual({
      ok: false,
      missing: ['staffFte', 'workingDaysPerFte', 'absencePercentage', 'psychosocialShare', 'dayCost'],
    });
    expect(computeRoi(inputs({ staffFte: 100, dayCost: 250 }, { absencePercentage: 6 }), 0)).toEqual({
      ok: false,
      missing: ['workingDaysPerFte', 'psychosocialShare'],
    });
  });

  it('treats zero working days as missing (it would divide by zero)', () => {
    expect(computeRoi(inputs({ ...groenErfgoed, workingDaysPerFte: 0 }), 0)).toEqual({
      ok: false,
      missing: ['workingDaysPerFte'],
    });
  });

  it('reports a scenario without an expected reduction as missing, and computes the others', () => {
    const result = computeRoi(inputs({ ...groenErfgoed, reduction: { cautious: 10 } }), 48_000);
    if (!result.ok) throw new Error('expected a result');
    expect(result.scenarios.cautious.ok).toBe(true);
    expect(result.scenarios.middle).toEqual({ ok: false, missing: ['reduction.middle'] });
    expect(result.scenarios.optimistic).toEqual({ ok: false, missing: ['reduction.optimistic'] });
  });

  it('handles zeros: no staff, no absence or no reduction saves nothing and never pays back', () => {
    for (const zero of [{ staffFte: 0 }, { absencePercentage: 0 }, { psychosocialShare: 0 }, { dayCost: 0 }]) {
      const result = computeRoi(inputs({ ...groenErfgoed, ...zero }), 48_000);
      if (!result.ok) throw new Error('expected a result');
      expect(result.scenarios.cautious).toMatchObject({ ok: true, saving: 0, payback: { kind: 'no-saving' } });
    }
    const none = computeRoi(inputs({ ...groenErfgoed, reduction: { cautious: 0, middle: 0, optimistic: 0 } }), 1);
    if (!none.ok) throw new Error('expected a result');
    expect(none.scenarios.optimistic).toMatchObject({ ok: true, savedDays: 0, payback: { kind: 'no-saving' } });
  });

  it('gives the payback both ways: operating budget only, and with internal time at the day cost (hand-checked)', () => {
    // Saving (cautious): 385 × 200 × 6.8 % × 25 % × 10 % = 130.9 days × €300 = €39,270 a year.
    const light = computeRoi({ ...inputs(groenErfgoed), internalFte: 0.5 }, 48_000);
    if (!light.ok || !light.scenarios.cautious.ok) throw new Error('expected a result');
    const cautious = light.scenarios.cautious;
    expect(cautious.saving).toBeCloseTo(39_270, 6);
    expect(cautious.payback).toMatchObject({ kind: 'years' });
    if (cautious.payback.kind === 'years') expect(cautious.payback.years).toBeCloseTo(48_000 / 39_270, 9); // 1.22
    // Internal time: 0.5 FTE × 200 days × €300 = €30,000 a year; net 9,270; 48,000 ÷ 9,270 = 5.18 years.
    expect(cautious.internalCost).toBeCloseTo(30_000, 6);
    expect(cautious.paybackWithTime).toMatchObject({ kind: 'years' });
    if (cautious.paybackWithTime.kind === 'years') {
      expect(cautious.paybackWithTime.years).toBeCloseTo(5.178, 3);
      expect(cautious.paybackWithTime.returnPerEuro).toBeCloseTo(9_270 / 48_000, 9);
    }
    // Optimistic (30 %): €117,810 saved; with 1.3 FTE (€78,000) net 39,810; 48,000 ÷ 39,810 = 1.21 years.
    const heavy = computeRoi(
      { ...inputs({ ...groenErfgoed, reduction: { optimistic: 30 } }), internalFte: 1.3 },
      48_000,
    );
    if (!heavy.ok || !heavy.scenarios.optimistic.ok) throw new Error('expected a result');
    expect(heavy.scenarios.optimistic.internalCost).toBeCloseTo(78_000, 6);
    const optimistic = heavy.scenarios.optimistic.paybackWithTime;
    expect(optimistic.kind === 'years' && optimistic.years).toBeCloseTo(1.2057, 3);
  });

  it('never pays back with internal time when the time costs more than the scenario saves', () => {
    // 1.3 FTE × 200 × €300 = €78,000 a year > €39,270 saved (cautious).
    const result = computeRoi({ ...inputs(groenErfgoed), internalFte: 1.3 }, 48_000);
    if (!result.ok || !result.scenarios.cautious.ok) throw new Error('expected a result');
    expect(result.scenarios.cautious.payback).toMatchObject({ kind: 'years' });
    expect(result.scenarios.cautious.paybackWithTime).toEqual({ kind: 'no-saving' });
  });

  it('says when there is no budget to pay back yet', () => {
    const result = computeRoi(inputs(groenErfgoed), 0);
    if (!result.ok) throw new Error('expected a result');
    expect(result.scenarios.cautious).toMatchObject({
      ok: true,
      payback: { kind: 'no-budget' },
      paybackWithTime: { kind: 'no-budget' },
    });
  });
});

describe('dayCostFromWage', () => {
  it('divides the yearly wage cost by the working days, to the cent', () => {
    expect(dayCostFromWage(62_000, 200)).toBe(310);
    expect(dayCostFromWage(58_000, 210)).toBe(276.19);
  });

  it('needs both figures and working days above zero', () => {
    expect(dayCostFromWage(null, 200)).toBeNull();
    expect(dayCostFromWage(62_000, null)).toBeNull();
    expect(dayCostFromWage(62_000, 0)).toBeNull();
  });
});

describe('boardTextParts', () => {
  const steps = {
    resources: {
      budgetLines: [
        { amount: 30_000, year: 2026 },
        { amount: 18_000, year: 2027 },
      ],
      staffTime: [{ fte: 0.5 }],
      roi: groenErfgoed,
    },
  };

  it('says nothing when there is neither a budget nor a complete calculation', () => {
    expect(boardTextParts({}, 'nl')).toEqual([]);
    expect(boardTextParts({ resources: { roi: { staffFte: 385 } } }, 'nl')).toEqual([]);
  });

  it('drafts the budget, the figures for the chosen scenario, and a caveat, in Belgian formats', () => {
    const parts = boardTextParts(steps, 'nl');
    expect(parts.map((paragraph) => paragraph.map((part) => part.key))).toEqual([
      ['budget', 'budgetPerYear', 'internalTime'],
      ['absence', 'psychosocial', 'scenario', 'payback', 'paybackWithTime'],
      ['caveat'],
    ]);
    expect(parts[0]?.[0]?.values).toEqual({ total: `€${NBSP}48.000` });
    expect(parts[0]?.[1]?.values).toEqual({ perYear: `2026: €${NBSP}30.000; 2027: €${NBSP}18.000` });
    expect(parts[1]?.[0]?.values).toMatchObject({ days: '5.236', fte: '26,2', cost: `€${NBSP}1.570.800` });
    expect(parts[1]?.[2]?.values).toEqual({
      scenario: 'cautious',
      reduction: '10%',
      days: '131',
      fte: '0,7',
      saving: `€${NBSP}39.270`,
    });
    expect(parts[1]?.[3]?.values).toEqual({ years: '1,2', perEuro: '0,82' });
    // 0.5 FTE × 200 days × €300 = €30,000 a year; 48,000 ÷ (39,270 − 30,000) = 5.18 years.
    expect(parts[1]?.[4]).toEqual({
      key: 'paybackWithTime',
      values: { fte: '0,5', cost: `€${NBSP}30.000`, years: '5,2' },
    });
  });

  it('says plainly when the internal time costs more than the scenario saves (the worked example: 1.3 FTE)', () => {
    const heavy = { resources: { ...steps.resources, staffTime: [{ fte: 0.5 }, { fte: 0.2 }, { fte: 0.6 }] } };
    const parts = boardTextParts(heavy, 'nl');
    // 1.3 FTE × 200 × €300 = €78,000 a year, against €39,270 saved.
    expect(parts[1]?.at(-1)).toEqual({ key: 'notCoveredWithTime', values: { fte: '1,3', cost: `€${NBSP}78.000` } });
    expect(parts[1]?.map((part) => part.key)).toContain('payback');
  });

  it('follows the chosen scenario and the language', () => {
    const optimistic = { resources: { ...steps.resources, roi: { ...groenErfgoed, scenario: 'optimistic' } } };
    const parts = boardTextParts(optimistic, 'fr');
    expect(parts[1]?.[2]?.values).toMatchObject({ scenario: 'optimistic', saving: `196${NNBSP}350${NBSP}€` });
  });

  it('speaks of the budget alone while the calculator is incomplete, and of a scenario that saves nothing', () => {
    expect(boardTextParts({ resources: { budgetLines: [{ amount: 1000, year: 2026 }] } }, 'nl')).toEqual([
      [{ key: 'budget', values: { total: `€${NBSP}1.000` } }],
      [{ key: 'caveat', values: {} }],
    ]);
    const nothing = boardTextParts(
      { resources: { ...steps.resources, roi: { ...groenErfgoed, reduction: { cautious: 0 } } } },
      'nl',
    );
    expect(nothing[1]?.map((part) => part.key)).toEqual(['absence', 'psychosocial', 'scenario', 'noSaving']);
  });
});
