/**
 * Indicator, lead-role and staffing tables of the unit plan. Repeated heading rows (the seed repeats
 * a table's heading at each page top) are dropped; rows cut by a page break are merged.
 */
import { boldEntries, cellBlocks, continueItems, parseNumber, plain, rawText, squash } from './html-cells';
import { headedTable, rowsOf } from './table-rows';
import { table, type BlockIn, type RowIn } from './types';

/** KPI rows: the bold prefix is the category ("BVPI 41 – KS2"); values are kept as typed ("77%"). */
export function kpiTable(lines: string[]): BlockIn {
  const rows: RowIn[] = [];
  for (const cells of rowsOf(lines)) {
    if (plain(cells[0]).startsWith('Indicator')) continue;
    const m = /^\s*<b>(.*?)<\/b>(.*)$/s.exec(cells[0]);
    const [actualLastYear, estimateThisYear, targetNextYear] = cells.slice(1, 4).map((c) => plain(c ?? ''));
    const prev = rows[rows.length - 1];
    if (!m && prev && !actualLastYear && !estimateThisYear && !targetNextYear) {
      // BVPI 181c: its description was printed as the first row of the next page.
      prev.cells.indicator = squash(`${prev.cells.indicator} ${plain(cells[0])}`);
      continue;
    }
    rows.push({
      role: 'line',
      cells: { category: m ? plain(m[1]) : '', indicator: plain(m ? m[2] : cells[0]), actualLastYear, estimateThisYear, targetNextYear },
    });
  }
  return table('kpi', 'Key Performance Indicators', rows);
}

/** National indicators: both halves of the table (the list continues after a repeated heading). */
export const nationalIndicatorsTable = headedTable('nationalIndicators', (cells) => ({ ref: plain(cells[0]), indicator: plain(cells[1] ?? '') }));

/** Lead officers of one cell: paragraphs, or runs separated by the cell's line breaks (2+ spaces). */
function officers(cell: string): string[] {
  const blocks = cellBlocks(cell);
  if (blocks.some((b) => b.kind === 'p')) return blocks.map((b) => b.text);
  return rawText(cell)
    .split(/\s{2,}/)
    .map(squash)
    .filter(Boolean);
}

/**
 * Lead roles: one row per plan; targets are one entry per bold-led paragraph. Rows with an empty
 * plan cell continue the row above (further targets and officers of the same plan).
 */
export function leadRolesTable(lines: string[]): BlockIn {
  const rows: RowIn[] = [];
  for (const cells of rowsOf(lines)) {
    const plan = plain(cells[0]);
    if (plan === 'Key Corporate/Directorate Targets' || plan === 'Plan') continue;
    if (!plan && !plain(cells[1] ?? '') && !plain(cells[2] ?? '')) continue;
    const targets = boldEntries(cells[1] ?? '');
    const leads = officers(cells[2] ?? '');
    const prev = rows[rows.length - 1];
    if (!plan && prev) {
      continueItems(
        prev.cells.target as string[],
        targets.map((text) => ({ kind: 'p', text, nested: [] })),
      );
      (prev.cells.leadOfficer as string[]).push(...leads);
    } else rows.push({ role: 'line', cells: { plan, target: targets, leadOfficer: leads } });
  }
  // The seed captions this table "Key Corporate/Directorate Targets" (its repeated top row).
  return table('leadRoles', 'Key Corporate/Directorate Targets', rows);
}

/**
 * Staffing levels. "199.7* (181.5)": the figure, a footnote marker and the reduced figure from
 * September; the marker's footnote goes into the row's note with them. TOTAL is printed, not stored.
 */
export function staffingTable(lines: string[]): BlockIn {
  const footnotes = new Map<string, string>();
  for (const l of lines) {
    const m = /^((?:\\\*)+)\s*(.+)$/.exec(l.trim());
    if (m) footnotes.set(m[1].replace(/\\/g, ''), m[2].trim());
  }
  const rows: RowIn[] = [];
  let total: Record<string, number> = {};
  for (const cells of rowsOf(lines)) {
    const category = plain(cells[0]);
    if (!category) continue;
    const lastYear = parseNumber(cells[1]) ?? null;
    const m = /^([\d.,]+)\s*(\**)\s*(\([^)]*\))?$/.exec(plain(cells[2] ?? ''));
    if (!m) throw new Error(`staffing figure not understood: ${cells[2]}`);
    const thisYear = Number(m[1].replace(/,/g, ''));
    if (category === 'TOTAL') {
      total = { lastYear: lastYear ?? 0, thisYear };
      continue;
    }
    const marker = m[2];
    const note = marker ? [marker, m[3], footnotes.get(marker)].filter(Boolean).join(' ') : '';
    if (marker && !footnotes.has(marker)) throw new Error(`no footnote for ${marker}`);
    const role = category.startsWith('Of the above total') ? 'memo' : 'line';
    rows.push({ role, cells: { category, lastYear, thisYear, note } });
  }
  return table('staffing', 'Staffing Levels', rows, { printedSummaries: { total } });
}
