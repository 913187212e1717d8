/** Which sections one page of the plan shows: the app shows a level-1 section with its level-2 sections. */
import type { PlanDocument, Section } from '../model/plan';

/** The section and the level-2 sections that follow it, up to the next level-1 section: one page. */
export function sectionGroup(plan: PlanDocument, sectionId: number): Section[] {
  const i = plan.sections.findIndex((s) => s.id === sectionId);
  if (i < 0) return [];
  const first = plan.sections[i];
  if (first.level === 2) return [first];
  const out = [first];
  for (const s of plan.sections.slice(i + 1)) {
    if (s.level === 1) break;
    out.push(s);
  }
  return out;
}
