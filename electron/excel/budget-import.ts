/** Importing a budget workbook finance edited: read it (in a worker), find our budget sheets, and diff them against the plan. */
import type { PlanDocument } from '../../shared/model/plan';
import type { BudgetImportPreview } from '../../shared/model/budget-import';
import { badRequest } from '../../shared/api/errors';
import { diffBudgets } from './budget-diff';
import { parseBudgetWorkbook } from './parse-isolated';

export async function previewBudgetImport(doc: PlanDocument, fileName: string, buf: Buffer): Promise<BudgetImportPreview> {
  const { sheets, other } = await parseBudgetWorkbook(buf, fileName, doc.header.year);
  if (!sheets.length) {
    throw badRequest(
      `${fileName} is not a Plan Editor budget workbook: no sheet has the budget headings (Activity, Employee Costs £000's, ...). Nothing was changed.`,
    );
  }
  const preview = diffBudgets(doc, sheets, fileName);
  if (!preview.units.length)
    throw badRequest(`${fileName} holds budget sheets, but none for a unit of this plan (${sheets.map((s) => s.sheet).join(', ')}). Nothing was changed.`);
  return { ...preview, ignoredSheets: [...other, ...preview.ignoredSheets] };
}
