/**
 * The command line's Word commands (issue 16): `import-docx DB FILE.docx [--apply]` shows the review of a
 * plan written in Word and, with --apply, creates it in DB (created if missing). It goes through the same
 * contract calls as the app (previewWordImport, importWordPlan), so the CLI and the dialog cannot differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { makeDispatch } from '../api/dispatch';
import { makeHandlers } from '../api/handlers';
import { ApiError } from '../../shared/api/errors';
import type { PlanSummary } from '../../shared/model/plan';
import { reviewText, type WordReview } from '../../shared/word-import/review';
import { planLine, type CommandContext } from './plan-file-commands';

export const WORD_HELP = `  import-docx DB FILE.docx [--apply]             review a plan written in Word (sections, tables, budget totals);
                                                 --apply creates it as a new plan in DB (created if missing)`;

export const WORD_COMMANDS = ['import-docx'];

async function call<T>(db: Db, name: 'previewWordImport' | 'importWordPlan', arg: unknown): Promise<T> {
  const r = await makeDispatch(makeHandlers(db))(name, arg);
  if (!r.ok) throw new ApiError(r.error.code, r.error.message);
  return r.result as T;
}

export async function runWordCommand(_command: string, ctx: CommandContext): Promise<number> {
  const need = (v: string | undefined, what: string) => {
    if (!v) throw ctx.usage(`missing ${what}`);
    return v;
  };
  const dbFile = path.resolve(need(ctx.positional[0], 'DB path'));
  const docx = path.resolve(need(ctx.positional[1], 'FILE.docx'));
  if (!fs.existsSync(docx)) throw ctx.usage(`no such file: ${docx}`);
  const arg = { fileName: path.basename(docx), dataBase64: fs.readFileSync(docx).toString('base64') };
  const apply = ctx.flags.includes('--apply');
  const run = async (db: Db) => {
    if (!apply) {
      reviewText(await call<WordReview>(db, 'previewWordImport', arg)).forEach((l) => ctx.out(l));
      return 0;
    }
    const r = await call<{ plan: PlanSummary; review: WordReview }>(db, 'importWordPlan', arg);
    reviewText(r.review).forEach((l) => ctx.out(l));
    ctx.out(`Created plan ${planLine(r.plan).replace(/\t/g, ' ')}`);
    return 0;
  };
  if (fs.existsSync(dbFile)) return ctx.withExisting(dbFile, run);
  if (!apply) throw ctx.usage(`no such database: ${dbFile} (with --apply it is created)`);
  const db = openDatabase(dbFile);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}
