/**
 * The plan store's shape (plan-store.ts): the document and the actions on it. Its own module so the edit
 * actions (plan-edits.ts) and the store that combines them share one definition without importing each other.
 */
import type { PlanDocument, PlanHeader, PlanSummary } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import type { RichDoc } from '../../shared/model/richtext';
import type { RowRole } from '../../shared/model/table-kinds';
import type { HistoryState, StepResult } from '../../shared/api/contract';
import type { PastePlan } from '../grid/paste';
import type { CatalogueTarget } from '../../shared/calc/target-catalogue';
import type { Place } from './ui-store';

export interface PlanState {
  plans: PlanSummary[];
  plan: PlanDocument | null;
  /** False while only the open plan's skeleton is in (its outline); its sections' contents follow. */
  complete: boolean;
  loading: boolean;
  loadPlans: () => Promise<void>;
  /** Reads the plan list again (after a plan was made, renamed, merged or removed). */
  refreshPlans: () => Promise<PlanSummary[]>;
  /** After a change made outside the open page (merge, replace, roll forward, import): the plan list read again,
   * `planId` opened (at the same place when it is the open plan), and `done` said. */
  showPlan: (planId: number, done?: string) => Promise<void>;
  /** No plan open: the database was swapped, or its last plan removed. */
  closePlan: (loading?: boolean) => void;
  openPlan: (planId: number, place?: Place) => Promise<void>;
  updateHeader: (patch: Partial<PlanHeader>) => Promise<boolean>;
  createPlan: (header: PlanHeader, units: string[]) => Promise<boolean>;
  updateCell: (rowId: number, column: string, value: CellValue) => Promise<boolean>;
  history: HistoryState;
  /** Targets of other plans that actions can link to (from every plan in the database). */
  catalogue: CatalogueTarget[];
  /** Runs a change that may touch many rows or the outline, then reloads the plan so the screen shows what was stored. */
  change: (run: () => Promise<unknown>, done?: string) => Promise<boolean>;
  /** `verb` names the change in the status line: a paste, or Delete clearing the selected cells. */
  pasteCells: (blockId: number, plan: PastePlan, verb?: 'Pasted' | 'Cleared') => Promise<boolean>;
  insertRow: (blockId: number, position: number, role: RowRole) => Promise<boolean>;
  deleteRow: (rowId: number) => Promise<boolean>;
  moveRow: (rowId: number, position: number) => Promise<boolean>;
  saveNarrative: (blockId: number, doc: RichDoc) => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
  /** Reads the open plan again, keeping on screen every part that did not change. */
  reload: () => Promise<void>;
  rowChange: (run: () => Promise<(plan: PlanDocument) => PlanDocument>, done?: string) => Promise<boolean>;
  step: (verb: 'Undone' | 'Redone', run: () => Promise<StepResult>) => Promise<boolean>;
}

export type SetPlan = (partial: Partial<PlanState> | ((s: PlanState) => Partial<PlanState>)) => void;
export type GetPlan = () => PlanState;
