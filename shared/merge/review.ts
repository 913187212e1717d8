/** What a plan-file merge review and its application return across the API (the renderer's dialog shows these). */
import type { MergeItem } from './three-way';

export interface MergeReview {
  planId: number;
  items: MergeItem[];
  changes: number;
  conflicts: number;
}

export interface MergeApplied extends MergeReview {
  /** Changes written (one undoable step when more than 0). */
  written: number;
  /** Conflicts left as they are here because no choice was given; the file stays unmerged for them. */
  unresolved: number;
}
