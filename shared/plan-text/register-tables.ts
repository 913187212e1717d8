/**
 * Risk register, consultation schedule and the two environmental tables of the unit plan. Each
 * drops its heading row(s) and merges rows the seed cut at a page break.
 */
import { cellBlocks, continueItems, listItems, longText, plain } from './html-cells';
import { pairDeliverables, splitDates } from './action-fields';
import { headedTable, rowsOf } from './table-rows';
import { table, type BlockIn, type RowIn } from './types';
const list = (row: RowIn, id: string) => row.cells[id] as string[];

/** "I = 4 L = 4 Score = 16 HIGH": impact and likelihood are stored; score and band are computed. */
function rating(cell: string): { impact: number; likelihood: number } {
  const m = /I\s*=\s*(\d)\s*L\s*=\s*(\d)/.exec(plain(cell));
  if (!m) throw new Error(`risk rating not understood: ${cell}`);
  return { impact: Number(m[1]), likelihood: Number(m[2]) };
}

export function risksTable(lines: string[]): BlockIn {
  const rows: RowIn[] = [];
  for (const cells of rowsOf(lines)) {
    if (plain(cells[0]) === 'Event') continue;
    const prev = rows[rows.length - 1];
    if (!plain(cells[0]) && prev) {
      // The first risk's controls and tasks run on into a row with empty leading cells.
      continueItems(list(prev, 'existingControls'), cellBlocks(cells[3] ?? ''));
      continueItems(list(prev, 'newTasks'), cellBlocks(cells[4] ?? ''));
      continue;
    }
    rows.push({
      role: 'line',
      cells: {
        event: longText(cells[0]),
        plannedOutcomes: longText(cells[1]),
        manager: listItems(cells[2]),
        existingControls: listItems(cells[3]),
        newTasks: listItems(cells[4]),
        ...rating(cells[5]),
      },
    });
  }
  return table('risks', 'Risks', rows);
}

const CONSULTATION_COLUMNS = ['name', 'dates', 'feedbackDate', 'targetGroup', 'targetArea', 'externalContract', 'purpose', 'statutory', 'contact'];

export function consultationsTable(lines: string[]): BlockIn {
  const rows: RowIn[] = [];
  for (const cells of rowsOf(lines)) {
    const name = plain(cells[0]);
    if (name === 'Name') continue;
    const prev = rows[rows.length - 1];
    if (prev && (!name || /^[a-z]/.test(name))) {
      // "... bespoke sessions and tailored" / "programmes": the row runs on after a page break.
      CONSULTATION_COLUMNS.forEach((id, i) => {
        if (id === 'purpose') continueItems(list(prev, id), cellBlocks(cells[i] ?? ''));
        else if (plain(cells[i] ?? '')) prev.cells[id] = `${prev.cells[id]} ${plain(cells[i])}`.trim();
      });
      continue;
    }
    const row: RowIn = { role: 'line', cells: {} };
    CONSULTATION_COLUMNS.forEach((id, i) => {
      row.cells[id] = id === 'purpose' ? listItems(cells[i] ?? '') : plain(cells[i] ?? '');
    });
    rows.push(row);
  }
  return table('consultations', 'Consultation Exercises, Satisfaction Surveys, Reviews', rows);
}

export const envObjectivesTable = headedTable('envObjectives', (cells) => ({
  objective: listItems(cells[0]),
  leadOfficer: plain(cells[1] ?? ''),
  deliverables: pairDeliverables(listItems(cells[2] ?? ''), splitDates(cellBlocks(cells[3] ?? '').map((b) => b.text))),
}));

export const envAdaptationTable = headedTable('envAdaptation', (cells) => ({
  action: longText(cells[0]),
  evidence: longText(cells[1] ?? ''),
  impacts: listItems(cells[2] ?? ''),
  adaptiveAction: listItems(cells[3] ?? ''),
}));
