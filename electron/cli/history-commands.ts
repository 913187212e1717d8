/**
 * The command line's roll-forward, history and compare commands (issue 15). Each takes an open database
 * from main.ts (locked, checked) and writes its lines through `out`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { fyLabel } from '../../shared/calc/financial-year';
import { rollForwardPlan } from '../services/roll-forward';
import { historyOf } from '../services/history-query';
import { comparison, comparisonText } from '../services/compare';
import { changeReportBuffer } from '../excel/change-report';
import type { PlanSummary } from '../../shared/model/plan';

export class CommandError extends Error {}

/** A plan's line as `list` prints it. */
export const planLine = (p: PlanSummary): string => `${p.id}\t${[p.header.division, p.header.title].filter(Boolean).join(': ')}\t${fyLabel(p.header.year)}`;

export function rollForwardCommand(db: Db, planId: number, actions: string | undefined, shiftDates: boolean, out: (s: string) => void): number {
  const carry = actions ?? 'all';
  if (carry !== 'all' && carry !== 'open') throw new CommandError(`--actions must be all or open, not ${carry}`);
  out(planLine(rollForwardPlan(db, planId, { actions: carry, shiftDates })));
  return 0;
}

/** One line per change: time, who, where, old -> new. */
export function historyCommand(db: Db, planId: number, since: string | undefined, out: (s: string) => void): number {
  for (const e of historyOf(db, planId, { since })) out(`${e.at}\t${e.who || '(unknown)'}\t${e.where}\t${e.old || '(empty)'} -> ${e.new || '(empty)'}`);
  return 0;
}

export async function compareCommand(db: Db, planId: number, withPlanId: number, format: string | undefined, outFile: string | undefined, out: (s: string) => void): Promise<number> {
  const c = comparison(db, planId, { withPlanId });
  const f = format ?? 'text';
  if (f === 'text') {
    const text = comparisonText(c);
    if (outFile) fs.writeFileSync(path.resolve(outFile), `${text}\n`), out(`Wrote ${path.resolve(outFile)}`);
    else out(text);
  } else if (f === 'xlsx') {
    if (!outFile) throw new CommandError('--format xlsx needs --out FILE');
    fs.writeFileSync(path.resolve(outFile), await changeReportBuffer(c));
    out(`Wrote ${path.resolve(outFile)}`);
  } else throw new CommandError(`unknown format ${f}; use text or xlsx`);
  return 0;
}
