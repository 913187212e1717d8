/**
 * The one contract between the renderer and the main process: every call's name, argument validator,
 * result type and whether it writes (declared with `write`). The handler table implements exactly this
 * (checked with `satisfies`), the preload and the HTTP host forward exactly these names, and the renderer's
 * `api` client is typed from it.
 */
import { z } from 'zod';
import type { PlanDocument, PlanSummary, Row } from '../model/plan';
import { headerPatchSchema, headerSchema } from '../model/plan';
import { ROW_ROLES, TABLE_KINDS } from '../model/table-kinds';
import type { RichDoc } from '../model/richtext';
import type { TotalMismatch } from '../calc/printed-totals';
import type { BudgetImportPreview } from '../model/budget-import';
import type { CatalogueTarget } from '../calc/target-catalogue';
import type { MergeApplied, MergeReview } from '../merge/review';
import type { DirectorateSummary } from '../calc/directorate-summary';
import type { HistoryEntry, ReviewItem, RollPreview, VersionInfo } from './history-types';
import type { PlanComparison } from '../calc/compare-plans';
import type { WordReview } from '../word-import/review';
import type { PlanPlace } from '../calc/plan-places';

const id = z.number().int().positive();
/** Declares a call: `call<Result>()(argsSchema)`; the result is a type only, the arguments are validated. */
const call =
  <R>() =>
  <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });
/** Declares a call that changes the database (a plan, its history, the backups): in the renderer only the stores make it. */
const write =
  <R>() =>
  <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R, writes: true as const });

/** A 20 MB workbook in base64. */
const MAX_FILE_BASE64 = 28 * 1024 * 1024;
/** A plan file of up to 64 MB in base64 (the 25-unit synthetic plan is a few MB). */
const MAX_PLAN_BASE64 = 88 * 1024 * 1024;
const role = z.enum(ROW_ROLES);
const replaceArgs = z.object({
  planId: id,
  find: z.string().min(1, 'enter the text to find').max(200),
  replace: z.string().max(2000),
  matchCase: z.boolean().optional(),
  wholeCell: z.boolean().optional(),
});

const rollArgs = z.object({ planId: id, actions: z.enum(['all', 'open']), shiftDates: z.boolean().optional() });
const historyArgs = z.object({
  planId: id,
  sectionId: id.optional(),
  blockId: id.optional(),
  rowId: id.optional(),
  column: z.string().min(1).max(100).optional(),
  /** An ISO date (changes after it) or a named version's id or name (changes after it was named). */
  since: z.string().min(1).max(200).optional(),
});
/** Plan `planId` (the newer side) against another plan or one of its named versions. */
const compareArgs = z.object({
  planId: id,
  withPlanId: id.optional(),
  withVersionId: id.optional(),
  withBackup: z
    .string()
    .regex(/^plans-[0-9A-Za-z-]+\.db$/)
    .max(100)
    .optional(),
});

export const contract = {
  listPlans: call<PlanSummary[]>()(z.object({})),
  getPlan: call<PlanDocument>()(z.object({ planId: id })),
  /** Sections and blocks without rows or texts: the outline of a large plan, drawn while getPlan reads the rest. */
  getPlanSkeleton: call<PlanDocument>()(z.object({ planId: id })),
  createPlan: write<PlanSummary>()(z.object({ header: headerSchema, units: z.array(z.string().trim().min(1).max(200)).max(50) })),
  updateHeader: write<PlanSummary>()(z.object({ planId: id, patch: headerPatchSchema })),
  deletePlan: write<null>()(z.object({ planId: id })),
  updateCell: write<Row>()(z.object({ rowId: id, column: z.string().min(1).max(100), value: z.unknown() })),
  insertRow: write<Row>()(z.object({ blockId: id, position: z.number().int().min(0), role, cells: z.record(z.string(), z.unknown()).optional() })),
  deleteRow: write<null>()(z.object({ rowId: id })),
  moveRow: write<null>()(z.object({ rowId: id, position: z.number().int().min(0) })),
  updateNarrative: write<RichDoc>()(z.object({ blockId: id, doc: z.unknown() })),
  updateCells: write<Row[]>()(
    z.object({
      blockId: id,
      changes: z.array(z.object({ rowId: id, column: z.string().min(1).max(100), value: z.unknown() })).max(100_000),
      append: z.array(z.record(z.string(), z.unknown())).max(10_000).optional(),
    }),
  ),
  planMismatches: call<TotalMismatch[]>()(z.object({ planId: id })),
  undo: write<StepResult>()(z.object({ planId: id })),
  redo: write<StepResult>()(z.object({ planId: id })),
  historyState: call<HistoryState>()(z.object({ planId: id })),
  applyEdits: write<{ changed: number; added: number; removed: number }>()(
    z.object({
      planId: id,
      changes: z.array(z.object({ rowId: id, column: z.string().min(1).max(100), value: z.unknown() })).max(100_000),
      added: z.array(z.object({ blockId: id, cells: z.record(z.string(), z.unknown()), at: z.number().int().min(0).max(1_000_000).optional() })).max(10_000),
      removed: z.array(id).max(10_000),
      order: z
        .array(z.object({ blockId: id, rowIds: z.array(id).max(10_000) }))
        .max(1_000)
        .optional(),
    }),
  ),
  addSection: write<{ sectionId: number }>()(
    z.object({
      planId: id,
      title: z.string().min(1).max(300),
      level: z.union([z.literal(1), z.literal(2)]),
      afterSectionId: id.optional(),
      tableKind: z.enum(TABLE_KINDS).optional(),
    }),
  ),
  renameSection: write<null>()(z.object({ sectionId: id, title: z.string().min(1).max(300) })),
  moveSection: write<null>()(z.object({ sectionId: id, direction: z.enum(['up', 'down']) })),
  removeSection: write<{ removed: number }>()(z.object({ sectionId: id })),
  searchPlan: call<SearchHit[]>()(z.object({ planId: id, query: z.string().min(1).max(200) })),
  previewReplace: call<ReplaceItem[]>()(replaceArgs),
  applyReplace: write<ReplaceResult>()(replaceArgs.extend({ only: z.array(z.string().max(100)).max(100_000).optional() })),
  targetCatalogue: call<CatalogueTarget[]>()(z.object({})),
  targetUses: call<TargetUse[]>()(z.object({ key: z.string().min(1).max(40) })),
  exportBudgetWorkbook: call<FileData>()(z.object({ planId: id, unit: z.string().max(300).optional() })),
  exportPlanWorkbook: call<FileData>()(z.object({ planId: id })),
  exportTableWorkbook: call<FileData>()(z.object({ planId: id, blockId: id })),
  /** numbered: lay the plan out once to number the contents page (for the system print dialog; slower). */
  printPreview: call<{ html: string }>()(z.object({ planId: id, sectionIds: z.array(id).max(1000).optional(), numbered: z.boolean().optional() })),
  exportPdf: call<FileData>()(z.object({ planId: id, sectionIds: z.array(id).max(1000).optional() })),
  exportWord: call<FileData>()(z.object({ planId: id, sectionIds: z.array(id).max(1000).optional() })),
  previewBudgetImport: call<BudgetImportPreview>()(z.object({ planId: id, fileName: z.string().min(1).max(260), dataBase64: z.string().max(MAX_FILE_BASE64) })),
  /** A Word document read as a plan: what would be created (nothing is written). */
  previewWordImport: call<WordReview>()(z.object({ fileName: z.string().min(1).max(260), dataBase64: z.string().max(MAX_FILE_BASE64) })),
  /** The same document created as a new plan. */
  importWordPlan: write<{ plan: PlanSummary; review: WordReview }>()(
    z.object({ fileName: z.string().min(1).max(260), dataBase64: z.string().max(MAX_FILE_BASE64) }),
  ),
  databaseStatus: call<DatabaseStatus>()(z.object({})),
  listBackups: call<BackupInfo[]>()(z.object({})),
  backupNow: write<BackupInfo>()(z.object({})),
  restoreBackup: write<DatabaseStatus>()(
    z.object({
      name: z
        .string()
        .regex(/^plans-[0-9A-Za-z-]+\.db$/)
        .max(100),
    }),
  ),
  startAgain: write<DatabaseStatus>()(z.object({})),
  /* Plan files (issue 14): a copy to send, a file opened (added, or the plan it holds is here already), a merge. */
  savePlanFile: call<FileData>()(z.object({ planId: id })),
  /** The plan in the exchange format (JSON, with its computed totals): what `plan-editor export --format json` writes. */
  exportPlanJson: call<FileData>()(z.object({ planId: id })),
  openPlanFile: write<OpenPlanFileResult>()(z.object({ fileName: z.string().min(1).max(260), dataBase64: z.string().max(MAX_PLAN_BASE64) })),
  previewPlanMerge: call<MergeReview>()(z.object({ planId: id, fileName: z.string().min(1).max(260), dataBase64: z.string().max(MAX_PLAN_BASE64) })),
  applyPlanMerge: write<MergeApplied>()(
    z.object({
      planId: id,
      fileName: z.string().min(1).max(260),
      dataBase64: z.string().max(MAX_PLAN_BASE64),
      choices: z.record(z.string().max(200), z.enum(['mine', 'theirs'])),
      fallback: z.enum(['mine', 'theirs']).optional(),
    }),
  ),
  duplicatePlan: write<PlanSummary>()(z.object({ planId: id })),
  /* The directorate's view: its plans, the consolidated budget summary, its workbook and compendium PDF. */
  directorateView: call<DirectorateView>()(z.object({ directorate: z.string().min(1).max(200) })),
  exportDirectorateWorkbook: call<FileData>()(z.object({ directorate: z.string().min(1).max(200) })),
  exportDirectoratePdf: call<FileData>()(z.object({ directorate: z.string().min(1).max(200) })),
  // Roll-forward, history, versions and comparison (issue 15).
  previewRollForward: call<RollPreview>()(rollArgs),
  rollForward: write<PlanSummary>()(rollArgs),
  reviewList: call<ReviewItem[]>()(z.object({ planId: id })),
  tickReview: write<null>()(z.object({ reviewId: id, done: z.boolean() })),
  history: call<HistoryEntry[]>()(historyArgs),
  restoreValue: write<StepInfo>()(z.object({ changeId: id })),
  listVersions: call<VersionInfo[]>()(z.object({ planId: id })),
  nameVersion: write<VersionInfo>()(z.object({ planId: id, name: z.string().trim().min(1, 'give the version a name').max(200) })),
  comparePlans: call<PlanComparison>()(compareArgs),
  exportComparison: call<FileData>()(compareArgs),
};

export interface DirectorateView {
  plans: PlanSummary[];
  summary: DirectorateSummary;
}

/** Opening a plan file: the plan added, or the plan this database already holds (then merge it). */
export interface OpenPlanFileResult {
  added?: PlanSummary;
  existing?: PlanSummary;
}

export type BackupReason = 'open' | 'interval' | 'before-migration' | 'before-restore' | 'manual';

/** One automatic or manual backup of the plans file. */
export interface BackupInfo {
  name: string;
  /** ISO time it was made. */
  at: string;
  reason: BackupReason;
  bytes: number;
}

/** Why the plans file could not be used at start-up, where it was moved, and what can be restored. */
export interface Recovery {
  reason: string;
  movedTo: string[];
  backup: BackupInfo | null;
}

export interface DatabaseStatus {
  file: string;
  /** Set while the app is waiting for the user to restore a backup after a damaged file was moved aside. */
  recovery: Recovery | null;
}

/** An action or KPI of some plan that serves a target of another plan. */
export interface TargetUse {
  kind: 'action' | 'kpi';
  planId: number;
  plan: string;
  sectionId: number;
  section: string;
  ref: string;
  text: string;
}

/** A place in a plan where the search text was found. */
export interface SearchHit extends PlanPlace {
  /** The matching text with some context around it. */
  excerpt: string;
}

/** A value find-and-replace would change: a search hit's place, with the text before and after. */
export interface ReplaceItem extends Omit<SearchHit, 'excerpt'> {
  /** Pass back in `only` to apply this item alone (with others). */
  id: string;
  /** How many times the text occurs in this value. */
  count: number;
  before: string;
  after: string;
}

export interface ReplaceResult {
  /** Values changed (cells, texts, fields) and occurrences replaced in them. */
  items: number;
  occurrences: number;
}

/** Files cross the boundary as base64, so the browser host and Electron carry them the same way. */
export interface FileData {
  fileName: string;
  dataBase64: string;
}

/** Whether the open plan has a step to undo or redo. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

/** What one undo or redo step changed, in the user's words, and where (to bring it into view). */
export interface StepInfo {
  text: string;
  sectionId: number | null;
  blockId: number | null;
  rowId: number | null;
  column: string | null;
}

export interface StepResult extends HistoryState {
  /** Absent when there was nothing to undo or redo. */
  step?: StepInfo;
}

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];
/** The calls declared with `write`: components leave them to the stores (renderer/stores/), which bring the screen up to date. */
export const WRITE_CALLS: ReadonlySet<CallName> = new Set(CALL_NAMES.filter((name) => 'writes' in contract[name]));
export type ArgsOf<K extends CallName> = z.input<Contract[K]['args']>;
export type ParsedArgsOf<K extends CallName> = z.output<Contract[K]['args']>;
export type ResultOf<K extends CallName> = Contract[K]['result'];

/** What the renderer calls: `api.updateCell({ rowId, column, value })`. */
export type Api = { [K in CallName]: (arg: ArgsOf<K>) => Promise<ResultOf<K>> };

/** What the main process implements. */
export type Handlers = { [K in CallName]: (arg: ParsedArgsOf<K>) => ResultOf<K> | Promise<ResultOf<K>> };

export const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(contract, name);

/** The IPC channel the preload and main process share; nothing else sees it. */
export const IPC_CHANNEL = 'plan-editor:call';
