/**
 * Table blocks to full print HTML tables: every row of the model (never virtualised), heading rows in a
 * `thead` (repeated by the browser on every page), summary rows after the lines in a second `tbody`
 * (not a `tfoot`, which would repeat on every page), computed columns filled in, action Refs numbered.
 */
import type { Block, Row } from '../../shared/model/plan';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { emptyNoteColumns, headingGroups } from '../../shared/model/headings';
import { kindDef, roleDef } from '../../shared/model/table-kinds';
import { tableLayout, type LayoutSummary } from '../../shared/calc/table-layout';
import { BULLET, cellLines, deliverableParts, targetText } from '../../shared/format/cell-text';
import { escapeHtml } from './print-narrative';

export type TableBlock = Extract<Block, { kind: 'table' }>;

const REF_WIDTH = 7;
/** Narrow rating columns get room for one heading word ("Likelihood") in print. */
const printWidth = (c: ColumnDef): number => (c.type === 'rating' || c.type === 'band' ? Math.max(c.width, 13) : c.width);

/**
 * One cell's content as escaped HTML: the shared formatter's text (shared/format/cell-text.ts), with list
 * items and deliverables each in its own block and a deliverable's target kept on one line.
 */
export function cellHtml(col: ColumnDef, v: CellValue | undefined): string {
  if (col.type === 'deliverables' && Array.isArray(v)) {
    return deliverableParts(v)
      .map((d) => `<div class="item">${escapeHtml(BULLET + d.text)}${d.target ? ` <span class="target">${escapeHtml(targetText(d.target))}</span>` : ''}</div>`)
      .join('');
  }
  const lines = cellLines(col, v);
  return Array.isArray(v) ? lines.map((s) => `<div class="item">${escapeHtml(s)}</div>`).join('') : escapeHtml(lines.join('\n'));
}

function cellClass(col: ColumnDef, v: CellValue | undefined): string {
  const cls = [`t-${col.type}`];
  if (col.computed) cls.push('computed');
  if (col.type === 'band' && typeof v === 'string') cls.push(`band-${v.toLowerCase().replace(/[^a-z]/g, '')}`);
  return cls.join(' ');
}

const td = (col: ColumnDef, v: CellValue | undefined): string => `<td class="${cellClass(col, v)}">${cellHtml(col, v)}</td>`;

/** A heading label; short bracketed parts ("(1-5)") never wrap at their hyphen. */
const label = (text: string): string => escapeHtml(text).replace(/\([^()\s]{1,8}\)/g, (m) => `<span class="nowrap">${m}</span>`);

function headHtml(block: TableBlock, planYear: number, withRef: boolean): string {
  const groups = headingGroups(block.tableKind, planYear, emptyNoteColumns(block.tableKind, block.rows));
  const twoRows = groups.some((g) => g.heading !== null);
  const ref = withRef ? `<th class="ref"${twoRows ? ' rowspan="2"' : ''}>Ref</th>` : '';
  if (!twoRows)
    return `<thead><tr>${ref}${groups
      .flatMap((g) => g.columns)
      .map((c) => `<th class="t-${c.type}">${label(c.label)}</th>`)
      .join('')}</tr></thead>`;
  const top = groups
    .map((g) =>
      g.heading === null
        ? g.columns.map((c) => `<th rowspan="2" class="t-${c.type}">${label(c.label)}</th>`).join('')
        : `<th colspan="${g.columns.length}" class="year">${escapeHtml(g.heading)}</th>`,
    )
    .join('');
  const second = groups
    .filter((g) => g.heading !== null)
    .flatMap((g) => g.columns)
    .map((c) => `<th class="t-${c.type}">${label(c.label)}</th>`)
    .join('');
  return `<thead><tr>${ref}${top}</tr><tr>${second}</tr></thead>`;
}

function actionRowHtml(r: Row, cols: ColumnDef[], ref: string): string {
  const refCell = `<td class="ref">${escapeHtml(ref)}</td>`;
  if (r.role === 'unit') return `<tr class="row-unit">${refCell}<td colspan="${cols.length}">${escapeHtml(r.cells.title ?? '')}</td></tr>`;
  if (r.role === 'objective') {
    const [title, ecm, ...rest] = cols;
    return `<tr class="row-objective">${refCell}${td(title, r.cells.title)}${td(ecm, r.cells.ecm)}<td colspan="${rest.length}"></td></tr>`;
  }
  return `<tr class="row-action">${refCell}${cols.map((c) => td(c, r.cells[c.id])).join('')}</tr>`;
}

function memoRowHtml(block: TableBlock, r: Row, cols: ColumnDef[]): string {
  const allowed = new Set(roleDef(block.tableKind, 'memo')?.columns ?? cols.map((c) => c.id));
  return `<tr class="row-memo">${cols.map((c) => (allowed.has(c.id) ? td(c, r.cells[c.id]) : '<td></td>')).join('')}</tr>`;
}

/** The rows in the one display order (shared/calc/table-layout.ts): lines, then summaries and memorandum items. */
function bodiesHtml(block: TableBlock, cols: ColumnDef[], refs: Map<number, string>): string {
  const def = kindDef(block.tableKind);
  const { body, tail } = tableLayout(block.tableKind, block.rows, { computed: true });
  const span = cols.length + (def.numbered ? 1 : 0);
  const lineHtml = body.length
    ? body
        .map((r) =>
          def.numbered ? actionRowHtml(r, cols, refs.get(r.id) ?? '') : `<tr class="row-line">${cols.map((c) => td(c, r.cells[c.id])).join('')}</tr>`,
        )
        .join('\n')
    : `<tr class="row-empty"><td colspan="${span}">No entries.</td></tr>`;
  const summaryHtml = (s: LayoutSummary) => {
    const cells = cols.map((c) => (c.id === def.labelColumn ? `<td class="label">${escapeHtml(s.label)}</td>` : c.total ? td(c, s.cells[c.id]) : '<td></td>'));
    return `<tr class="row-total row-${escapeHtml(s.id)}">${cells.join('')}</tr>`;
  };
  const tailHtml = tail.map((e) => (e.type === 'memo' ? memoRowHtml(block, e.row, cols) : summaryHtml(e.summary))).join('\n');
  return `<tbody class="lines">\n${lineHtml}\n</tbody>${tailHtml ? `\n<tbody class="summary">\n${tailHtml}\n</tbody>` : ''}`;
}

/**
 * A table block as print HTML. `refs` are action numbers for the whole plan (shared/calc/numbering.ts),
 * so printing a subset of sections keeps the numbers of the full plan.
 */
export function tableHtml(block: TableBlock, planYear: number, refs: Map<number, string>, sectionTitle = ''): string {
  const def = kindDef(block.tableKind);
  const omit = emptyNoteColumns(block.tableKind, block.rows);
  const cols = def.columns.filter((c) => !omit.has(c.id));
  const withRef = !!def.numbered;
  const total = cols.reduce((s, c) => s + printWidth(c), 0) + (withRef ? REF_WIDTH : 0);
  const pct = (w: number) => `${((100 * w) / total).toFixed(2)}%`;
  const colgroup = `<colgroup>${withRef ? `<col style="width:${pct(REF_WIDTH)}">` : ''}${cols.map((c) => `<col style="width:${pct(printWidth(c))}">`).join('')}</colgroup>`;
  const caption = [
    block.title && block.title.trim() !== sectionTitle.trim() ? `<h3 class="table-title">${escapeHtml(block.title)}</h3>` : '',
    block.meta?.unitName ? `<p class="unit-name">${escapeHtml(block.meta.unitName)}</p>` : '',
  ].join('');
  const notes = (block.meta?.notes ?? []).map((n) => `<p class="table-note">${escapeHtml(n)}</p>`).join('');
  return `<div class="table-block kind-${block.tableKind}">${caption}
<table class="plan-table">${colgroup}
${headHtml(block, planYear, withRef)}
${bodiesHtml(block, cols, refs)}
</table>${notes}</div>`;
}
