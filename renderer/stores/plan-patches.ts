/**
 * Pure updates of the open plan document. Each returns a new document that shares every section, block
 * and row the change did not touch, so views and grids repaint only what changed.
 */
import type { Block, PlanDocument, Row } from '../../shared/model/plan';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Applies `f` to the table holding `blockId` (or the row `rowId`), sharing everything else. */
function mapTable(plan: PlanDocument, match: (b: TableBlock) => boolean, f: (b: TableBlock) => TableBlock): PlanDocument {
  let hit = false;
  const sections = plan.sections.map((s) => {
    if (hit || !s.blocks.some((b) => b.kind === 'table' && match(b))) return s;
    hit = true;
    return { ...s, blocks: s.blocks.map((b) => (b.kind === 'table' && match(b) ? f(b) : b)) };
  });
  return hit ? { ...plan, sections } : plan;
}

export function findRow(plan: PlanDocument, rowId: number): Row | undefined {
  for (const s of plan.sections) for (const b of s.blocks) if (b.kind === 'table') for (const r of b.rows) if (r.id === rowId) return r;
  return undefined;
}

export function findBlockOfRow(plan: PlanDocument, rowId: number): TableBlock | undefined {
  for (const s of plan.sections) for (const b of s.blocks) if (b.kind === 'table' && b.rows.some((r) => r.id === rowId)) return b;
  return undefined;
}

export function replaceRows(plan: PlanDocument, rows: Row[]): PlanDocument {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return mapTable(
    plan,
    (b) => b.rows.some((r) => byId.has(r.id)),
    (b) => ({ ...b, rows: b.rows.map((r) => byId.get(r.id) ?? r) }),
  );
}

export function insertRowAt(plan: PlanDocument, blockId: number, position: number, row: Row): PlanDocument {
  return mapTable(
    plan,
    (b) => b.id === blockId,
    (b) => ({ ...b, rows: [...b.rows.slice(0, position), row, ...b.rows.slice(position)] }),
  );
}

export function appendRows(plan: PlanDocument, blockId: number, rows: Row[]): PlanDocument {
  if (!rows.length) return plan;
  return mapTable(
    plan,
    (b) => b.id === blockId,
    (b) => {
      // New lines go after the last line, above any memorandum items.
      const firstMemo = b.rows.findIndex((r) => r.role === 'memo');
      const at = firstMemo < 0 ? b.rows.length : firstMemo;
      return { ...b, rows: [...b.rows.slice(0, at), ...rows, ...b.rows.slice(at)] };
    },
  );
}

export function removeRow(plan: PlanDocument, rowId: number): PlanDocument {
  return mapTable(
    plan,
    (b) => b.rows.some((r) => r.id === rowId),
    (b) => ({ ...b, rows: b.rows.filter((r) => r.id !== rowId) }),
  );
}

export function moveRowTo(plan: PlanDocument, rowId: number, position: number): PlanDocument {
  return mapTable(
    plan,
    (b) => b.rows.some((r) => r.id === rowId),
    (b) => {
      const row = b.rows.find((r) => r.id === rowId)!;
      const rest = b.rows.filter((r) => r.id !== rowId);
      return { ...b, rows: [...rest.slice(0, position), row, ...rest.slice(position)] };
    },
  );
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A freshly read plan, sharing every row, block and section of the one on screen that is unchanged: after
 * an undo or an outline change the grids then repaint only the rows that really differ.
 */
export function reconcile(old: PlanDocument | null, fresh: PlanDocument): PlanDocument {
  if (!old || old.id !== fresh.id) return fresh;
  const oldRows = new Map<number, Row>();
  const oldBlocks = new Map<number, Block>();
  for (const s of old.sections)
    for (const b of s.blocks) {
      oldBlocks.set(b.id, b);
      if (b.kind === 'table') for (const r of b.rows) oldRows.set(r.id, r);
    }
  const oldSections = new Map(old.sections.map((s) => [s.id, s]));
  const sections = fresh.sections.map((s) => {
    const blocks = s.blocks.map((b) => {
      const was = oldBlocks.get(b.id);
      if (b.kind === 'narrative') return was && was.kind === 'narrative' && sameJson(was.doc, b.doc) ? was : b;
      const rows = b.rows.map((r) => {
        const o = oldRows.get(r.id);
        return o && o.role === r.role && sameJson(o.cells, r.cells) ? o : r;
      });
      const same =
        was &&
        was.kind === 'table' &&
        was.rows.length === rows.length &&
        was.rows.every((r, i) => r === rows[i]) &&
        sameJson(was.meta, b.meta) &&
        was.title === b.title;
      return same ? was : { ...b, rows };
    });
    const o = oldSections.get(s.id);
    return o && o.title === s.title && o.level === s.level && o.blocks.length === blocks.length && o.blocks.every((b, i) => b === blocks[i])
      ? o
      : { ...s, blocks };
  });
  return { ...fresh, sections };
}
