/** What the command line writes: a plan's line as `list` prints it, and a file the API returned. */
import { writeFileAtomic } from '../desktop/atomic-write';
import { fyLabel } from '../../shared/calc/financial-year';
import type { FileData } from '../../shared/api/contract';
import type { PlanSummary } from '../../shared/model/plan';

/** A plan's line as `list` prints it: id, title, financial year, tab-separated. */
export const planLine = (p: PlanSummary): string => `${p.id}\t${[p.header.division, p.header.title].filter(Boolean).join(': ')}\t${fyLabel(p.header.year)}`;

/** Writes a file the API made (base64 across the boundary) under the name given, whole or not at all. */
export function writeOut(target: string, file: FileData): void {
  writeFileAtomic(target, Buffer.from(file.dataBase64, 'base64'));
}
