/**
 * Find and replace over a plan, as pure functions: which texts match, what each becomes, and a short
 * before/after excerpt for the preview. Only words are touched: text, multi-line text, lists, dates as
 * written and deliverables in tables, narrative text, header fields and section titles. Figures (money,
 * FTE, ratings, measures, computed columns) and link citations are never rewritten as text.
 */
import type { PlanDocument, PlanHeader } from '../model/plan';
import { HEADER_FIELDS } from '../model/plan';
import type { BlockNode, InlineNode, RichDoc } from '../model/richtext';
import type { CellValue, ColumnType, Deliverable } from '../model/columns';
import { kindDef, roleDef } from '../model/table-kinds';
import { planPlaces, type PlanPlace } from './plan-places';

export interface ReplaceOptions {
  find: string;
  replace: string;
  matchCase?: boolean;
  /** Match only a whole value (a cell, a list item, a deliverable's text or target, a run of narrative text). */
  wholeCell?: boolean;
}

/** Where a replacement is written. */
export type ReplaceTarget =
  | { kind: 'header'; field: keyof PlanHeader }
  | { kind: 'title'; sectionId: number }
  | { kind: 'doc'; blockId: number }
  | { kind: 'cell'; rowId: number; column: string };

/** One value that changes: its place (as search hits name places), what it was and what it becomes. */
export interface Replacement extends PlanPlace {
  /** Stable for the same place: "cell:12:title", "doc:7", "header:title", "title:3". */
  id: string;
  target: ReplaceTarget;
  /** How many times the text occurs in this value. */
  count: number;
  /** Excerpts around the first occurrence, before and after. */
  before: string;
  after: string;
  old: unknown;
  new: unknown;
}

/** Column types holding words. 'links' holds catalogue citations, rewritten only through the picker. */
const TEXT_TYPES = new Set<ColumnType>(['text', 'longText', 'list', 'dateText', 'deliverables']);
export const isReplaceableType = (t: ColumnType): boolean => TEXT_TYPES.has(t);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A string rewriter for the options: the new string and how many times it matched, or null if none. */
export function textReplacer(o: ReplaceOptions): (text: string) => { text: string; count: number; at: number } | null {
  const flags = o.matchCase ? 'g' : 'gi';
  const re = new RegExp(o.wholeCell ? `^${escape(o.find)}$` : escape(o.find), flags);
  return (text) => {
    let count = 0;
    let at = -1;
    // A function, so '$&' or '$1' in the replacement are inserted as typed.
    const out = text.replace(re, (m: string, offset: number) => {
      if (count++ === 0) at = offset;
      return o.replace;
    });
    return count ? { text: out, count, at } : null;
  };
}

type Rewrite = (text: string) => { text: string; count: number; at: number } | null;
interface Rewritten<T> {
  value: T;
  count: number;
  /** first changed text, before and after, and where */ first: { old: string; new: string; at: number };
}

/** Applies the rewriter to every string of a table value of a text type; null if nothing matched. */
export function replaceInCell(type: ColumnType, value: CellValue, rw: Rewrite): Rewritten<CellValue> | null {
  if (!isReplaceableType(type) || value === null) return null;
  let count = 0;
  let first: Rewritten<CellValue>['first'] | null = null;
  const str = (s: string): string => {
    const r = rw(s);
    if (!r) return s;
    count += r.count;
    first ??= { old: s, new: r.text, at: r.at };
    return r.text;
  };
  let out: CellValue;
  if (typeof value === 'string') out = str(value);
  else if (type === 'deliverables' && Array.isArray(value)) out = (value as Deliverable[]).map((d) => ({ ...d, text: str(d.text), target: str(d.target) }));
  else if (type === 'list' && Array.isArray(value)) out = (value as string[]).map(str);
  else return null;
  return count && first ? { value: out, count, first } : null;
}

/** Rewrites a narrative's text runs, keeping marks; a run emptied by the replacement is dropped. */
export function replaceInDoc(doc: RichDoc, rw: Rewrite): Rewritten<RichDoc> | null {
  let count = 0;
  let first: Rewritten<RichDoc>['first'] | null = null;
  const inline = (c?: InlineNode[]): InlineNode[] | undefined =>
    c?.flatMap((n): InlineNode[] => {
      if (n.type !== 'text') return [n];
      const r = rw(n.text);
      if (!r) return [n];
      count += r.count;
      first ??= { old: n.text, new: r.text, at: r.at };
      return r.text ? [{ ...n, text: r.text }] : [];
    });
  const block = (b: BlockNode): BlockNode => {
    if (b.type === 'paragraph' || b.type === 'heading') return { ...b, content: inline(b.content) } as BlockNode;
    if (b.type === 'blockquote') return { ...b, content: b.content.map(block) };
    return { ...b, content: b.content.map((li) => ({ ...li, content: li.content.map(block) })) } as BlockNode;
  };
  const value: RichDoc = { ...doc, content: doc.content.map(block) };
  return count && first ? { value, count, first } : null;
}

/** The text around a change: `before` around the match in the old text, `after` around what replaced it. */
export function excerpts(first: { old: string; new: string; at: number }, o: ReplaceOptions): { before: string; after: string } {
  const cut = (text: string, len: number) => {
    const start = Math.max(0, first.at - 40);
    const end = Math.min(text.length, first.at + len + 40);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
  };
  // A literal pattern matches as many characters as it has; a whole value is shown whole.
  return o.wholeCell
    ? { before: cut(first.old, first.old.length), after: cut(first.new, first.new.length) }
    : { before: cut(first.old, o.find.length), after: cut(first.new, o.replace.length) };
}

/** Every value of the plan the replacement would change, in document order. */
export function planReplacements(doc: PlanDocument, o: ReplaceOptions): Replacement[] {
  const rw = textReplacer(o);
  const out: Replacement[] = [];
  const places = planPlaces(doc);
  const push = (r: Omit<Replacement, 'before' | 'after' | 'count' | 'new'>, hit: Rewritten<unknown> | null) => {
    // "secondary" for "Secondary" without matching case changes nothing where it is already so.
    if (hit && JSON.stringify(hit.value) !== JSON.stringify(r.old)) out.push({ ...r, count: hit.count, new: hit.value, ...excerpts(hit.first, o) });
  };
  const first = doc.sections[0];
  for (const f of HEADER_FIELDS) {
    const v = doc.header[f.id];
    if (typeof v !== 'string') continue; // the year is a figure
    const r = rw(v);
    const hit = r && { value: r.text, count: r.count, first: { old: v, new: r.text, at: r.at } };
    push(
      {
        id: `header:${f.id}`,
        target: { kind: 'header', field: f.id },
        sectionId: first?.id ?? 0,
        section: 'Title page',
        where: f.label,
        blockId: null,
        rowId: null,
        column: null,
        old: v,
      },
      hit,
    );
  }
  for (const s of doc.sections) {
    const unit = places.unitOfSection(s.id);
    const at = { sectionId: s.id, section: s.title, ...(unit ? { unit } : {}) };
    const r = rw(s.title);
    push(
      {
        id: `title:${s.id}`,
        target: { kind: 'title', sectionId: s.id },
        ...at,
        where: 'Section title',
        blockId: null,
        rowId: null,
        column: null,
        old: s.title,
      },
      r && { value: r.text, count: r.count, first: { old: s.title, new: r.text, at: r.at } },
    );
    for (const b of s.blocks) {
      if (b.kind === 'narrative') {
        push(
          { id: `doc:${b.id}`, target: { kind: 'doc', blockId: b.id }, ...at, where: 'Text', blockId: b.id, rowId: null, column: null, old: b.doc },
          replaceInDoc(b.doc, rw),
        );
        continue;
      }
      const def = kindDef(b.tableKind);
      for (const row of b.rows) {
        const role = roleDef(b.tableKind, row.role);
        const place = places.ofRow(s.id, b, row);
        for (const col of def.columns) {
          // Fixed labels (a budget's memorandum items) and computed columns are not the user's words.
          if (col.computed || !role?.columns.includes(col.id) || (role.fixedLabels && col.id === def.labelColumn)) continue;
          const v = row.cells[col.id];
          if (v === undefined) continue;
          push(
            {
              id: `cell:${row.id}:${col.id}`,
              target: { kind: 'cell', rowId: row.id, column: col.id },
              ...at,
              ...place,
              where: b.meta.unitName ?? b.title,
              blockId: b.id,
              rowId: row.id,
              column: col.id,
              old: v,
            },
            replaceInCell(col.type, v, rw),
          );
        }
      }
    }
  }
  return out;
}
