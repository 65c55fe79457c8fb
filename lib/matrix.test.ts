import { describe, expect, it } from 'vitest';
import {
  cellKey,
  matrixLayout,
  moveByKey,
  placeAll,
  positionOf,
  quadrantOf,
  SCORES,
  type Box,
  type Position,
} from './matrix';

describe('quadrantOf', () => {
  // Rows are impact 5 (top) to 1 (bottom), columns effort 1 to 5: the picture on screen.
  const expected = [
    ['quick-win', 'quick-win', 'quick-win', 'major-project', 'major-project'],
    ['quick-win', 'quick-win', 'quick-win', 'major-project', 'major-project'],
    ['fill-in', 'fill-in', 'fill-in', 'thankless', 'thankless'],
    ['fill-in', 'fill-in', 'fill-in', 'thankless', 'thankless'],
    ['fill-in', 'fill-in', 'fill-in', 'thankless', 'thankless'],
  ];

  it('classes every cell of the 5 × 5 grid', () => {
    const actual = [5, 4, 3, 2, 1].map((impact) => SCORES.map((effort) => quadrantOf(effort, impact)));
    expect(actual).toEqual(expected);
  });

  it('counts a middle score of 3 as low on both axes', () => {
    expect(quadrantOf(3, 3)).toBe('fill-in');
    expect(quadrantOf(3, 4)).toBe('quick-win');
    expect(quadrantOf(4, 3)).toBe('thankless');
    expect(quadrantOf(4, 4)).toBe('major-project');
  });
});

describe('positionOf', () => {
  it('needs both scores as whole numbers from 1 to 5', () => {
    expect(positionOf({ effort: 2, impact: 5 })).toEqual({ effort: 2, impact: 5 });
    expect(positionOf({ effort: null, impact: 5 })).toBeNull();
    expect(positionOf({ effort: 2 })).toBeNull();
    expect(positionOf({ effort: 0, impact: 3 })).toBeNull();
    expect(positionOf({ effort: 6, impact: 3 })).toBeNull();
    expect(positionOf({ effort: 2.5, impact: 3 })).toBeNull();
    expect(positionOf({ effort: '2', impact: 3 })).toBeNull();
  });
});

describe('moveByKey', () => {
  const at = { effort: 3, impact: 3 };

  it('changes effort with left/right and impact with up/down, by one', () => {
    expect(moveByKey(at, 'ArrowRight')).toEqual({ effort: 4, impact: 3 });
    expect(moveByKey(at, 'ArrowLeft')).toEqual({ effort: 2, impact: 3 });
    expect(moveByKey(at, 'ArrowUp')).toEqual({ effort: 3, impact: 4 });
    expect(moveByKey(at, 'ArrowDown')).toEqual({ effort: 3, impact: 2 });
  });

  it('stops at the edges of the grid', () => {
    expect(moveByKey({ effort: 5, impact: 5 }, 'ArrowRight')).toEqual({ effort: 5, impact: 5 });
    expect(moveByKey({ effort: 5, impact: 5 }, 'ArrowUp')).toEqual({ effort: 5, impact: 5 });
    expect(moveByKey({ effort: 1, impact: 1 }, 'ArrowLeft')).toEqual({ effort: 1, impact: 1 });
    expect(moveByKey({ effort: 1, impact: 1 }, 'ArrowDown')).toEqual({ effort: 1, impact: 1 });
  });

  it('first places an unscored initiative, filling a missing score with the middle', () => {
    expect(moveByKey({ effort: null, impact: null }, 'ArrowUp')).toEqual({ effort: 3, impact: 3 });
    expect(moveByKey({ effort: 1, impact: null }, 'ArrowRight')).toEqual({ effort: 1, impact: 3 });
    expect(moveByKey({ effort: null, impact: 5 }, 'ArrowDown')).toEqual({ effort: 3, impact: 5 });
  });

  it('ignores other keys', () => {
    expect(moveByKey(at, 'Enter')).toBeNull();
    expect(moveByKey(at, 'a')).toBeNull();
    expect(moveByKey({ effort: null, impact: null }, 'Tab')).toBeNull();
  });
});

describe('placeAll', () => {
  it('groups initiatives per cell in list order, numbered as in the list, and lists the unscored', () => {
    const items = [
      { title: 'a', effort: 2, impact: 5 },
      { title: 'b', effort: null, impact: 4 },
      { title: 'c', effort: 2, impact: 5 },
      { title: 'd', effort: 5, impact: 1 },
    ];
    const { cells, unplaced } = placeAll(items);
    expect([...cells.keys()].sort()).toEqual(['2-5', '5-1']);
    expect(cells.get(cellKey({ effort: 2, impact: 5 }))?.map((p) => [p.item.title, p.number])).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
    expect(unplaced.map((p) => [p.item.title, p.number, p.position])).toEqual([['b', 2, null]]);
  });

  it('handles an empty list', () => {
    const { cells, unplaced } = placeAll([]);
    expect(cells.size).toBe(0);
    expect(unplaced).toEqual([]);
  });
});

describe('matrixLayout', () => {
  const size = { width: 360, height: 260, marker: 14, gap: 1 };
  const centre = (box: Box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const everyCell = SCORES.flatMap((x) => SCORES.map((y) => ({ x, y })));

  it('puts a single marker at the centre of its cell, in every cell', () => {
    for (const point of everyCell) {
      const layout = matrixLayout([point], size);
      const [marker] = layout.markers;
      const cell = layout.cells.get(cellKey({ effort: point.x, impact: point.y } as Position));
      expect(marker && cell).toBeTruthy();
      if (!marker || !cell) continue;
      expect(centre(marker.box).x).toBeCloseTo(centre(cell).x, 9);
      expect(centre(marker.box).y).toBeCloseTo(centre(cell).y, 9);
    }
  });

  it('centres a group of markers in its cell, side by side, inside the cell and without overlap', () => {
    for (const count of [2, 3, 4, 5, 7]) {
      const points = Array.from({ length: count }, (_, index) => ({ x: 4, y: 2, index }));
      const layout = matrixLayout(points, size);
      const cell = layout.cells.get('4-2');
      if (!cell) throw new Error('no cell 4-2');
      const boxes = layout.markers.map((marker) => marker.box);
      expect(boxes).toHaveLength(count);
      const left = Math.min(...boxes.map((box) => box.left));
      const right = Math.max(...boxes.map((box) => box.left + box.width));
      const top = Math.min(...boxes.map((box) => box.top));
      const bottom = Math.max(...boxes.map((box) => box.top + box.height));
      expect((top + bottom) / 2).toBeCloseTo(centre(cell).y, 9);
      if (count <= 4) expect((left + right) / 2).toBeCloseTo(centre(cell).x, 9);
      expect(left).toBeGreaterThanOrEqual(cell.left);
      expect(right).toBeLessThanOrEqual(cell.left + cell.width);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top;
          expect(apart || b.top + b.height <= a.top).toBe(true);
        }
      }
    }
  });

  it('keeps markers in list order and puts effort 4 right of the quadrant line, impact 4 above it', () => {
    const layout = matrixLayout(
      [
        { x: 4, y: 4, id: 'a' },
        { x: 3, y: 3, id: 'b' },
      ],
      size,
    );
    const [a, b] = layout.markers;
    expect(a?.point.id).toBe('a');
    expect(b?.point.id).toBe('b');
    if (!a || !b) return;
    expect(a.box.left).toBeGreaterThan(layout.split.x);
    expect(a.box.top + a.box.height).toBeLessThan(layout.split.y);
    expect(b.box.left + b.box.width).toBeLessThan(layout.split.x);
    expect(b.box.top).toBeGreaterThan(layout.split.y);
  });
});
