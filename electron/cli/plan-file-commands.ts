/**
 * The command line's plan-file commands: save-plan, open-plan and merge (issue 14). main.ts hands over its
 * argument parsing and its way of opening an existing database (lock, check, backup before migrating).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { fyLabel } from '../../shared/calc/financial-year';
import type { PlanSummary } from '../../shared/model/plan';
import type { MergeItem } from '../../shared/merge/three-way';
import { readPlanFile } from '../plan-files/read';
import { writePlanFile } from '../plan-files/write';
import { applyMerge, openPlanFile, planFileFor, reviewMerge } from '../plan-files/plan-files';

export const PLAN_FILE_HELP = `  save-plan DB --plan ID --out FILE.plan         save a copy of the plan as a plan file (to send, or to merge back later)
  open-plan DB FILE.plan                         add the file's plan to DB (created if missing); if DB has it, use merge
  merge DB --plan ID --from FILE.plan [--apply] [--take mine|theirs]
                                                 review what the file changes (one line per change and conflict);
                                                 --apply applies the changes and, with --take, settles conflicts`;

export interface CommandContext {
  positional: string[];
  options: Record<string, string>;
  flags: string[];
  out: (s: string) => void;
  withExisting: <T>(file: string, use: (db: Db) => Promise<T> | T) => Promise<T>;
  planId: (db: Db, raw: string | undefined) => number;
  usage: (message: string) => Error;
}

/** The line `list` prints for a plan. */
export const planLine = (p: PlanSummary) => `${p.id}\t${[p.header.division, p.header.title].filter(Boolean).join(': ')}\t${fyLabel(p.header.year)}`;

export const PLAN_FILE_COMMANDS = ['save-plan', 'open-plan', 'merge'];

export async function runPlanFileCommand(command: string, ctx: CommandContext): Promise<number> {
  const { positional, options, out } = ctx;
  const need = (v: string | undefined, what: string) => {
    if (!v) throw ctx.usage(`missing ${what}`);
    return v;
  };
  const dbFile = path.resolve(need(positional[0], 'DB path'));
  if (command === 'save-plan') {
    return ctx.withExisting(dbFile, (db) => {
      const id = ctx.planId(db, options.plan);
      const target = path.resolve(need(options.out, '--out FILE.plan'));
      const content = planFileFor(db, id);
      writePlanFile(target, content);
      out(`Wrote ${target} (plan ${id} at revision ${content.at.revision})`);
      return 0;
    });
  }
  if (command === 'open-plan') {
    const planFile = path.resolve(need(positional[1], 'FILE.plan'));
    const content = readPlanFile(planFile); // refused before any database is created or touched
    const open = (db: Db) => {
      const r = openPlanFile(db, content);
      if (r.added) {
        out(planLine(r.added));
        return 0;
      }
      const existing = r.existing!;
      out(`${path.basename(dbFile)} already holds this plan (${planLine(existing).replace(/\t/g, ' ')}); merge it instead: plan-editor merge ${positional[0]} --plan ${existing.id} --from ${positional[1]}`);
      return 1;
    };
    if (fs.existsSync(dbFile)) return ctx.withExisting(dbFile, open);
    const db = openDatabase(dbFile);
    try {
      return open(db);
    } finally {
      db.close();
    }
  }
  // merge
  const take = options.take;
  if (take !== undefined && take !== 'mine' && take !== 'theirs') throw ctx.usage('--take must be mine or theirs');
  const planFile = path.resolve(need(options.from, '--from FILE.plan'));
  const content = readPlanFile(planFile);
  return ctx.withExisting(dbFile, (db) => {
    const id = ctx.planId(db, options.plan);
    const name = path.basename(planFile);
    if (!ctx.flags.includes('--apply')) {
      const review = reviewMerge(db, id, content, name);
      review.items.forEach((i) => out(itemLine(i)));
      out(countLine(review.changes, review.conflicts));
      return 0;
    }
    const r = applyMerge(db, id, content, {}, (take as 'mine' | 'theirs' | undefined) ?? null, name);
    r.items.forEach((i) => out(itemLine(i)));
    out(countLine(r.changes, r.conflicts));
    const settled = r.conflicts ? (take ? `; conflicts settled: ${take === 'mine' ? 'kept mine' : 'took theirs'}` : `; ${r.unresolved} conflict${r.unresolved === 1 ? '' : 's'} left as here (merge again with --take, or in the app)`) : '';
    out(r.written ? `Applied in one step (undo in the app)${settled}.` : `Nothing to change${settled}.`);
    return 0;
  });
}

export function itemLine(i: MergeItem): string {
  if (!i.conflict) return `change    ${i.where}: ${i.what}`;
  return `conflict  ${i.where}: ${i.what} (base ${i.base}, mine ${i.mine}, theirs ${i.theirs})`;
}

const countLine = (changes: number, conflicts: number) => `${changes} change${changes === 1 ? '' : 's'}, ${conflicts} conflict${conflicts === 1 ? '' : 's'}`;
