/** The plan's budget summary: one line per unit with its totals and the grand total; export and import for finance. */
import { useRef, useState } from 'react';
import type { PlanDocument } from '../../shared/model/plan';
import { budgetSummary, SUMMARY_COLUMNS } from '../../shared/calc/budget-summary';
import { columnDef } from '../../shared/model/table-kinds';
import { fyLabel } from '../../shared/calc/financial-year';
import type { BudgetImportPreview } from '../../shared/model/budget-import';
import { api } from '../api/client';
import { readAsBase64 } from '../app/files';
import { runCommand } from '../stores/file-commands';
import { desktopShell } from '../api/desktop';
import { useUiStore } from '../stores/ui-store';
import { ImportReview } from './ImportReview';
import { FigureCell } from './FigureCell';
import { TableHead } from '../app/TableHead';

export function BudgetSummary({ plan }: { plan: PlanDocument }) {
  const { units, grand } = budgetSummary(plan);
  const { say, go } = useUiStore.getState();
  const picker = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<BudgetImportPreview | null>(null);
  // The first figure column is last year's: its heading says which year.
  const heads = SUMMARY_COLUMNS.map((c, i) => columnDef('budget', c)!.heading + (i === 0 ? ` ${fyLabel(plan.header.year - 1)}` : ''));

  const exportAll = () => runCommand('export-budgets'); // the same action as File > Export > Budgets to Excel
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPreview(await api.previewBudgetImport({ planId: plan.id, fileName: file.name, dataBase64: await readAsBase64(file) }));
    } catch (e) {
      say((e as Error).message, 'error');
    } finally {
      if (picker.current) picker.current.value = '';
    }
  };

  return (
    <article className="budget-summary">
      <h2>Budget summary {fyLabel(plan.header.year)} (£000s)</h2>
      <div className="actions-bar">
        <button type="button" onClick={() => void exportAll()}>
          Export all budgets to Excel…
        </button>
        {/* The desktop app's native open dialog (remembering the folder) is File > Import budgets' own. */}
        <button type="button" onClick={() => (desktopShell() ? void runCommand('import-budgets') : picker.current?.click())}>
          Import from finance…
        </button>
        <input ref={picker} type="file" accept=".xlsx" hidden aria-label="Budget workbook to import" onChange={(e) => void importFile(e.target.files?.[0])} />
      </div>
      <table className="figures">
        <TableHead headings={['Unit', ...heads, "Total Cost of Unit £000's"]} />
        <tbody>
          {units.map((u) => (
            <tr key={u.block.id}>
              <td>
                <button type="button" className="link" onClick={() => go({ kind: 'section', sectionId: sectionOf(plan, u.block.id) })}>
                  {u.unit}
                </button>
              </td>
              {SUMMARY_COLUMNS.map((c) => (
                <FigureCell key={c} value={u.totals[c]} />
              ))}
              <FigureCell value={u.totalCost} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>Total</th>
            {SUMMARY_COLUMNS.map((c) => (
              <FigureCell key={c} value={grand.totals[c]} />
            ))}
            <FigureCell value={grand.totalCost} testId="grand-total" />
          </tr>
        </tfoot>
      </table>
      {preview && <ImportReview planId={plan.id} preview={preview} onClose={() => setPreview(null)} />}
    </article>
  );
}

function sectionOf(plan: PlanDocument, blockId: number): number {
  return plan.sections.find((s) => s.blocks.some((b) => b.id === blockId))!.id;
}
