/**
 * Budgets back under their units. Plans print the directorate's budget pages together ("Advisory Service
 * Kent - Primary", ...), apart from the units they belong to, while the contents (and Plan Editor's
 * outline) put each under its unit as "Revenue Budget". A budget whose unit name ends in a unit section's
 * words ("... - Early Years" and "Early Years & Childcare") moves to that unit's "Revenue Budget"
 * subsection, made if the document had no heading for it. Budgets naming no unit stay where they were.
 */
import type { SectionIn } from '../plan-text/types';
import { matchKey } from './outline-match';

const BUDGET_SECTION = 'Revenue Budget';

export function placeBudgets(sections: SectionIn[]): SectionIn[] {
  const out = sections.map((s) => ({ ...s, blocks: [...s.blocks] }));
  const units = out.filter((s) => s.level === 1);
  for (const from of [...out]) {
    for (const b of [...from.blocks]) {
      if (b.kind !== 'table' || b.tableKind !== 'budget') continue;
      const name = matchKey((b.meta.unitName ?? '').split(/\s+[-–]\s+/).pop() ?? '');
      const unit = name ? units.find((u) => ` ${matchKey(u.title)} `.includes(` ${name} `)) : undefined;
      if (!unit || unit === from) continue;
      const at = out.indexOf(unit);
      let end = at + 1;
      while (end < out.length && out[end].level === 2) end++;
      let target = out.slice(at + 1, end).find((s) => matchKey(s.title) === matchKey(BUDGET_SECTION));
      if (!target) {
        target = { title: BUDGET_SECTION, level: 2, blocks: [] };
        out.splice(at + 1, 0, target);
      }
      if (target === from) continue;
      from.blocks.splice(from.blocks.indexOf(b), 1);
      target.blocks.push(b);
    }
  }
  return out;
}
