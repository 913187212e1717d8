/**
 * Formula-injection payloads put into every piece of user text a plan holds, and a reader of what a
 * workbook holds cell by cell: which cells are formulas (and which formulas), and which are text.
 */
import ExcelJS from 'exceljs';
import type { PlanIn } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { fromXString } from '../../electron/excel/cells';

export const PAYLOADS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"];

/** The plan with every text (header, titles, unit names, notes, cells, list items, deliverables) a payload, in turn. */
export function poisoned(plan: PlanIn): PlanIn {
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length];
  const cell = (v: CellValue): CellValue => {
    if (typeof v === 'string') return next();
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? next() : { text: next(), target: next() })) as CellValue;
    return v;
  };
  const header = Object.fromEntries(Object.entries(plan.header).map(([k, v]) => [k, typeof v === 'string' ? next() : v])) as PlanIn['header'];
  const sections = plan.sections.map((s) => ({
    ...s,
    title: next(),
    blocks: s.blocks.map((b) =>
      b.kind !== 'table'
        ? b
        : {
            ...b,
            title: next(),
            meta: { ...b.meta, ...(b.meta.unitName ? { unitName: next() } : {}), ...(b.meta.notes ? { notes: b.meta.notes.map(next) } : {}) },
            rows: b.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, cell(v as CellValue)])) })),
          },
    ),
  }));
  return { ...plan, header, sections };
}

export interface SheetCells {
  /** "sheet number!A1" → formula text, for every formula cell. */
  formulas: Map<string, string>;
  /** "sheet number!A1" → text, for every text cell (shared or inline string). */
  texts: Map<string, string>;
  /** Addresses of text cells carrying the Text number format ("@"). */
  asText: Set<string>;
}

export async function workbookCells(buf: Buffer): Promise<SheetCells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: SheetCells = { formulas: new Map(), texts: new Map(), asText: new Set() };
  wb.worksheets.forEach((ws, n) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell((c) => {
        const at = `${n}!${c.address}`;
        if (c.type === ExcelJS.ValueType.Formula) out.formulas.set(at, c.formula);
        const raw = typeof c.value === 'string' ? c.value : c.type === ExcelJS.ValueType.RichText || c.type === ExcelJS.ValueType.Hyperlink ? c.text : null;
        const text = raw === null ? null : fromXString(raw);
        if (text !== null) out.texts.set(at, text);
        if (text !== null && c.numFmt === '@') out.asText.add(at);
      }),
    ),
  );
  return out;
}

/** A formula with its sheet names taken out: a poisoned plan's sheets are named differently. */
export const sansSheets = (f: string) => f.replace(/'(?:[^']|'')*'!/g, "'…'!");
