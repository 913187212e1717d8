/**
 * Which line of the workbook is which line of the plan, and in what order finance left them. A line is
 * matched by its hidden reference when that line's name agrees, then by name, then by reference alone (a
 * renamed line). When references and names disagree (finance sorted the visible columns and left the
 * hidden one behind) names win, and the review says so. What is left over is added or removed.
 */
import type { Row } from '../../shared/model/plan';
import { count } from '../../shared/model/budget-import';
import type { SheetLine } from './budget-sheet-reader';
import { LINE_ID_HEADING } from './budget-layout';

export const nameKey = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export interface LineMatch {
  /** Sheet lines in the workbook's order, each with the plan row it is (null: a new line). */
  pairs: { line: SheetLine; row: Row | null }[];
  removed: Row[];
  /** The plan's line ids in the workbook's order (removed ones at their old place), or null if unchanged. */
  order: number[] | null;
  notices: string[];
}

export function matchLines(rows: Row[], lines: SheetLine[]): LineMatch {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const free = new Set(rows.map((r) => r.id));
  const match = new Map<SheetLine, Row>();
  const take = (l: SheetLine, r: Row) => (match.set(l, r), free.delete(r.id));
  for (const l of lines) {
    const r = l.id !== null ? byId.get(l.id) : undefined;
    if (r && free.has(r.id) && nameKey(r.cells.activity) === nameKey(l.cells.activity)) take(l, r);
  }
  let disagree = 0;
  for (const l of lines) {
    if (match.has(l)) continue;
    const r = rows.find((x) => free.has(x.id) && nameKey(x.cells.activity) === nameKey(l.cells.activity));
    if (!r) continue;
    if (l.id !== null && byId.has(l.id) && l.id !== r.id) disagree++;
    take(l, r);
  }
  for (const l of lines) {
    if (match.has(l) || l.id === null || !free.has(l.id)) continue;
    // Once references are seen out of step with names, a reference alone proves nothing.
    if (!disagree) take(l, byId.get(l.id)!);
  }
  const pairs = lines.map((line) => ({ line, row: match.get(line) ?? null }));
  const removed = rows.filter((r) => free.has(r.id));
  const notices = disagree
    ? [
        `The hidden "${LINE_ID_HEADING}" column no longer agrees with the names of ${count(disagree, 'line')} (the sheet was sorted or moved without it), so lines were matched by their names.`,
      ]
    : [];
  return {
    pairs,
    removed,
    order: newOrder(
      rows,
      pairs.flatMap((p) => (p.row ? [p.row.id] : [])),
    ),
    notices,
  };
}

/** The plan's lines in the workbook's order, each removed line kept after the line it followed. */
function newOrder(rows: Row[], seen: number[]): number[] | null {
  const kept = new Set(seen);
  if (rows.filter((r) => kept.has(r.id)).every((r, i) => r.id === seen[i])) return null;
  const out = [...seen];
  rows.forEach((r, i) => {
    if (kept.has(r.id)) return;
    const before = rows
      .slice(0, i)
      .reverse()
      .find((p) => out.includes(p.id));
    out.splice(before ? out.indexOf(before.id) + 1 : 0, 0, r.id);
  });
  return out;
}
