/**
 * The edits made on the open page: a cell (drawn at once, sent after the frame, rolled back with a message
 * if refused), rows inserted, deleted, moved or pasted, a section's text, and undo and redo.
 */
import { api, callAfterPaint } from '../api/client';
import type { PlanDocument, Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import type { StepResult } from '../../shared/api/contract';
import { appendRows, findBlockOfRow, findRow, insertRowAt, moveRowTo, removeRow, replaceRows } from './plan-patches';
import { editAnnouncement } from './edit-announcement';
import { announce } from '../app/announce';
import { useUiStore } from './ui-store';
import { sectionGroup } from '../../shared/calc/section-group';
import type { GetPlan, PlanState, SetPlan } from './plan-state';

type EditActions = Pick<
  PlanState,
  'updateCell' | 'rowChange' | 'pasteCells' | 'insertRow' | 'deleteRow' | 'moveRow' | 'saveNarrative' | 'undo' | 'redo' | 'step'
>;

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);
const ui = () => useUiStore.getState();
const fail = (text: string) => ui().say(text, 'error');

/** Says what an undo or redo did and brings its place into view when it is not on screen. */
function showStep(verb: string, r: StepResult, plan: PlanDocument | null): void {
  const step = r.step;
  if (!step) return ui().say(`Nothing to ${verb === 'Undone' ? 'undo' : 'redo'}.`);
  ui().say(`${verb}: ${step.text}.`);
  if (!plan || step.sectionId === null) return;
  const place = ui().place;
  // The budget summary shows every budget's totals: an undone budget edit is already in view there.
  if (place.kind === 'budgets') return;
  if (!(place.kind === 'section' && sectionGroup(plan, place.sectionId).some((s) => s.id === step.sectionId)))
    ui().go({ kind: 'section', sectionId: step.sectionId });
  if (step.blockId !== null) ui().setFocus({ blockId: step.blockId, rowId: step.rowId, column: step.column });
}

/** Cell saves the main process has not acknowledged yet, and how many of them each row has. */
const inFlight = new Set<Promise<unknown>>();
const pendingInRow = new Map<number, number>();
const countPending = (rowId: number, by: 1 | -1) => {
  const n = (pendingInRow.get(rowId) ?? 0) + by;
  if (n > 0) pendingInRow.set(rowId, n);
  else pendingInRow.delete(rowId);
  return n;
};

/** The row with one cell set (or cleared, for null). */
const withCell = (row: Row, column: string, value: CellValue | undefined): Row => {
  const cells = { ...row.cells, [column]: value ?? null };
  if (value === null || value === undefined) delete cells[column];
  return { ...row, cells };
};

export const editActions = (set: SetPlan, get: GetPlan): EditActions => ({
  updateCell: async (rowId, column, value) => {
    const plan = get().plan;
    const before = plan && findRow(plan, rowId);
    if (!plan || !before) return false;
    const optimistic = withCell(before, column, value);
    // The new value (and every figure computed from it) is drawn first; the request leaves once that frame
    // is painted, so its cost is not in the frame.
    const saving = callAfterPaint('updateCell', { rowId, column, value });
    inFlight.add(saving);
    countPending(rowId, 1);
    void saving.catch(() => undefined).finally(() => inFlight.delete(saving));
    set({ plan: replaceRows(plan, [optimistic]) });
    try {
      const saved = await saving;
      const later = countPending(rowId, -1) > 0;
      // The stored row is usually what was drawn: keep the drawn object then, so nothing repaints (and an
      // editor the user has opened meanwhile in that row is left alone). While later edits of the row are
      // still on their way, the stored row is older than the one drawn: the last answer brings it.
      const current = get().plan && findRow(get().plan!, rowId);
      const same = later || (current && JSON.stringify(current.cells) === JSON.stringify(saved.cells));
      set((s) => ({
        plan: s.plan && !same ? replaceRows(s.plan, [saved]) : s.plan,
        history: s.history.canUndo && !s.history.canRedo ? s.history : { canUndo: true, canRedo: false },
      }));
      ui().clearMessage();
      const block = findBlockOfRow(get().plan!, rowId);
      if (block) announce(editAnnouncement(block, saved, column));
      return true;
    } catch (e) {
      countPending(rowId, -1);
      // Only this cell goes back: the row's other cells may hold later edits still on their way.
      set((s) => {
        const current = s.plan && findRow(s.plan, rowId);
        return { plan: s.plan && current ? replaceRows(s.plan, [withCell(current, column, before.cells[column])]) : s.plan };
      });
      fail(errorText(e));
      return false;
    }
  },

  /** Runs a row change and applies its result to the document on screen without reading the plan again. */
  rowChange: async (run, done) => {
    try {
      const patch = await run();
      set((s) => ({ plan: s.plan ? patch(s.plan) : s.plan, history: { canUndo: true, canRedo: false } }));
      if (done) ui().say(done);
      else ui().clearMessage();
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },
  pasteCells: (blockId, paste, verb = 'Pasted') => {
    const n = paste.changes.length + Object.values(paste.append).reduce((k, r) => k + Object.keys(r).length, 0);
    return get().rowChange(
      async () => {
        const rows = await api.updateCells({ blockId, changes: paste.changes, append: paste.append });
        return (p) => {
          const added = rows.filter((r) => !findRow(p, r.id));
          return appendRows(
            replaceRows(
              p,
              rows.filter((r) => !added.includes(r)),
            ),
            blockId,
            added,
          );
        };
      },
      `${verb} ${n} cell${n === 1 ? '' : 's'}.`,
    );
  },
  insertRow: async (blockId, position, role) => {
    let made: Row | null = null;
    const ok = await get().rowChange(async () => {
      made = await api.insertRow({ blockId, position, role });
      return (p) => insertRowAt(p, blockId, position, made!);
    });
    // The new row's first cell takes the focus, ready for typing.
    if (ok && made) ui().setFocus({ blockId, rowId: (made as Row).id, column: null, flash: false });
    return ok;
  },
  deleteRow: (rowId) => get().rowChange(async () => (await api.deleteRow({ rowId }), (p) => removeRow(p, rowId)), 'Row deleted. Ctrl+Z brings it back.'),
  moveRow: (rowId, position) =>
    get().rowChange(async () => {
      await api.moveRow({ rowId, position });
      const block = get().plan && findBlockOfRow(get().plan!, rowId);
      if (block) ui().setFocus({ blockId: block.id, rowId, column: null, flash: false });
      return (p) => moveRowTo(p, rowId, position);
    }),
  saveNarrative: async (blockId, doc) => {
    try {
      const saved = await api.updateNarrative({ blockId, doc });
      set((s) => ({
        plan: s.plan && {
          ...s.plan,
          sections: s.plan.sections.map((sec) => ({
            ...sec,
            blocks: sec.blocks.map((b) => (b.id === blockId && b.kind === 'narrative' ? { ...b, doc: saved } : b)),
          })),
        },
        history: { canUndo: true, canRedo: false },
      }));
      return true;
    } catch (e) {
      fail(`The text was not saved: ${errorText(e)}`);
      return false;
    }
  },
  undo: async () => {
    // Ctrl+Z right after Enter undoes that edit: wait for its save, which is what makes it undoable.
    await Promise.allSettled([...inFlight]);
    const plan = get().plan;
    if (!plan || !get().history.canUndo) return false;
    return get().step('Undone', () => api.undo({ planId: plan.id }));
  },
  redo: async () => {
    const plan = get().plan;
    if (!plan || !get().history.canRedo) return false;
    return get().step('Redone', () => api.redo({ planId: plan.id }));
  },
  step: async (verb, run) => {
    try {
      const r = await run();
      await get().reload();
      showStep(verb, r, get().plan);
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },
});
