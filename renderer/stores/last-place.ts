/**
 * Where the user was (plan and page), kept in the window's local storage so a reload or the next start
 * returns there. Read back defensively: anything unreadable is ignored.
 */
import type { PlanDocument } from '../../shared/model/plan';
import type { Place } from './ui-store';

const KEY = 'plan-editor:last-place';
const KINDS = new Set(['header', 'contents', 'budgets', 'targets', 'print', 'section']);

export function rememberPlace(planId: number, place: Place): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ planId, place: place.kind === 'search' ? { kind: 'header' } : place }));
  } catch {
    /* storage full or disabled: nothing to keep */
  }
}

export function lastPlace(): { planId: number; place: Place } | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { planId?: unknown; place?: { kind?: unknown; sectionId?: unknown } } | null;
    if (!v || typeof v.planId !== 'number' || !v.place || typeof v.place.kind !== 'string' || !KINDS.has(v.place.kind)) return null;
    if (v.place.kind === 'section' && typeof v.place.sectionId !== 'number') return null;
    return { planId: v.planId, place: v.place as Place };
  } catch {
    return null;
  }
}

/** The remembered place if it still exists in this plan, else its title page. */
export function placeIn(plan: PlanDocument, place: Place): Place {
  return place.kind === 'section' && !plan.sections.some((s) => s.id === place.sectionId) ? { kind: 'header' } : place;
}
