/**
 * A plan as merging sees it: the exchange format (shared/model/plan.ts) with a stable id on the plan and on
 * every section, block and row. Plan files hold one, the database keeps one per saved or merged revision,
 * and the three-way merge compares three of them by uuid.
 */
import type { PlanIn } from '../model/plan';

type WithUuid<T> = T & { uuid: string };
export type RowSnap = WithUuid<PlanIn['sections'][number]['blocks'][number] extends infer B ? (B extends { rows: (infer R)[] } ? R : never) : never>;
type BlockIn = PlanIn['sections'][number]['blocks'][number];
export type NarrativeSnap = WithUuid<Extract<BlockIn, { kind: 'narrative' }>>;
export type TableSnap = WithUuid<Omit<Extract<BlockIn, { kind: 'table' }>, 'rows' | 'summaries'>> & { rows: RowSnap[] };
export type BlockSnap = NarrativeSnap | TableSnap;
export type SectionSnap = WithUuid<Omit<PlanIn['sections'][number], 'blocks'>> & { blocks: BlockSnap[] };
export type PlanSnap = WithUuid<Omit<PlanIn, 'sections'>> & { sections: SectionSnap[] };

/**
 * Checks that every part of a validated plan carries a uuid and that none repeats; returns the first problem
 * as a phrase, or null. A plan file whose ids are missing or shared cannot be merged safely.
 */
export function uuidProblem(plan: PlanIn): string | null {
  const seen = new Set<string>();
  const check = (uuid: string | undefined, what: string): string | null => {
    if (!uuid) return `${what} has no stable id`;
    if (seen.has(uuid)) return `${what} repeats the stable id ${uuid}`;
    seen.add(uuid);
    return null;
  };
  let p = check(plan.uuid, 'the plan');
  for (const [si, s] of plan.sections.entries()) {
    p ??= check(s.uuid, `section ${si + 1}`);
    for (const [bi, b] of s.blocks.entries()) {
      p ??= check(b.uuid, `block ${bi + 1} of section ${si + 1}`);
      if (b.kind === 'table') for (const [ri, r] of b.rows.entries()) p ??= check(r.uuid, `row ${ri + 1} of block ${bi + 1} of section ${si + 1}`);
    }
  }
  return p;
}

/** A plan known to carry uuids everywhere (after `uuidProblem` returned null), typed as such. */
export const asSnap = (plan: PlanIn): PlanSnap => {
  const copy = {
    ...plan,
    sections: plan.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => (b.kind === 'table' ? (({ summaries: _s, ...t }) => t)(b) : b)) })),
  };
  return copy as PlanSnap;
};
