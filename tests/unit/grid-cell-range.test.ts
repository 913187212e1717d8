/**
 * A selected block of cells (renderer/grid/cell-range.ts): from where the selection started to the focused
 * cell, in whichever direction it was dragged or extended.
 */
import { describe, expect, it } from 'vitest';
import { bounds, inRange, type CellRange } from '../../renderer/grid/cell-range';

const range = (anchor: [number, number], focus: [number, number]): CellRange => ({
  anchor: { row: anchor[0], col: anchor[1] },
  focus: { row: focus[0], col: focus[1] },
});

describe('bounds', () => {
  it('is the same block whichever corner the selection started from', () => {
    const block = { top: 2, bottom: 5, left: 1, right: 3 };
    expect(bounds(range([2, 1], [5, 3]))).toEqual(block); // dragged down and right
    expect(bounds(range([5, 3], [2, 1]))).toEqual(block); // up and left
    expect(bounds(range([5, 1], [2, 3]))).toEqual(block); // up and right
    expect(bounds(range([2, 3], [5, 1]))).toEqual(block); // down and left
  });

  it('is one cell when the selection has not moved', () => {
    expect(bounds(range([4, 7], [4, 7]))).toEqual({ top: 4, bottom: 4, left: 7, right: 7 });
  });

  it('is one row or one column when the selection moved only across or only down', () => {
    expect(bounds(range([3, 6], [3, 2]))).toEqual({ top: 3, bottom: 3, left: 2, right: 6 });
    expect(bounds(range([9, 0], [1, 0]))).toEqual({ top: 1, bottom: 9, left: 0, right: 0 });
  });
});

describe('inRange', () => {
  const dragged = range([5, 3], [2, 1]); // rows 2-5, columns 1-3, selected backwards

  it('holds the corners and edges of the block, whichever way it was selected', () => {
    for (const [row, col] of [
      [2, 1],
      [2, 3],
      [5, 1],
      [5, 3],
      [3, 2],
      [4, 1],
    ])
      expect(inRange(dragged, row, col), `${row},${col}`).toBe(true);
  });

  it('does not hold the cells just outside each edge', () => {
    for (const [row, col] of [
      [1, 2],
      [6, 2],
      [3, 0],
      [3, 4],
      [1, 0],
      [6, 4],
    ])
      expect(inRange(dragged, row, col), `${row},${col}`).toBe(false);
  });

  it('holds nothing when there is no selection', () => {
    expect(inRange(null, 0, 0)).toBe(false);
  });

  it('holds only its one cell for a single-cell selection', () => {
    const one = range([0, 0], [0, 0]);
    expect(inRange(one, 0, 0)).toBe(true);
    expect(inRange(one, 0, 1)).toBe(false);
    expect(inRange(one, 1, 0)).toBe(false);
  });
});
