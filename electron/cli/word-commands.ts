/**
 * The command line's Word commands (issue 16): `import-docx DB FILE.docx [--apply]` shows the review of a
 * plan written in Word and, with --apply, creates it in DB (created if missing). It goes through the same
 * contract calls as the app (previewWordImport, importWordPlan), so the CLI and the dialog cannot differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { reviewText } from '../../shared/word-import/review';
import { cliApi, type CliApi } from './cli-api';
import { planLine } from './output';
import type { CommandContext } from './plan-file-commands';

export const WORD_HELP = `  import-docx DB FILE.docx [--apply]             review a plan written in Word (sections, tables, budget totals);
                                                 --apply creates it as a new plan in DB (created if missing)`;

export const WORD_COMMANDS = ['import-docx'];

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
  const run = async (api: CliApi) => {
    if (!apply) {
      reviewText(await api('previewWordImport', arg)).forEach((l) => ctx.out(l));
      return 0;
    }
    const r = await api('importWordPlan', arg);
    reviewText(r.review).forEach((l) => ctx.out(l));
    ctx.out(`Created plan ${planLine(r.plan).replace(/\t/g, ' ')}`);
    return 0;
  };
  if (fs.existsSync(dbFile)) return ctx.withApi(dbFile, run);
  if (!apply) throw ctx.usage(`no such database: ${dbFile} (with --apply it is created)`);
  const db = openDatabase(dbFile);
  try {
    return await run(cliApi(db));
  } finally {
    db.close();
  }
}
