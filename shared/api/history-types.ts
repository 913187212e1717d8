/**
 * Result types of the roll-forward, history, version and comparison calls (issue 15), kept beside the
 * contract so contract.ts only gains their call lines.
 */
import type { RollResult } from '../calc/roll-forward';

/** What starting next year's plan would do, shown for review before it is made. */
export interface RollPreview {
  title: { before: string; after: string };
  year: number;
  sectionTitles: { before: string; after: string }[];
  actions: RollResult['actions'];
  /** Sections that will be marked "to review". */
  toReview: string[];
}

/** A "to review" mark of a rolled-forward plan: a section carried as it was, or an action whose date has passed. */
export interface ReviewItem {
  id: number;
  sectionId: number;
  section: string;
  blockId: number | null;
  rowId: number | null;
  reason: string;
  done: boolean;
  how: 'ticked' | 'edited' | null;
}

/** One logged change: when, who, where, and the value before and after, as text. */
export interface HistoryEntry {
  id: number;
  step: number;
  at: string;
  who: string;
  sectionId: number | null;
  section: string;
  blockId: number | null;
  rowId: number | null;
  column: string | null;
  /** In the user's words: "Secondary › Revenue Budget › Senior secondary advisers › Employee Costs". */
  where: string;
  old: string;
  new: string;
  undone: boolean;
  /** Whether "put this value back" applies (cells, narrative, title page, section titles). */
  restorable: boolean;
}

/** A named point in a plan's history, with the plan as it stood. */
export interface VersionInfo {
  id: number;
  planId: number;
  name: string;
  at: string;
  who: string;
  step: number;
  /** Steps before it were compacted into it: its history before this point is the snapshot alone. */
  compacted: boolean;
}
