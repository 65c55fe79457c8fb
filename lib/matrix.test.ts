import { describe, expect, it } from 'vitest';
import { cellKey, moveByKey, placeAll, positionOf, quadrantOf, SCORES } from './matrix';

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
