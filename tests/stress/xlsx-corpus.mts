/**
 * The full bad-workbook corpus (over 500 files) through the real import call, each in the real parser
 * process, against a real database. Prints files tried, outcomes, median and slowest time, and every
 * failure; exits 1 on any failure. Needs the built parser: npm run build, then
 *   node --import tsx tests/stress/xlsx-corpus.mts [--modest] [--only=<category text>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { sampleDb } from '../unit/sample-db';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { configureParser } from '../../electron/excel/parse-isolated';
import { badWorkbooks, corpusBase } from '../support/bad-workbooks';
import { fingerprint, runCase, type CaseRun } from '../support/run-corpus';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
// tsx gives sources no usable __dirname, so the built parser is named here.
const script = path.resolve('dist/node/import-worker.cjs');
if (!fs.existsSync(script)) throw new Error(`No built parser (${script}): run npm run build first.`);
configureParser({ script });

const { db, planId, doc } = sampleDb();
const dispatch = makeDispatch(makeHandlers(db), () => {});
const base = await corpusBase(await budgetWorkbookBuffer(doc()));
const cases = badWorkbooks(base, args.includes('--modest') ? 'modest' : 'full').filter((c) => !only || c.category.includes(only));
const start = fingerprint(db);
const runs: CaseRun[] = [];
for (const c of cases) {
  const run = await runCase(dispatch, db, planId, c);
  runs.push(run);
  if (run.problem) console.log(`FAIL ${run.name} (${run.category}): ${run.problem}`);
  else if (args.includes('--verbose')) console.log(`${run.ms.toFixed(0).padStart(6)} ms  ${run.message}`);
}

const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
const byCategory = new Map<string, number>();
for (const r of runs) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
const byMessage = new Map<string, number>();
for (const r of runs) byMessage.set(kind(r.message), (byMessage.get(kind(r.message)) ?? 0) + 1);
const failures = runs.filter((r) => r.problem);
const changed = fingerprint(db) !== start;
// Still up and still working: the untouched export reads back after everything above.
const after = await dispatch('previewBudgetImport', { planId, fileName: 'control.xlsx', dataBase64: base.real.toString('base64') });

console.log(`\nparser: ${script}`);
console.log(`files tried: ${runs.length} in ${byCategory.size} categories`);
for (const [cat, count] of byCategory) console.log(`  ${String(count).padStart(4)}  ${cat}`);
console.log(
  `outcomes: ${runs.filter((r) => r.code === 'BAD_REQUEST').length} refused with a message (BAD_REQUEST), ${runs.filter((r) => r.code !== 'BAD_REQUEST').length} otherwise`,
);
for (const [m, count] of [...byMessage].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  …${m}`);
console.log(`time per file: median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms, max ${slowest.ms.toFixed(0)} ms (${slowest.name})`);
console.log(`database unchanged: ${changed ? 'NO' : 'yes'}; a good workbook afterwards: ${after.ok ? 'read' : 'REFUSED'}`);
console.log(`failures: ${failures.length}`);
for (const f of failures) console.log(`  ${f.name}: ${f.problem}`);
process.exit(failures.length || changed || !after.ok ? 1 : 0);

/** A message without the file name and figures, to count refusals by reason. */
function kind(message: string): string {
  return message
    .replace(/^\S+/, '')
    .replace(/\(.*?\)/g, '(…)')
    .replace(/\d[\d,.]*/g, 'N')
    .slice(0, 90);
}
