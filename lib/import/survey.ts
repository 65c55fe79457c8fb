import { MIN_GROUP_SIZE } from '@/lib/indicators';
import type { ImportRecord } from './mapping';

/**
 * A staff survey's results per item as a priority matrix, the step 7 tool of the Flemish monitoring offer: each
 * item placed by its score and by how much it matters — its importance when the file gives one, otherwise its
 * gap to the benchmark (score − benchmark). The axes split at the mean over the items (importance–performance
 * analysis, centred on the data), so the matrix always separates this survey's own strong and weak points.
 * Items answered by fewer than ten people are left out and counted. Pure.
 */

export type SurveyRecord = ImportRecord<'survey'>;

/** `priority`: low score, matters a lot — act first. `keep`: high score, matters. `watch`: low, matters less. `fine`: high, matters less. */
export type Priority = 'priority' | 'keep' | 'watch' | 'fine';

export interface SurveyItem {
  /** The record's position in the list given to `priorityMatrix`. */
  index: number;
  item: string;
  theme: string | null;
  score: number;
  /** Importance, or the gap to the benchmark (negative: below it). */
  weight: number;
  benchmark: number | null;
  priority: Priority;
}

export interface SurveyMatrix {
  /** What the second axis is. */
  axis: 'importance' | 'gap';
  scoreSplit: number;
  weightSplit: number;
  items: SurveyItem[];
  /** Items left out: fewer than ten respondents. */
  suppressed: number;
  /** Items without importance or benchmark, which cannot be placed. */
  unplaced: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function priorityMatrix(records: readonly SurveyRecord[]): SurveyMatrix | null {
  const readable = records.filter((row) => typeof row.respondents !== 'number' || row.respondents >= MIN_GROUP_SIZE);
  const suppressed = records.length - readable.length;
  const hasImportance = readable.some((row) => typeof row.importance === 'number');
  const axis = hasImportance ? 'importance' : 'gap';
  const placed = records.flatMap((row, index) => {
    if (typeof row.respondents === 'number' && row.respondents < MIN_GROUP_SIZE) return [];
    if (typeof row.score !== 'number' || typeof row.item !== 'string') return [];
    const benchmark = typeof row.benchmark === 'number' ? row.benchmark : null;
    const weight =
      axis === 'importance'
        ? typeof row.importance === 'number'
          ? row.importance
          : null
        : benchmark === null
          ? null
          : row.score - benchmark;
    if (weight === null) return [];
    return [
      {
        index,
        item: row.item,
        theme: typeof row.theme === 'string' ? row.theme : null,
        score: row.score,
        weight,
        benchmark,
      },
    ];
  });
  if (!placed.length) return null;
  const scoreSplit = mean(placed.map((item) => item.score));
  // On the gap axis, "matters more" is a gap further below the benchmark: the split is the mean gap.
  const weightSplit = mean(placed.map((item) => item.weight));
  const items = placed.map((item): SurveyItem => {
    const high = item.score >= scoreSplit;
    const matters = axis === 'importance' ? item.weight >= weightSplit : item.weight < weightSplit;
    return { ...item, priority: matters ? (high ? 'keep' : 'priority') : high ? 'fine' : 'watch' };
  });
  return { axis, scoreSplit, weightSplit, items, suppressed, unplaced: readable.length - placed.length };
}
