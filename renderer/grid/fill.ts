/**
 * Ctrl+D and Ctrl+R as in Excel: fill the selected block down from its top row (or, with one row selected,
 * from the row above), or right from its left column (or from the column to the left). The result is a
 * block of text handed to the paste planner, so fills obey the same rules as a paste: computed cells and
 * cells a row does not hold are skipped, and the whole fill is one undoable step.
 */
export interface FillBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface FillSource {
  /** The text of body cell (row, col) as shown. */
  text: (row: number, col: number) => string;
}

export type FillPlan = { startRow: number; startCol: number; grid: string[][] } | null;

export function planFill(direction: 'down' | 'right', b: FillBlock, src: FillSource): FillPlan {
  if (direction === 'down') {
    const from = b.top === b.bottom ? b.top - 1 : b.top;
    const startRow = b.top === b.bottom ? b.top : b.top + 1;
    if (from < 0) return null;
    const line = range(b.left, b.right).map((c) => src.text(from, c));
    return { startRow, startCol: b.left, grid: range(startRow, b.bottom).map(() => [...line]) };
  }
  const from = b.left === b.right ? b.left - 1 : b.left;
  const startCol = b.left === b.right ? b.left : b.left + 1;
  if (from < 0) return null;
  const width = b.right - startCol + 1;
  return { startRow: b.top, startCol, grid: range(b.top, b.bottom).map((r) => Array<string>(width).fill(src.text(r, from))) };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
}
