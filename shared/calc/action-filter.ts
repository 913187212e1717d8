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
  /** 'due': actions in order of their earliest recognised target date, within their objective. */
  order: 'plan' | 'due';
}

export const NO_FILTER: ActionFilter = { manager: '', from: '', to: '', overdue: false, target: '', text: '', order: 'plan' };

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
    if (r.role === 'unit') {
      unit = r.id;
      objective = null;
    } else if (r.role === 'objective') objective = r.id;
    else if (actionMatches(r, f, today)) {
      shown.add(r.id);
      if (unit !== null) shown.add(unit);
      if (objective !== null) shown.add(objective);
    }
  }
  return shown;
}

/** The earliest target among an action's deliverables, as a month index; null when none is recognised. */
export function earliestDue(row: Pick<Row, 'cells'>): number | null {
  const due = ((row.cells.deliverables as Deliverable[] | undefined) ?? []).map((d) => dueMonthIndex(d.target)).filter((m): m is number => m !== null);
  return due.length ? Math.min(...due) : null;
}

/** Rows with each objective's actions ordered by earliest target date (undated last); headings stay put. */
export function orderByDue<R extends Pick<Row, 'role' | 'cells'>>(rows: R[]): R[] {
  const out: R[] = [];
  let run: R[] = [];
  const flush = () => {
    const key = (r: R) => earliestDue(r) ?? Number.MAX_SAFE_INTEGER;
    out.push(
      ...run
        .map((r, i) => ({ r, i }))
        .sort((a, b) => key(a.r) - key(b.r) || a.i - b.i)
        .map((x) => x.r),
    );
    run = [];
  };
  for (const r of rows) {
    if (r.role === 'action') run.push(r);
    else {
      flush();
      out.push(r);
    }
  }
  flush();
  return out;
}
