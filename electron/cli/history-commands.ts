/**
 * The command line's roll-forward, history and compare commands (issue 15). Each calls the API of an open
 * database from main.ts (locked, checked) and writes its lines through `out`.
 */
import path from 'node:path';
import { comparisonText } from '../services/compare';
import type { CliApi } from './cli-api';
import { planLine, writeOut } from './output';

export class CommandError extends Error {}

export async function rollForwardCommand(
  api: CliApi,
  planId: number,
  actions: string | undefined,
  shiftDates: boolean,
  out: (s: string) => void,
): Promise<number> {
  const carry = actions ?? 'all';
  if (carry !== 'all' && carry !== 'open') throw new CommandError(`--actions must be all or open, not ${carry}`);
  out(planLine(await api('rollForward', { planId, actions: carry, shiftDates })));
  return 0;
}

/** One line per change: time, who, where, old -> new. */
export async function historyCommand(api: CliApi, planId: number, since: string | undefined, out: (s: string) => void): Promise<number> {
  for (const e of await api('history', { planId, since })) out(`${e.at}\t${e.who || '(unknown)'}\t${e.where}\t${e.old || '(empty)'} -> ${e.new || '(empty)'}`);
  return 0;
}

export async function compareCommand(
  api: CliApi,
  planId: number,
  withPlanId: number,
  format: string | undefined,
  outFile: string | undefined,
  out: (s: string) => void,
): Promise<number> {
  const f = format ?? 'text';
  if (f === 'text') {
    const text = comparisonText(await api('comparePlans', { planId, withPlanId }));
    if (!outFile) out(text);
    else {
      writeOut(path.resolve(outFile), { fileName: path.basename(outFile), dataBase64: Buffer.from(`${text}\n`).toString('base64') });
      out(`Wrote ${path.resolve(outFile)}`);
    }
  } else if (f === 'xlsx') {
    if (!outFile) throw new CommandError('--format xlsx needs --out FILE');
    writeOut(path.resolve(outFile), await api('exportComparison', { planId, withPlanId }));
    out(`Wrote ${path.resolve(outFile)}`);
  } else throw new CommandError(`unknown format ${f}; use text or xlsx`);
  return 0;
}
