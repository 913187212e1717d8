/**
 * The command line's plan-file commands: save-plan, open-plan and merge (issue 14), through the API. main.ts
 * hands over its argument parsing and its way of opening an existing database (lock, check, backup before
 * migrating). A plan file is read and checked here first, so a bad one is refused before any database is
 * created or touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import type { MergeItem } from '../../shared/merge/three-way';
import { readPlanFile, readPlanFileBytes } from '../plan-files/read';
import { cliApi, type CliApi } from './cli-api';
import { planLine, writeOut } from './output';

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
  withApi: <T>(file: string, use: (api: CliApi) => Promise<T> | T) => Promise<T>;
  planId: (raw: string | undefined) => number;
  usage: (message: string) => Error;
}

/** A plan file given on the command line: checked whole (refused in one sentence naming it), then its bytes for the API. */
function planFileArg(file: string): { fileName: string; dataBase64: string } {
  readPlanFile(file);
  return { fileName: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') };
}

export const PLAN_FILE_COMMANDS = ['save-plan', 'open-plan', 'merge'];

export async function runPlanFileCommand(command: string, ctx: CommandContext): Promise<number> {
  const { positional, options, out } = ctx;
  const need = (v: string | undefined, what: string) => {
    if (!v) throw ctx.usage(`missing ${what}`);
    return v;
  };
  const dbFile = path.resolve(need(positional[0], 'DB path'));
  if (command === 'save-plan') {
    return ctx.withApi(dbFile, async (api) => {
      const id = ctx.planId(options.plan);
      const target = path.resolve(need(options.out, '--out FILE.plan'));
      const file = await api('savePlanFile', { planId: id });
      writeOut(target, file);
      const { at } = readPlanFileBytes(file.fileName, Buffer.from(file.dataBase64, 'base64'));
      out(`Wrote ${target} (plan ${id} at revision ${at.revision})`);
      return 0;
    });
  }
  if (command === 'open-plan') {
    const planFile = path.resolve(need(positional[1], 'FILE.plan'));
    const arg = planFileArg(planFile); // refused before any database is created or touched
    const open = async (api: CliApi) => {
      const r = await api('openPlanFile', arg);
      if (r.added) {
        out(planLine(r.added));
        return 0;
      }
      const existing = r.existing!;
      out(
        `${path.basename(dbFile)} already holds this plan (${planLine(existing).replace(/\t/g, ' ')}); merge it instead: plan-editor merge ${positional[0]} --plan ${existing.id} --from ${positional[1]}`,
      );
      return 1;
    };
    if (fs.existsSync(dbFile)) return ctx.withApi(dbFile, open);
    const db = openDatabase(dbFile);
    try {
      return await open(cliApi(db));
    } finally {
      db.close();
    }
  }
  // merge
  const take = options.take;
  if (take !== undefined && take !== 'mine' && take !== 'theirs') throw ctx.usage('--take must be mine or theirs');
  const planFile = path.resolve(need(options.from, '--from FILE.plan'));
  const arg = planFileArg(planFile);
  return ctx.withApi(dbFile, async (api) => {
    const id = ctx.planId(options.plan);
    if (!ctx.flags.includes('--apply')) {
      const review = await api('previewPlanMerge', { planId: id, ...arg });
      review.items.forEach((i) => out(itemLine(i)));
      out(countLine(review.changes, review.conflicts));
      return 0;
    }
    const r = await api('applyPlanMerge', { planId: id, ...arg, choices: {}, fallback: take as 'mine' | 'theirs' | undefined });
    r.items.forEach((i) => out(itemLine(i)));
    out(countLine(r.changes, r.conflicts));
    const settled = r.conflicts
      ? take
        ? `; conflicts settled: ${take === 'mine' ? 'kept mine' : 'took theirs'}`
        : `; ${r.unresolved} conflict${r.unresolved === 1 ? '' : 's'} left as here (merge again with --take, or in the app)`
      : '';
    out(r.written ? `Applied in one step (undo in the app)${settled}.` : `Nothing to change${settled}.`);
    return 0;
  });
}

export function itemLine(i: MergeItem): string {
  if (!i.conflict) return `change    ${i.where}: ${i.what}`;
  return `conflict  ${i.where}: ${i.what} (base ${i.base}, mine ${i.mine}, theirs ${i.theirs})`;
}

const countLine = (changes: number, conflicts: number) => `${changes} change${changes === 1 ? '' : 's'}, ${conflicts} conflict${conflicts === 1 ? '' : 's'}`;
