/**
 * Narrow views of the open plan for components to subscribe to. Each returns the same object while what it
 * shows is unchanged, so an edit to one cell redraws only the table that holds it: not the app bar, the
 * outline, or the other tables of the page.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PlanDocument, Row, Section } from '../../shared/model/plan';
import { actionNumbers, numberedRows } from '../../shared/calc/numbering';
import { kindDef } from '../../shared/model/table-kinds';
import { usePlanStore } from './plan-store';
import { sectionGroup } from '../../shared/calc/section-group';

export const usePlanId = (): number | null => usePlanStore((s) => s.plan?.id ?? null);
export const usePlanYear = (): number | null => usePlanStore((s) => s.plan?.header.year ?? null);
/** The whole document: for pages that show all of it (title page, contents, budget summary, print). */
export const useOpenPlan = (): PlanDocument | null => usePlanStore((s) => s.plan);

/** The sections of one page; the array is kept while none of them changed. */
export const useSectionGroup = (sectionId: number): Section[] => usePlanStore(useShallow((s) => (s.plan ? sectionGroup(s.plan, sectionId) : [])));

/** Each numbered table's rows as "id:role", cached on the table's row list: an edit replaces one table's list, so
 * the plan-wide shape costs one table's work per edit, not the whole plan's. */
const blockShapes = new WeakMap<readonly Row[], string>();
function numberedShape(plan: PlanDocument): string {
  const parts: string[] = [];
  for (const s of plan.sections)
    for (const b of s.blocks) {
      if (b.kind !== 'table' || !kindDef(b.tableKind).numbered) continue;
      let shape = blockShapes.get(b.rows);
      if (shape === undefined) blockShapes.set(b.rows, (shape = b.rows.map((r) => `${r.id}:${r.role}`).join(',')));
      parts.push(shape);
    }
  return parts.join(',');
}

/** Action numbers (1.1.1) by row id. They depend only on the action rows' order and roles, so the map is
 * kept while those are unchanged and an edit to a cell does not rebuild the action grids' columns. */
export function useActionNumbers(): Map<number, string> {
  const shape = usePlanStore((s) => (s.plan ? numberedShape(s.plan) : ''));
  return useMemo(() => {
    const plan = usePlanStore.getState().plan;
    return actionNumbers(plan && shape ? numberedRows(plan) : []);
  }, [shape]);
}

export interface OutlineEntry {
  id: number;
  title: string;
  level: 1 | 2;
}
export interface OutlineShape {
  entries: OutlineEntry[];
  hasBudgets: boolean;
}

const sameOutline = (a: OutlineShape, b: OutlineShape) =>
  a.hasBudgets === b.hasBudgets &&
  a.entries.length === b.entries.length &&
  a.entries.every((e, i) => e.id === b.entries[i].id && e.title === b.entries[i].title && e.level === b.entries[i].level);

let lastOutline: OutlineShape | null = null;
function outlineOf(plan: PlanDocument): OutlineShape {
  const next = {
    entries: plan.sections.map((s) => ({ id: s.id, title: s.title, level: s.level })),
    hasBudgets: plan.sections.some((s) => s.blocks.some((b) => b.kind === 'table' && b.tableKind === 'budget')),
  };
  return lastOutline && sameOutline(lastOutline, next) ? lastOutline : (lastOutline = next);
}

/** The outline's shape (titles and levels): the same object until a section is added, moved or renamed. */
export const useOutline = (): OutlineShape | null => usePlanStore((s) => (s.plan ? outlineOf(s.plan) : null));
