/**
 * "Projects, Developments & Key Actions" tables: one per unit, rows of unit / objective / action.
 * The seed breaks rows across pages: after a repeated heading row, a row whose first cell is empty
 * (or a bare fragment such as "2" from "2.3.2") continues the row above, cell by cell. Printed
 * numbers are not stored (the app numbers rows from their position), so rows keep document order,
 * duplicated and skipped numbers included.
 */
import type { Deliverable } from '../model/columns';
import { blockItem, cellBlocks, continueItems, plain, rawText, type CellBlock } from './html-cells';
import { rowsOf } from './table-rows';
import { pairDeliverables, splitDates, splitEcm, splitLinks, splitManagers } from './action-fields';
import type { RowIn } from './types';

interface Draft {
  role: 'unit' | 'objective' | 'action';
  number: string;
  /** Title lines: paragraphs, and list items as "• item". */
  title: string[];
  managers: string;
  links: string;
  deliverables: string[];
  dates: string[];
}

/** Column positions of a row: most rows lead with the number; some continuation rows do not. */
interface Layout {
  title: number;
  managers: number;
  links: number;
  deliverables: number;
  dates: number;
}
const WITH_NUMBER: Layout = { title: 1, managers: 2, links: 3, deliverables: 4, dates: 5 };
const WITHOUT_NUMBER: Layout = { title: 0, managers: 1, links: 2, deliverables: 3, dates: 4 };

const startsLower = (s: string) => /^[a-z]/.test(s);
const titleLine = (b: CellBlock) => (b.kind === 'li' ? `• ${blockItem(b)}` : blockItem(b));
const dateChunks = (cell: string) => cellBlocks(cell).map((b) => b.text);
const hasList = (cell: string) => /<(ul|li|p)\b/i.test(cell ?? '');

const joinText = (a: string, b: string) => [a.trim(), b.trim()].filter(Boolean).join(' ');

function fill(d: Draft, cells: string[], at: Layout, continuing: boolean): void {
  const cell = (i: number) => cells[i] ?? '';
  const titleBlocks = cellBlocks(cell(at.title));
  if (continuing) continueItems(d.title, titleBlocks, titleLine);
  else d.title.push(...titleBlocks.map(titleLine));
  d.managers = joinText(d.managers, rawText(cell(at.managers)));
  d.links = joinText(d.links, rawText(cell(at.links)));
  continueItems(d.deliverables, cellBlocks(cell(at.deliverables)), blockItem);
  const dates = dateChunks(cell(at.dates));
  if (continuing && d.dates.length && dates.length) d.dates[d.dates.length - 1] += ` ${dates.shift()}`;
  d.dates.push(...dates);
}

export interface ActionTable {
  rows: RowIn[];
  unitTitle: string;
  actionCount: number;
}

/** Rows of one unit's action table from its tab-separated lines. */
export function actionTable(lines: string[], notes: string[]): ActionTable {
  const drafts: Draft[] = [];
  let headingHasNumber = true;
  const lastAction = () => [...drafts].reverse().find((d) => d.role === 'action');
  for (const cells of rowsOf(lines)) {
    const texts = cells.map(plain);
    const filled = texts.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    if (!filled.length) continue;
    if (texts[0].startsWith('Project/development/key action')) {
      // Repeated heading rows are dropped; whether they lead with an empty number column tells
      // where the cells of a following continuation row sit.
      headingHasNumber = texts[1] === '';
      continue;
    }
    const single = filled.length === 1 ? texts[filled[0]] : '';
    const num = /^(\d+(?:\.\d+)*)\.?$/.exec(texts[0]);
    const parts = num ? num[1].split('.').length : 0;
    const unit = /^(\d+)\.\s+(\D.*)$/.exec(single);
    const soloObjective = /^(\d+\.\d+)\.?\s+(\D.*)$/.exec(single);
    const blank = (): Draft => ({ role: 'action', number: '', title: [], managers: '', links: '', deliverables: [], dates: [] });
    if (unit) drafts.push({ ...blank(), role: 'unit', number: unit[1], title: [unit[2]] });
    else if (soloObjective) drafts.push({ ...blank(), role: 'objective', number: soloObjective[1], title: [soloObjective[2]] });
    else if (parts === 2 && filled.every((i) => i <= 1)) drafts.push({ ...blank(), role: 'objective', number: num![1], title: [texts[1]] });
    else if (parts >= 2) {
      const d: Draft = { ...blank(), number: num![1] };
      const five = cells.length === 5;
      fill(d, five ? [cells[0], cells[1], '', '', cells[3], cells[4]] : cells, WITH_NUMBER, false);
      if (five) {
        // A row printed with one column fewer: the manager cell sometimes carries the links as a
        // second paragraph ("<p>John Allen</p> <p>KCC Annual Plan ...</p>").
        const [manager, ...links] = cellBlocks(cells[2]).map((b) => b.text);
        d.managers = manager ?? '';
        d.links = links.join('  ');
      }
      const prev = lastAction();
      const first = cellBlocks(cells[five ? 3 : 4])[0];
      if (prev && first && first.kind !== 'li' && startsLower(first.text) && !/[.!?;:]$/.test(prev.deliverables.at(-1) ?? '.')) {
        // The end of the previous action's last deliverable was printed at the top of this row.
        prev.deliverables[prev.deliverables.length - 1] += ` ${d.deliverables.shift()}`;
        notes.push(`action ${d.number}: deliverable fragment "${first.text}" moved to the end of action ${prev.number}`);
      }
      drafts.push(d);
    } else {
      const target = drafts[drafts.length - 1];
      if (!target) throw new Error(`continuation row before any row: ${cells.join('\t').slice(0, 80)}`);
      const listAt = [4, 3].find((i) => hasList(cells[i]));
      const layout = listAt === 4 ? WITH_NUMBER : listAt === 3 ? WITHOUT_NUMBER : headingHasNumber ? WITH_NUMBER : WITHOUT_NUMBER;
      fill(target, cells, layout, true);
    }
  }
  const unitTitle = drafts.find((d) => d.role === 'unit')?.title[0] ?? '';
  const rows = drafts.map((d): RowIn => {
    const title = d.title.join('\n');
    if (d.role === 'unit') return { role: 'unit', cells: { title } };
    if (d.role === 'objective') return { role: 'objective', cells: splitEcm(title) };
    const dates = splitDates(d.dates);
    const deliverables: Deliverable[] = pairDeliverables(d.deliverables, dates);
    if (dates.length > 1 && dates.length !== d.deliverables.length) {
      notes.push(`action ${d.number}: ${dates.length} target dates for ${d.deliverables.length} deliverables, paired in order`);
    }
    return { role: 'action', cells: { title, managers: splitManagers(d.managers), links: splitLinks(d.links), deliverables } };
  });
  return { rows, unitTitle, actionCount: rows.filter((r) => r.role === 'action').length };
}
