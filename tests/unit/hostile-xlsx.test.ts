/**
 * Hostile and broken workbooks through the real import call and the real parser process (the built
 * dist/node/import-worker.cjs): a few of every category of the bad-workbook corpus (the full corpus is
 * tests/stress/xlsx-corpus.mts), each refused with one sentence naming the file, the database untouched;
 * the parser's time limit and memory cap, and a parser that dies, each a clear refusal too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { configureParser, nodeLauncher, setParserLauncher, type ParserLauncher } from '../../electron/excel/parse-isolated';
import { badWorkbooks, corpusBase, rebuilt, type CorpusBase } from '../support/bad-workbooks';
import { fingerprint, runCase } from '../support/run-corpus';
import type { BudgetImportPreview } from '../../shared/model/budget-import';

const WORKER = path.resolve('dist/node/import-worker.cjs');
const defaults = configureParser({});
let base: CorpusBase;

beforeAll(async () => {
  if (!fs.existsSync(WORKER)) throw new Error('run npm run build first: the parser process is dist/node/import-worker.cjs');
  configureParser({ script: WORKER });
  const { doc } = sampleDb();
  base = await corpusBase(await budgetWorkbookBuffer(doc()));
});

afterEach(() => {
  configureParser(defaults);
  setParserLauncher(nodeLauncher);
});

/** The import call as the window makes it, with every parser process started counted. */
function setup() {
  const { db, planId } = sampleDb();
  const started: string[] = [];
  const counting: ParserLauncher = { start: (script, limits) => (started.push(script), nodeLauncher.start(script, limits)) };
  setParserLauncher(counting);
  const dispatch = makeDispatch(makeHandlers(db), () => {});
  const preview = (fileName: string, buf: Buffer) => dispatch('previewBudgetImport', { planId, fileName, dataBase64: buf.toString('base64') });
  return { db, planId, dispatch, preview, started };
}

describe('hostile .xlsx files', () => {
  it('finds the built parser when running from sources', () => {
    expect(defaults.script).toBe(WORKER);
  });

  it("reads the real export, and the corpus writer's copy of it, in a parser process", async () => {
    const { preview, started } = setup();
    for (const buf of [base.real, rebuilt(base)]) {
      const res = await preview('budgets.xlsx', buf);
      expect(res.ok && (res.result as BudgetImportPreview).units.map((u) => u.unit)).toEqual([
        'Early Years & Childcare',
        'Primary',
        'Secondary',
        'Professional Development',
        'Improvement Partnerships',
      ]);
    }
    expect(started).toEqual([WORKER, WORKER]);
  });

  it('refuses a sample of every category with a sentence naming the file, changing nothing', async () => {
    const { db, planId, dispatch, preview } = setup();
    const cases = badWorkbooks(base, 'modest');
    expect(new Set(cases.map((c) => c.category)).size).toBe(18);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const before = fingerprint(db);
    const problems: string[] = [];
    for (const c of cases) {
      const run = await runCase(dispatch, db, planId, c);
      if (run.problem) problems.push(`${c.name}: ${run.problem}`);
    }
    expect(problems).toEqual([]);
    expect(fingerprint(db)).toBe(before);
    // The app is still up and still reads a good workbook.
    expect((await preview('after.xlsx', base.real)).ok).toBe(true);
  }, 300_000);

  it('kills a parser that runs past the time limit and says so', async () => {
    const { db, preview, started } = setup();
    const before = fingerprint(db);
    configureParser({ timeLimitMs: 5 });
    const res = await preview('slow.xlsx', base.real);
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'slow.xlsx could not be read: it took longer than the 0.005 s Plan Editor allows for reading a workbook. Nothing was changed.',
      },
    });
    expect(started).toEqual([WORKER]);
    expect(fingerprint(db)).toBe(before);
  });

  it('says a workbook needs too much memory when the parser runs out under its cap', async () => {
    const { db, preview } = setup();
    const heavy = badWorkbooks(base, 'full')
      .find((c) => c.name === 'formulas-1000x13-0.xlsx')!
      .build(); // 78,000 formula cells
    const before = fingerprint(db);
    expect(await preview('heavy.xlsx', heavy)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^heavy\.xlsx is not a Plan Editor budget workbook/) },
    });
    configureParser({ memoryLimitMb: 48 });
    expect(await preview('heavy.xlsx', heavy)).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'heavy.xlsx could not be read: it needs more memory than Plan Editor allows for a workbook. Nothing was changed.',
      },
    });
    expect(fingerprint(db)).toBe(before);
  });

  it('says so when the parser process dies', async () => {
    const { preview } = setup();
    const crash = path.join(tempDir(), 'crash.cjs');
    fs.writeFileSync(crash, 'process.exit(3);\n');
    configureParser({ script: crash });
    expect(await preview('b.xlsx', base.real)).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'b.xlsx could not be read: the workbook reader stopped unexpectedly (exit code 3). Nothing was changed.' },
    });
  });
});
