import { describe, expect, it } from 'vitest';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { coverage, coverageGaps, gapsByLever, uncounted } from './coverage';

describe('coverage', () => {
  it('counts initiatives per lever and level', () => {
    const counts = coverage([
      { lever: 'leadership', level: 'team' },
      { lever: 'leadership', level: 'team' },
      { lever: 'work-life-balance', level: 'organisation' },
    ]);
    expect(counts.leadership.team).toBe(2);
    expect(counts['work-life-balance'].organisation).toBe(1);
    expect(counts.employability.individual).toBe(0);
    expect(Object.keys(counts)).toEqual([...LEVERS]);
    for (const lever of LEVERS) expect(Object.keys(counts[lever])).toEqual([...LEVELS]);
  });

  it('leaves out initiatives without a lever or a level', () => {
    const items = [{ lever: null, level: 'team' as const }, { lever: 'leadership' as const, level: null }, {}];
    const counts = coverage(items);
    expect(LEVERS.every((lever) => LEVELS.every((level) => counts[lever][level] === 0))).toBe(true);
    expect(uncounted(items)).toBe(3);
    expect(uncounted([{ lever: 'leadership', level: 'team' }])).toBe(0);
  });
});

describe('coverageGaps', () => {
  it('names every lever × level without an initiative, in lever then level order', () => {
    const gaps = coverageGaps([
      { lever: 'employability', level: 'individual' },
      { lever: 'employability', level: 'team' },
      { lever: 'employability', level: 'organisation' },
      { lever: 'leadership', level: 'individual' },
      { lever: 'leadership', level: 'organisation' },
      { lever: 'meaningful-work', level: 'team' },
      { lever: 'work-life-balance', level: 'individual' },
      { lever: 'work-life-balance', level: 'team' },
      { lever: 'work-life-balance', level: 'organisation' },
      { lever: 'new-ways-of-working', level: 'individual' },
      { lever: 'new-ways-of-working', level: 'team' },
      { lever: 'new-ways-of-working', level: 'organisation' },
    ]);
    expect(gaps).toEqual([
      { lever: 'leadership', level: 'team' },
      { lever: 'meaningful-work', level: 'individual' },
      { lever: 'meaningful-work', level: 'organisation' },
    ]);
  });

  it('finds all fifteen gaps when nothing is classified, and none when everything is covered', () => {
    expect(coverageGaps([])).toHaveLength(LEVERS.length * LEVELS.length);
    const all = LEVERS.flatMap((lever) => LEVELS.map((level) => ({ lever, level })));
    expect(coverageGaps(all)).toEqual([]);
  });
});

describe('gapsByLever', () => {
  it('groups the gaps per lever and leaves out levers without one', () => {
    const covered = LEVERS.filter((lever) => lever !== 'leadership').flatMap((lever) =>
      LEVELS.map((level) => ({ lever, level })),
    );
    expect(gapsByLever([...covered, { lever: 'leadership', level: 'organisation' }])).toEqual([
      { lever: 'leadership', levels: ['individual', 'team'] },
    ]);
    const all = LEVERS.flatMap((lever) => LEVELS.map((level) => ({ lever, level })));
    expect(gapsByLever(all)).toEqual([]);
    expect(gapsByLever([])).toHaveLength(LEVERS.length);
  });
});
