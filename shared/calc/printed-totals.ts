/**
 * Compares a table's computed summary rows with the totals printed in its source document
 * (meta.printedSummaries). Where they differ the app shows its own figure and flags the difference.
 */
import type { Block, PlanDocument } from '../model/plan';
import { summaryRows } from './summaries';

export interface TotalMismatch {
  sectionTitle: string;
  tableTitle: string;
  summaryId: string;
  summaryLabel: string;
  column: string;
  printed: number;
  computed: number;
}

export function tableMismatches(block: Extract<Block, { kind: 'table' }>, sectionTitle: string): TotalMismatch[] {
  const printed = block.meta.printedSummaries;
  if (!printed) return [];
  const out: TotalMismatch[] = [];
  for (const s of summaryRows(block.tableKind, block.rows)) {
    for (const [column, value] of Object.entries(printed[s.id] ?? {})) {
      const computed = s.cells[column];
      if (computed !== undefined && Math.round(computed * 10) !== Math.round(value * 10)) {
        out.push({ sectionTitle, tableTitle: block.meta.unitName ?? block.title, summaryId: s.id, summaryLabel: s.label, column, printed: value, computed });
      }
    }
  }
  return out;
}

export function planMismatches(doc: PlanDocument): TotalMismatch[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? tableMismatches(b, s.title) : [])));
}
