/**
 * Finding actions: by accountable manager ("my actions"), by target date range, overdue against today,
 * by a linked target of another plan, and by free text. An objective or unit heading stays visible while
 * any action under it does, so a filtered table still reads as a plan.
 */
import type { Deliverable } from '../model/columns';
import type { Row } from '../model/plan';
import { dueMonthIndex, isOverdue } from './date-as-written';
import { parseLinks } from './target-catalogue';

export interface ActionFilter {
  manager: string;
  /** Month inputs as yyyy-mm; empty means open-ended. */
  from: string;
  to: string;
  overdue: boolean;
  /** A catalogue key such as 'T2010-11'. */
  target: string;
  text: string;
}

export const NO_FILTER: ActionFilter = { manager: '', from: '', to: '', overdue: false, target: '', text: '' };

export const isFiltering = (f: ActionFilter): boolean => !!(f.manager.trim() || f.from || f.to || f.overdue || f.target || f.text.trim());

const monthIndex = (ym: string): number | null => {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

const lower = (s: unknown) => String(s ?? '').toLowerCase();

export function actionMatches(row: Pick<Row, 'role' | 'cells'>, f: ActionFilter, today: Date): boolean {
  if (row.role !== 'action') return false;
  const c = row.cells;
  const deliverables = (c.deliverables as Deliverable[] | undefined) ?? [];
  const managers = (c.managers as string[] | undefined) ?? [];
  const links = (c.links as string[] | undefined) ?? [];
  if (f.manager.trim() && !managers.some((m) => lower(m).includes(lower(f.manager.trim())))) return false;
  if (f.overdue && !deliverables.some((d) => isOverdue(d.target, today))) return false;
  const from = monthIndex(f.from);
  const to = monthIndex(f.to);
  if (from !== null || to !== null) {
    const inRange = deliverables.some((d) => {
      const due = dueMonthIndex(d.target);
      return due !== null && (from === null || due >= from) && (to === null || due <= to);
    });
    if (!inRange) return false;
  }
  if (f.target && !links.some((l) => parseLinks(l).includes(f.target))) return false;
  if (f.text.trim()) {
    const needle = lower(f.text.trim());
    const hay = [c.title, ...managers, ...links, ...deliverables.flatMap((d) => [d.text, d.target])].map(lower).join('\n');
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/** Ids of the rows to show: matching actions and the objective and unit headings above them. */
export function visibleActionRows(rows: Pick<Row, 'id' | 'role' | 'cells'>[], f: ActionFilter, today: Date): Set<number> {
  const shown = new Set<number>();
  let unit: number | null = null;
  let objective: number | null = null;
  for (const r of rows) {
    if (r.role === 'unit') (unit = r.id), (objective = null);
    else if (r.role === 'objective') objective = r.id;
    else if (actionMatches(r, f, today)) {
      shown.add(r.id);
      if (unit !== null) shown.add(unit);
      if (objective !== null) shown.add(objective);
    }
  }
  return shown;
}
