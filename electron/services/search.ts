/**
 * Searching a whole plan: its header, narrative text and every table cell (computed figures included, as
 * shown). Results come in document order, grouped by section by the caller; each one points at its place
 * and names its unit and, for an action row, its number.
 */
import type { Db } from '../db/open';
import type { SearchHit } from '../../shared/api/contract';
import { docText } from '../../shared/model/richtext';
import { kindDef } from '../../shared/model/table-kinds';
import { displayRows, tableLayout } from '../../shared/calc/table-layout';
import { HEADER_FIELDS } from '../../shared/model/plan';
import { cellText } from '../../shared/format/cell-text';
import { planPlaces } from '../../shared/calc/plan-places';
import { getPlan } from './plans';

const MAX_HITS = 500;

function excerpt(text: string, at: number, len: number): string {
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + len + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

export function searchPlan(db: Db, planId: number, query: string): SearchHit[] {
  const doc = getPlan(db, planId);
  const needle = query.trim().toLowerCase();
  const hits: SearchHit[] = [];
  const find = (text: string, hit: Omit<SearchHit, 'excerpt'>) => {
    const at = text.toLowerCase().indexOf(needle);
    if (at >= 0 && hits.length < MAX_HITS) hits.push({ ...hit, excerpt: excerpt(text, at, needle.length) });
  };
  const places = planPlaces(doc);
  const unitOf = (sectionId: number) => {
    const unit = places.unitOfSection(sectionId);
    return unit ? { unit } : {};
  };
  const first = doc.sections[0];
  for (const f of HEADER_FIELDS)
    find(String(doc.header[f.id]), { sectionId: first?.id ?? 0, section: 'Title page', where: f.label, blockId: null, rowId: null, column: null });
  for (const s of doc.sections) {
    find(s.title, { sectionId: s.id, section: s.title, where: 'Section title', blockId: null, rowId: null, column: null, ...unitOf(s.id) });
    for (const b of s.blocks) {
      if (b.kind === 'narrative') {
        find(docText(b.doc), { sectionId: s.id, section: s.title, where: 'Text', blockId: b.id, rowId: null, column: null, ...unitOf(s.id) });
        continue;
      }
      const def = kindDef(b.tableKind);
      for (const r of displayRows(tableLayout(b.tableKind, b.rows, { computed: true }))) {
        const place = places.ofRow(s.id, b, r);
        for (const col of def.columns) {
          const v = r.cells[col.id];
          if (v !== undefined && v !== null)
            find(cellText(col, v), {
              sectionId: s.id,
              section: s.title,
              where: b.meta.unitName ?? b.title,
              blockId: b.id,
              rowId: r.id,
              column: col.id,
              ...place,
            });
        }
      }
    }
  }
  return hits;
}
