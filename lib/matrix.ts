import type { Quadrant } from '@/lib/steps/as-is';

/**
 * The effort–impact matrix of step 2: a 5 × 5 grid with effort on the x axis
 * and impact on the y axis, split into four quadrants.
 *
 * A score counts as high from 4 up, on both axes: a middle score of 3 is low.
 * An initiative has to make a clear difference (impact 4 or 5) before it counts
 * as high impact, and only clearly heavy work (effort 4 or 5) counts as a big
 * effort. So 3/3 is a fill-in, 3/4 a quick win and 4/3 a thankless task. One
 * rule for both axes is easy to explain in the matrix's own hint.
 */

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** The lowest score that counts as high, on both axes. */
export const HIGH_FROM = 4;

/** Where an unscored initiative lands when it is first placed by keyboard. */
export const MIDDLE: Score = 3;

export interface Position {
  effort: Score;
  impact: Score;
}

export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export const isHigh = (score: number): boolean => score >= HIGH_FROM;

export function quadrantOf(effort: number, impact: number): Quadrant {
  if (isHigh(impact)) return isHigh(effort) ? 'major-project' : 'quick-win';
  return isHigh(effort) ? 'thankless' : 'fill-in';
}

/** The position of an initiative, or null while one of its scores is missing. */
export function positionOf(item: { effort?: unknown; impact?: unknown }): Position | null {
  return isScore(item.effort) && isScore(item.impact) ? { effort: item.effort, impact: item.impact } : null;
}

const clamp = (score: number): Score => Math.min(5, Math.max(1, Math.round(score))) as Score;

const ARROWS: Record<string, { effort: number; impact: number }> = {
  ArrowRight: { effort: 1, impact: 0 },
  ArrowLeft: { effort: -1, impact: 0 },
  ArrowUp: { effort: 0, impact: 1 },
  ArrowDown: { effort: 0, impact: -1 },
};

/**
 * Where an arrow key moves a marker: right/left change effort by one,
 * up/down change impact by one, never past the edge of the grid. An
 * initiative missing a score is first placed with the missing score in the
 * middle, without moving. Null for any other key.
 */
export function moveByKey(item: { effort?: unknown; impact?: unknown }, key: string): Position | null {
  const step = ARROWS[key];
  if (!step) return null;
  const position = positionOf(item);
  if (!position) {
    return { effort: isScore(item.effort) ? item.effort : MIDDLE, impact: isScore(item.impact) ? item.impact : MIDDLE };
  }
  return { effort: clamp(position.effort + step.effort), impact: clamp(position.impact + step.impact) };
}

/** A numbered entry on the matrix: `number` is its place in the list (1-based), as shown in the form. */
export interface Placed<T> {
  item: T;
  number: number;
  position: Position | null;
}

/**
 * Groups initiatives per cell (key `effort-impact`) for drawing, keeping list
 * order within a cell, and lists the ones not scored yet.
 */
export function placeAll<T extends { effort?: unknown; impact?: unknown }>(
  items: readonly T[],
): { cells: Map<string, Placed<T>[]>; unplaced: Placed<T>[] } {
  const cells = new Map<string, Placed<T>[]>();
  const unplaced: Placed<T>[] = [];
  items.forEach((item, index) => {
    const placed = { item, number: index + 1, position: positionOf(item) };
    if (!placed.position) {
      unplaced.push(placed);
      return;
    }
    const key = cellKey(placed.position);
    cells.set(key, [...(cells.get(key) ?? []), placed]);
  });
  return { cells, unplaced };
}

export const cellKey = ({ effort, impact }: Position): string => `${effort}-${impact}`;

/** A rectangle in the drawing's own units, from its top left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MatrixLayout<T> {
  /** The 25 cells, keyed by `cellKey`: effort 1 at the left, impact 5 at the top. */
  cells: Map<string, Box>;
  /** Where the quadrant lines cross: the right edge of the low-effort columns, the bottom edge of the high-impact rows. */
  split: { x: number; y: number };
  markers: { point: T; box: Box }[];
}

/**
 * Where a drawing of the matrix puts its cells and round markers (used by the
 * PDF). Markers in one cell sit side by side in rows of as many as fit, and the
 * group is centred in its cell, so a single marker's centre is the cell's
 * centre. A group taller than its cell stays inside the drawing.
 */
export function matrixLayout<T extends { x: number; y: number }>(
  points: readonly T[],
  size: { width: number; height: number; marker: number; gap: number },
  lowScores: number = HIGH_FROM - 1,
): MatrixLayout<T> {
  const cellWidth = size.width / SCORES.length;
  const cellHeight = size.height / SCORES.length;
  const cellBox = (effort: number, impact: number): Box => ({
    left: (effort - 1) * cellWidth,
    top: (SCORES.length - impact) * cellHeight,
    width: cellWidth,
    height: cellHeight,
  });
  const cells = new Map<string, Box>();
  for (const effort of SCORES)
    for (const impact of SCORES) cells.set(cellKey({ effort, impact }), cellBox(effort, impact));

  const groups = new Map<string, T[]>();
  for (const point of points) {
    const key = `${clamp(point.x)}-${clamp(point.y)}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const pitch = size.marker + size.gap;
  const perRow = Math.max(1, Math.floor((cellWidth + size.gap) / pitch));
  const markers: { point: T; box: Box }[] = [];
  for (const [key, group] of groups) {
    const cell = cells.get(key);
    if (!cell) continue;
    const rows = Math.ceil(group.length / perRow);
    const groupHeight = rows * pitch - size.gap;
    const firstTop = Math.max(0, Math.min(cell.top + (cell.height - groupHeight) / 2, size.height - groupHeight));
    group.forEach((point, index) => {
      const row = Math.floor(index / perRow);
      const inRow = row === rows - 1 ? group.length - row * perRow : perRow;
      const rowWidth = inRow * pitch - size.gap;
      const column = index % perRow;
      markers.push({
        point,
        box: {
          left: cell.left + (cell.width - rowWidth) / 2 + column * pitch,
          top: firstTop + row * pitch,
          width: size.marker,
          height: size.marker,
        },
      });
    });
  }
  return { cells, split: { x: lowScores * cellWidth, y: (SCORES.length - lowScores) * cellHeight }, markers };
}
