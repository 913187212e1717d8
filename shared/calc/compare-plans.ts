/**
 * Two plans side by side (issue 15): this year with last year, or a plan with a named version. Sections
 * are matched by their place in the outline, table rows by their label, cells by column. Plans of
 * different years are compared after the older one is rolled forward (roll-forward.ts), so each figure
 * is set against the same financial year's and an unedited roll-forward compares as unchanged. Pure.
 */
import type { PlanIn, RowIn } from '../model/plan';
import { HEADER_FIELDS } from '../model/plan';
import { kindDef, type TableKind } from '../model/table-kinds';
import type { Cells } from '../model/columns';
import { docText } from '../model/richtext';
import { valueText } from '../format/change-value';
import { addTenths, withComputed } from './evaluate';
import { rollForward } from './roll-forward';
import { wordDiff, type WordPart } from './word-diff';

export interface CellChange {
  column: string;
  heading: string;
  before: string;
  after: string;
  /** For figures: after minus before, and that as a fraction of before (null when before is 0). */
  diff?: number;
  pct?: number | null;
}

export interface RowChange {
  status: 'added' | 'removed' | 'changed';
  label: string;
  cells: CellChange[];
}

/** A budget line's controllable expenditure before and after, for every line (changed or not). */
export interface BudgetLine {
  label: string;
  before: number | null;
  after: number | null;
  diff: number;
  pct: number | null;
}

export type BlockComparison =
  | { kind: 'narrative'; changed: boolean; words: WordPart[] }
  | { kind: 'table'; tableKind: TableKind; title: string; changed: boolean; rows: RowChange[]; lines?: BudgetLine[] };

export interface SectionComparison {
  /** "Secondary › Revenue Budget". */
  path: string;
  status: 'same' | 'changed' | 'added' | 'removed';
  blocks: BlockComparison[];
}

/** One change as a line of a report: where, and the text before and after. */
export interface ChangeLine {
  where: string;
  before: string;
  after: string;
  diff?: number;
  pct?: number | null;
}

export interface PlanComparison {
  before: { label: string; year: number };
  after: { label: string; year: number };
  /** True when the older plan was rolled forward to compare like years. */
  rolled: boolean;
  header: CellChange[];
  sections: SectionComparison[];
  changes: ChangeLine[];
}

type Section = PlanIn['sections'][number];
type Block = Section['blocks'][number];

const norm = (v: unknown): string => (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length) ? 'null' : JSON.stringify(v));
const round1 = (n: number) => addTenths([n]);

function figureChange(a: unknown, b: unknown): Pick<CellChange, 'diff' | 'pct'> {
  if (typeof a !== 'number' && typeof b !== 'number') return {};
  const x = typeof a === 'number' ? a : 0;
  const y = typeof b === 'number' ? b : 0;
  const diff = round1(y - x);
  return { diff, pct: x === 0 ? null : diff / Math.abs(x) };
}

/** Sections keyed by their place: a level-2 title under its level-1 title, numbered when repeated. */
function keyed(sections: Section[]): Map<string, Section> {
  const out = new Map<string, Section>();
  let unit = '';
  for (const s of sections) {
    if (s.level === 1) unit = s.title;
    const base = s.level === 2 ? `${unit} › ${s.title}` : s.title;
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base} (${n})`;
    out.set(key, s);
  }
  return out;
}

function inputColumns(kind: TableKind) {
  return kindDef(kind).columns.filter((c) => !c.computed);
}

/** Rows paired by label (the nth "X" with the nth "X"); the rest paired in order, then added or removed. */
function pairRows(kind: TableKind, a: RowIn[], b: RowIn[]): [RowIn | null, RowIn | null][] {
  const label = (r: RowIn) => `${r.role}:${valueText((r.cells as Cells)[kindDef(kind).labelColumn])}`;
  const pool = new Map<string, RowIn[]>();
  for (const r of a) pool.set(label(r), [...(pool.get(label(r)) ?? []), r]);
  const pairs: [RowIn | null, RowIn | null][] = [];
  const unmatchedB: RowIn[] = [];
  const used = new Set<RowIn>();
  for (const r of b) {
    const hit = pool.get(label(r))?.shift();
    if (hit) {
      pairs.push([hit, r]);
      used.add(hit);
    } else unmatchedB.push(r);
  }
  const unmatchedA = a.filter((r) => !used.has(r));
  for (const r of unmatchedB) {
    const i = unmatchedA.findIndex((x) => x.role === r.role);
    pairs.push(i >= 0 ? [unmatchedA.splice(i, 1)[0], r] : [null, r]);
  }
  for (const r of unmatchedA) pairs.push([r, null]);
  return pairs;
}

function compareTable(a: Extract<Block, { kind: 'table' }> | undefined, b: Extract<Block, { kind: 'table' }> | undefined): BlockComparison {
  const t = (b ?? a)!;
  const kind = t.tableKind;
  const def = kindDef(kind);
  const rows: RowChange[] = [];
  const lines: BudgetLine[] = [];
  for (const [ra, rb] of pairRows(kind, a?.rows ?? [], b?.rows ?? [])) {
    const ca = (ra?.cells ?? {}) as Cells;
    const cb = (rb?.cells ?? {}) as Cells;
    const label = valueText(cb[def.labelColumn] ?? ca[def.labelColumn]);
    const cells: CellChange[] = [];
    for (const col of inputColumns(kind)) {
      if (norm(ca[col.id]) === norm(cb[col.id])) continue;
      cells.push({
        column: col.id,
        heading: col.heading,
        before: valueText(ca[col.id], col.type),
        after: valueText(cb[col.id], col.type),
        ...figureChange(ca[col.id], cb[col.id]),
      });
    }
    if (!ra || !rb) rows.push({ status: ra ? 'removed' : 'added', label, cells });
    else if (cells.length) rows.push({ status: 'changed', label, cells });
    if (kind === 'budget' && (ra ?? rb)!.role === 'line') {
      const before = ra ? (withComputed(kind, 'line', ca).controllable as number) : null;
      const after = rb ? (withComputed(kind, 'line', cb).controllable as number) : null;
      lines.push({ label, before, after, ...(figureChange(before, after) as { diff: number; pct: number | null }) });
    }
  }
  return { kind: 'table', tableKind: kind, title: t.title, changed: rows.length > 0, rows, ...(kind === 'budget' && { lines }) };
}

function compareSection(a: Section | undefined, b: Section | undefined): BlockComparison[] {
  const n = Math.max(a?.blocks.length ?? 0, b?.blocks.length ?? 0);
  const out: BlockComparison[] = [];
  for (let i = 0; i < n; i++) {
    const x = a?.blocks[i];
    const y = b?.blocks[i];
    if ((x ?? y)!.kind === 'narrative' && (!x || !y || x.kind === y.kind)) {
      const ta = x?.kind === 'narrative' ? docText(x.doc) : '';
      const tb = y?.kind === 'narrative' ? docText(y.doc) : '';
      const changed = JSON.stringify(x?.kind === 'narrative' ? x.doc : null) !== JSON.stringify(y?.kind === 'narrative' ? y.doc : null);
      out.push({ kind: 'narrative', changed, words: wordDiff(ta, tb) });
    } else {
      const ta = x?.kind === 'table' ? x : undefined;
      const tb = y?.kind === 'table' && (!ta || y.tableKind === ta.tableKind) ? y : undefined;
      out.push(compareTable(ta, tb));
      if (y?.kind === 'table' && !tb) out.push(compareTable(undefined, y));
    }
  }
  return out;
}

const planLabel = (p: PlanIn) => [p.header.division, p.header.title].filter(Boolean).join(': ');

/** Brings the older plan up to the newer one's year, so like years are compared. */
function sameYear(older: PlanIn, year: number): PlanIn {
  let p = older;
  while (p.header.year < year) p = rollForward(p, { actions: 'all' }).plan;
  return p;
}

/** What changed from `before` to `after`. */
export function comparePlans(before: PlanIn, after: PlanIn): PlanComparison {
  const rolled = before.header.year < after.header.year;
  const a = rolled ? sameYear(before, after.header.year) : before;
  const header: CellChange[] = HEADER_FIELDS.filter((f) => norm(a.header[f.id]) !== norm(after.header[f.id])).map((f) => ({
    column: f.id,
    heading: f.label,
    before: String(a.header[f.id]),
    after: String(after.header[f.id]),
  }));
  const ka = keyed(a.sections);
  const kb = keyed(after.sections);
  const sections: SectionComparison[] = [];
  for (const key of new Set([...kb.keys(), ...ka.keys()])) {
    const x = ka.get(key);
    const y = kb.get(key);
    const blocks = compareSection(x, y);
    const changed = blocks.some((b) => b.changed);
    sections.push({ path: key, status: !x ? 'added' : !y ? 'removed' : changed ? 'changed' : 'same', blocks });
  }
  return {
    before: { label: planLabel(before), year: before.header.year },
    after: { label: planLabel(after), year: after.header.year },
    rolled,
    header,
    sections,
    changes: changeLines(header, sections),
  };
}

/** The comparison as one line per change, for the text report, the workbook and tests. */
function changeLines(header: CellChange[], sections: SectionComparison[]): ChangeLine[] {
  const out: ChangeLine[] = header.map((h) => ({ where: `Title page › ${h.heading}`, before: h.before, after: h.after }));
  for (const s of sections) {
    if (s.status === 'added' || s.status === 'removed') {
      out.push({ where: s.path, before: s.status === 'removed' ? 'section' : '', after: s.status === 'added' ? 'section' : '' });
      continue;
    }
    for (const b of s.blocks) {
      if (!b.changed) continue;
      if (b.kind === 'narrative') {
        const del = b.words
          .filter((w) => w.op === 'del')
          .map((w) => w.text)
          .join(' … ');
        const add = b.words
          .filter((w) => w.op === 'add')
          .map((w) => w.text)
          .join(' … ');
        out.push({ where: `${s.path} › text`, before: del, after: add });
        continue;
      }
      const table = b.title && !s.path.endsWith(b.title) ? `${s.path} › ${b.title}` : s.path;
      for (const r of b.rows) {
        if (r.status !== 'changed')
          out.push({ where: `${table} › ${r.label}`, before: r.status === 'removed' ? 'row' : '', after: r.status === 'added' ? 'row' : '' });
        else
          for (const c of r.cells)
            out.push({
              where: `${table} › ${r.label} › ${c.heading}`,
              before: c.before,
              after: c.after,
              ...(c.diff !== undefined && { diff: c.diff, pct: c.pct }),
            });
      }
    }
  }
  return out;
}
