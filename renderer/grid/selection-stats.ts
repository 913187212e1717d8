/** Count, sum and average of the numbers in a selection, as Excel's status bar shows them. Pure. */
import { addTenths } from '../../shared/calc/evaluate';

export interface SelectionStats {
  cells: number;
  count: number;
  sum: number;
  average: number | null;
}

export function selectionStats(values: unknown[]): SelectionStats {
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const sum = addTenths(nums);
  return { cells: values.length, count: nums.length, sum, average: nums.length ? Math.round((sum / nums.length) * 100) / 100 : null };
}
