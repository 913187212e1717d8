/**
 * The name a plan goes by in the list, the title bar and the plan actions' messages: its own module so the
 * list and its actions (which the list shows) need not import each other.
 */
import type { PlanSummary } from '../../shared/model/plan';

/** The division for a unit plan, the title for an introduction, each falling back to what there is. */
export function planLabel(p: Pick<PlanSummary, 'kind' | 'header'>): string {
  return p.kind === 'introduction' ? p.header.title || 'Directorate introduction' : p.header.division || p.header.title || 'Untitled plan';
}
