import { describe, expect, it } from 'vitest';
import { createDraft } from '@/lib/draft/envelope';
import { LEVERS } from '@/lib/steps/shared';
import { mergeSummary, mirrorDocument, missingSide, summaryOf } from './mirror';

const base = createDraft({ name: 'Plan', organisation: '', locale: 'nl' });

const initiative = (uid: string, title: string, lever: (typeof LEVERS)[number] | null, scores = {}) => ({
  uid,
  title,
  description: '',
  lever,
  level: null,
  targetGroup: '',
  effort: null,
  impact: null,
  ...scores,
});

const steps = {
  ...base.steps,
  why: {
    ...base.steps.why,
    levers: {
      ...base.steps.why.levers,
      leadership: { relevance: 'high' as const, note: 'Coachend leidinggeven in de buitenploegen.' },
      'new-ways-of-working': { relevance: 'not-now' as const, note: '' },
    },
  },
  'as-is': {
    ...base.steps['as-is'],
    initiatives: [
      initiative('i1', 'Opleiding coachend leiderschap', 'leadership', { effort: 4, impact: 5 }),
      initiative('i2', 'Gezondheidsweek', 'work-life-balance'),
      initiative('i3', '  Teamgesprekken over werkdruk ', 'leadership'),
      initiative('i4', '', 'leadership'),
      initiative('i5', 'Nog zonder hefboom', null),
    ],
  },
  'to-be': {
    ...base.steps['to-be'],
    mirror: {
      ...base.steps['to-be'].mirror,
      leadership: {
        today: 'Een opleiding.',
        tomorrow: 'Elke leidinggevende coacht.',
        leftOut: false,
        leftOutReason: '',
      },
      'work-life-balance': { today: '', tomorrow: 'Seizoenspieken gespreid.', leftOut: false, leftOutReason: '' },
      'meaningful-work': { today: 'Weinig zicht op impact.', tomorrow: '  ', leftOut: false, leftOutReason: '' },
      'new-ways-of-working': { today: '', tomorrow: '', leftOut: true, leftOutReason: 'Eerst de fusie afronden.' },
    },
  },
};

describe('mirrorDocument', () => {
  const rows = mirrorDocument(steps);
  const row = (lever: (typeof LEVERS)[number]) => rows.find((entry) => entry.lever === lever)!;

  it('has one row per lever, in LEVERS order', () => {
    expect(rows.map((entry) => entry.lever)).toEqual([...LEVERS]);
  });

  it("takes each lever's relevance and note from step 1", () => {
    expect(row('leadership')).toMatchObject({
      relevance: 'high',
      leverNote: 'Coachend leidinggeven in de buitenploegen.',
    });
    expect(row('new-ways-of-working').relevance).toBe('not-now');
    expect(row('employability')).toMatchObject({ relevance: null, leverNote: '' });
  });

  it("lists step 2's initiatives under their lever, in inventory order, with their scores", () => {
    expect(row('leadership').initiatives).toEqual([
      { uid: 'i1', title: 'Opleiding coachend leiderschap', effort: 4, impact: 5 },
      { uid: 'i3', title: '  Teamgesprekken over werkdruk ', effort: null, impact: null },
      { uid: 'i4', title: '', effort: null, impact: null },
    ]);
    expect(row('work-life-balance').initiatives.map((item) => item.uid)).toEqual(['i2']);
    expect(row('employability').initiatives).toEqual([]);
    // An initiative without a lever appears nowhere.
    expect(rows.flatMap((entry) => entry.initiatives).map((item) => item.uid)).not.toContain('i5');
  });

  it('suggests a "today" made of the trimmed initiative titles only, one per line', () => {
    expect(row('leadership').suggestedToday).toBe('• Opleiding coachend leiderschap\n• Teamgesprekken over werkdruk');
    expect(row('employability').suggestedToday).toBe('');
  });

  it('copies what the user wrote for today, tomorrow and leaving a lever out', () => {
    expect(row('leadership')).toMatchObject({ today: 'Een opleiding.', tomorrow: 'Elke leidinggevende coacht.' });
    expect(row('new-ways-of-working')).toMatchObject({ leftOut: true, leftOutReason: 'Eerst de fusie afronden.' });
  });

  it('flags the side that is missing, and nothing for a lever left out on purpose', () => {
    expect(rows.map((entry) => [entry.lever, entry.missing])).toEqual([
      ['employability', 'both'],
      ['leadership', null],
      ['meaningful-work', 'tomorrow'],
      ['work-life-balance', 'today'],
      ['new-ways-of-working', null],
    ]);
  });

  it('works on an empty draft and on half-filled or damaged form values', () => {
    expect(mirrorDocument(base.steps).every((entry) => entry.missing === 'both' && !entry.initiatives.length)).toBe(
      true,
    );
    expect(mirrorDocument({}).map((entry) => entry.missing)).toEqual(LEVERS.map(() => 'both'));
    const odd = mirrorDocument({
      'as-is': { initiatives: [null, undefined, { title: 'Zonder uid', lever: 'leadership' }] },
      'to-be': { mirror: { leadership: undefined } },
    });
    expect(odd.flatMap((entry) => entry.initiatives)).toEqual([]);
  });
});

describe('missingSide', () => {
  it('treats whitespace as empty', () => {
    expect(missingSide(' \n', '\t', false)).toBe('both');
    expect(missingSide('x', '', false)).toBe('tomorrow');
    expect(missingSide('', 'x', false)).toBe('today');
    expect(missingSide('x', 'y', false)).toBeNull();
    expect(missingSide('', '', true)).toBeNull();
  });
});

describe('summaryOf', () => {
  it('skips untitled initiatives', () => {
    expect(summaryOf([{ uid: 'a', title: ' ', effort: null, impact: null }])).toBe('');
  });
});

describe('mergeSummary', () => {
  const summary = '• Opleiding\n• Teamgesprekken';

  it('fills an empty text with the summary', () => {
    expect(mergeSummary('', summary)).toBe(summary);
    expect(mergeSummary('  \n', summary)).toBe(summary);
  });

  it('never overwrites what the user wrote: it adds the missing lines below', () => {
    expect(mergeSummary('Weinig structuur.\n', summary)).toBe('Weinig structuur.\n• Opleiding\n• Teamgesprekken');
    expect(mergeSummary('Weinig structuur.\n• Opleiding', summary)).toBe(
      'Weinig structuur.\n• Opleiding\n• Teamgesprekken',
    );
  });

  it('changes nothing when every line is already there', () => {
    const text = 'Intro\n  • Opleiding \n• Teamgesprekken';
    expect(mergeSummary(text, summary)).toBe(text);
    expect(mergeSummary('Eigen tekst', '')).toBe('Eigen tekst');
  });
});
