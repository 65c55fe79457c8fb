import { LEVELS, LEVERS, type Level, type Lever } from '@/lib/steps/shared';

/**
 * Coverage of the current initiatives (step 2): how many work on each lever at
 * each level, so gaps such as "nothing on leadership at team level" stand out.
 * Initiatives without a lever or a level are not counted.
 */

export type Coverage = Record<Lever, Record<Level, number>>;

interface Classified {
  lever?: Lever | null;
  level?: Level | null;
}

export function coverage(initiatives: readonly Classified[]): Coverage {
  const counts = Object.fromEntries(
    LEVERS.map((lever) => [lever, Object.fromEntries(LEVELS.map((level) => [level, 0]))]),
  ) as Coverage;
  for (const { lever, level } of initiatives) {
    if (lever && level && lever in counts && level in counts[lever]) counts[lever][level] += 1;
  }
  return counts;
}

/** Every lever × level without an initiative, in the order of LEVERS then LEVELS. */
export function coverageGaps(initiatives: readonly Classified[]): { lever: Lever; level: Level }[] {
  const counts = coverage(initiatives);
  return LEVERS.flatMap((lever) =>
    LEVELS.filter((level) => counts[lever][level] === 0).map((level) => ({ lever, level })),
  );
}

/** How many initiatives lack a lever or a level and so are not counted. */
export function uncounted(initiatives: readonly Classified[]): number {
  return initiatives.filter(({ lever, level }) => !lever || !level).length;
}

/** The gaps grouped per lever (levers without a gap are left out), for naming them in a sentence. */
export function gapsByLever(initiatives: readonly Classified[]): { lever: Lever; levels: Level[] }[] {
  const gaps = coverageGaps(initiatives);
  return LEVERS.map((lever) => ({
    lever,
    levels: gaps.filter((gap) => gap.lever === lever).map((gap) => gap.level),
  })).filter((group) => group.levels.length > 0);
}
