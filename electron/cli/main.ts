/**
 * `plan-editor`: the command-line companion for scripting and for the central team. It parses arguments,
 * calls the API through the same contract and dispatch as the renderer (cli-api.ts), and writes files.
 * Only making a new database and checking one work on the file directly, as the app's shell does.
 * Every failure is one line on stderr and a non-zero exit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, DatabaseOpenError, type Db } from '../db/open';
import { acquireLock, DatabaseLockedError } from '../db/lock';
import { checkDatabaseFile } from '../db/health';
import { openExisting } from '../db/startup';
import { importPlan } from '../services/plan-import';
import { importSample } from '../services/sample';
import { checkDatabase } from '../services/check';
import { syntheticPlan } from '../services/synthetic';
import { ApiError } from '../../shared/api/errors';
import { formatCheck, formatPreview } from './format-check';
import { count, editsFromPreview } from '../../shared/model/budget-import';
import { sectionIdsByTitle } from '../print/print-html';
import type { PlanDocument } from '../../shared/model/plan';
import { PlanFileError } from '../plan-files/format';
import { exportDirectorate } from './directorate-export';
import { PLAN_FILE_COMMANDS, PLAN_FILE_HELP, runPlanFileCommand, type CommandContext } from './plan-file-commands';
import { CommandError, compareCommand, historyCommand, rollForwardCommand } from './history-commands';
import { runWordCommand, WORD_COMMANDS, WORD_HELP } from './word-commands';
import { planLine, writeOut } from './output';
import { ArgumentError, cliApi, type CliApi } from './cli-api';

export const HELP = `Usage: plan-editor <command> [options]

Commands:
  new-sample DB                                  create DB holding the bundled sample plan
  new-synthetic DB --units N                     create DB holding a synthetic plan of N units (benchmarks)
  list DB                                        one line per plan: id, tab, title, tab, year
  export DB --plan ID --format json --out FILE   write the whole plan as JSON
  export DB --plan ID --format xlsx --out FILE [--unit NAME | --all]
                                                 budget workbook: a sheet per unit and a summary (or one unit);
                                                 --all: the whole plan, a sheet per table and a contents sheet
  export DB --plan ID --format pdf --out FILE [--sections "Risks,Secondary"]
                                                 the print layout as PDF (Chromium), all or the named sections
  export DB --plan ID --format docx --out FILE [--sections "Risks,Secondary"]
                                                 a Word document: styles, contents field, real tables
  export DB --directorate NAME --format xlsx|pdf --out FILE
                                                 the directorate's consolidated budget summary (xlsx, live
                                                 formulas) or its compendium: introduction, then each plan (pdf)
  import DB --plan ID --xlsx FILE [--apply]      show what an edited budget workbook would change; --apply applies it
  check DB                                       integrity and arithmetic report (exit 1 on problems)
${PLAN_FILE_HELP}
${WORD_HELP}
  roll-forward DB --plan ID [--actions all|open] [--shift-dates]
                                                 start next year's plan from this one; prints its line as list does
  history DB --plan ID [--since ISO-DATE|VERSION]
                                                 one line per change: time, who, where, old -> new
  compare DB --plan A --with B [--format text|xlsx] [--out FILE]
                                                 what changed from plan B to plan A (older plans rolled forward first)
  --help                                         this text`;

export class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  options: Record<string, string>;
}

export function parseArgs(argv: string[]): Parsed {
  const [command = '--help', ...rest] = argv;
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--apply' || a === '--all' || a === '--shift-dates') continue;
    if (a.startsWith('--')) {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      options[a.slice(2)] = v;
      i++;
    } else positional.push(a);
  }
  return { command, positional, options };
}

const need = (v: string | undefined, what: string): string => {
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
};

function newDb(file: string): Db {
  if (fs.existsSync(file)) throw new UsageError(`${file} already exists; choose a new file`);
  return openDatabase(file);
}

/**
 * An existing file, used the way the app uses it: its lock held (the app may have it open), checked
 * before use, backed up before any migration, closed and unlocked however the command ends.
 */
async function withExisting<T>(file: string, use: (db: Db) => Promise<T> | T): Promise<T> {
  if (!fs.existsSync(file)) throw new UsageError(`no such database: ${file}`);
  const lock = acquireLock(file, 'plan-editor (command line)');
  try {
    const health = checkDatabaseFile(file);
    if (!health.ok)
      throw new DatabaseOpenError(
        `${file} is damaged or not a Plan Editor database (${health.reason}). It has not been changed; open it in Plan Editor to recover from a backup.`,
      );
    const { db } = await openExisting(file);
    try {
      return await use(db!);
    } finally {
      db!.close();
    }
  } finally {
    lock.release();
  }
}

/** An existing database, through the API (withExisting's lock and checks). */
const withApi = <T>(file: string, use: (api: CliApi) => Promise<T> | T): Promise<T> => withExisting(file, (db) => use(cliApi(db)));

/** A plan id as typed after `option`; whether that plan exists is the API's to say. */
function planId(raw: string | undefined, option = '--plan'): number {
  const id = Number(need(raw, `${option} ID`));
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${option} must be a plan id (see plan-editor list), not ${raw}`);
  return id;
}

/** Runs one command; returns the exit code. Output goes through `out`. */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const { command, positional, options } = parseArgs(argv);
  const file = () => path.resolve(need(positional[0], 'DB path'));
  switch (command) {
    case '--help':
    case 'help':
      out(HELP);
      return 0;
    case 'new-sample': {
      const db = newDb(file());
      const ids = importSample(db);
      db.close();
      out(`Created ${file()} with plans ${ids.join(', ')}`);
      return 0;
    }
    case 'new-synthetic': {
      const units = Number(need(options.units, '--units N'));
      if (!Number.isInteger(units) || units < 1 || units > 200) throw new UsageError('--units must be a whole number from 1 to 200');
      const db = newDb(file());
      const id = importPlan(db, syntheticPlan(units));
      db.close();
      out(`Created ${file()} with synthetic plan ${id} (${units} units)`);
      return 0;
    }
    case 'list':
      return withApi(file(), async (api) => {
        for (const p of await api('listPlans', {})) out(planLine(p));
        return 0;
      });
    case 'export':
      return withApi(file(), async (api) => {
        if (options.directorate !== undefined) {
          out(
            `Wrote ${await exportDirectorate(api, options.directorate, need(options.format, '--format xlsx|pdf'), need(options.out, '--out FILE'), (m) => new UsageError(m))}`,
          );
          return 0;
        }
        const id = planId(options.plan);
        const format = need(options.format, '--format json|xlsx');
        const target = path.resolve(need(options.out, '--out FILE'));
        if (format === 'json') writeOut(target, await api('exportPlanJson', { planId: id }));
        else if (format === 'xlsx' && argv.includes('--all')) writeOut(target, await api('exportPlanWorkbook', { planId: id }));
        else if (format === 'xlsx') writeOut(target, await api('exportBudgetWorkbook', { planId: id, unit: options.unit }));
        else if (format === 'pdf') {
          const sectionIds = pickSections(await api('getPlan', { planId: id }), options.sections);
          writeOut(target, await api('exportPdf', { planId: id, sectionIds }));
        } else if (format === 'docx') {
          const sectionIds = pickSections(await api('getPlan', { planId: id }), options.sections);
          writeOut(target, await api('exportWord', { planId: id, sectionIds }));
        } else throw new UsageError(`unknown format ${format}; use json, xlsx, pdf or docx`);
        out(`Wrote ${target}`);
        return 0;
      });
    case 'import':
      return withApi(file(), async (api) => {
        const id = planId(options.plan);
        const xlsx = path.resolve(need(options.xlsx, '--xlsx FILE'));
        if (!fs.existsSync(xlsx)) throw new UsageError(`no such file: ${xlsx}`);
        const preview = await api('previewBudgetImport', { planId: id, fileName: path.basename(xlsx), dataBase64: fs.readFileSync(xlsx).toString('base64') });
        out(formatPreview(preview));
        if (argv.includes('--apply')) {
          const edits = editsFromPreview(preview);
          const r = await api('applyEdits', { planId: id, ...edits });
          const order = edits.order.length ? `, lines reordered in ${count(edits.order.length, 'unit')}` : '';
          out(
            `Applied: ${count(r.changed, 'cell')} changed, ${count(r.added, 'line')} added, ${count(r.removed, 'line')} removed${order} (one step; undo in the app).`,
          );
        }
        return 0;
      });
    case 'check': {
      const report = await withExisting(file(), (db) => checkDatabase(db));
      const { text, problems } = formatCheck(report);
      out(text);
      return problems ? 1 : 0;
    }
    case 'roll-forward':
      return withApi(file(), (api) => rollForwardCommand(api, planId(options.plan), options.actions, argv.includes('--shift-dates'), out));
    case 'history':
      return withApi(file(), (api) => historyCommand(api, planId(options.plan), options.since, out));
    case 'compare':
      return withApi(file(), (api) => compareCommand(api, planId(options.plan), planId(options.with, '--with'), options.format, options.out, out));
    default: {
      // The plan-file and Word commands (their own modules) read the same arguments, so one context serves both.
      const ctx: CommandContext = { positional, options, flags: argv.filter((a) => a === '--apply'), out, withApi, planId, usage: (m) => new UsageError(m) };
      if (PLAN_FILE_COMMANDS.includes(command)) return runPlanFileCommand(command, ctx);
      if (WORD_COMMANDS.includes(command)) return runWordCommand(command, ctx);
      throw new UsageError(`unknown command ${command} (see plan-editor --help)`);
    }
  }
}

function pickSections(doc: PlanDocument, list: string | undefined): number[] | undefined {
  if (!list) return undefined;
  const { ids, unknown } = sectionIdsByTitle(doc, list.split(','));
  if (unknown.length) throw new UsageError(`no section called ${unknown.map((u) => `"${u}"`).join(', ')}; see the plan's contents`);
  return ids;
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    const usage = e instanceof UsageError || e instanceof CommandError || e instanceof ArgumentError;
    const msg =
      usage || e instanceof DatabaseOpenError || e instanceof DatabaseLockedError || e instanceof ApiError || e instanceof PlanFileError
        ? (e as Error).message
        : `failed: ${(e as Error).message}`;
    process.stderr.write(`plan-editor: ${msg}\n`);
    return usage ? 2 : 1;
  }
}
