/** `plan-editor export DB --directorate NAME --format xlsx|pdf --out FILE`: the consolidated summary or the compendium. */
import path from 'node:path';
import type { CliApi } from './cli-api';
import { writeOut } from './output';

export async function exportDirectorate(api: CliApi, directorate: string, format: string, out: string, usage: (m: string) => Error): Promise<string> {
  const target = path.resolve(out);
  if (format === 'xlsx') writeOut(target, await api('exportDirectorateWorkbook', { directorate }));
  else if (format === 'pdf') writeOut(target, await api('exportDirectoratePdf', { directorate }));
  else throw usage(`unknown format ${format} for a directorate; use xlsx (consolidated budget summary) or pdf (compendium)`);
  return target;
}
