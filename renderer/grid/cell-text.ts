/** How a stored cell value reads on screen (and in copies): one decimal for figures, one line per list item. */
import type { CellValue, ColumnDef, Deliverable } from '../../shared/model/columns';
import { formatFigure } from '../../shared/format/numbers';

export function cellText(col: ColumnDef, v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  switch (col.type) {
    case 'money':
    case 'fte':
      return formatFigure(v);
    case 'list':
    case 'links':
      return Array.isArray(v) ? v.join('\n') : String(v);
    case 'deliverables':
      if (!Array.isArray(v)) return String(v);
      return (v as Deliverable[]).map((d) => `• ${d.text}${d.target ? ` [${d.target}]` : ''}`).join('\n');
    default:
      return String(v);
  }
}
