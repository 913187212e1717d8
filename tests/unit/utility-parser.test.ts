/**
 * The Electron launcher (utility-parser.ts) against a stand-in for Electron's utilityProcess: a Node child
 * with process.parentPort shimmed as Electron provides it (messages as { data }), messages accepted only
 * once the process has spawned, 'exit' with a code. No Electron binary runs here; this checks the
 * launcher's side and the parser script's parentPort branch, end to end through the real parser.
 */
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/fixtures';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { configureParser, nodeLauncher, parseBudgetWorkbook, setParserLauncher } from '../../electron/excel/parse-isolated';

const WORKER = path.resolve('dist/node/import-worker.cjs');
const SHIM = path.join(tempDir(), 'parent-port.cjs');
fs.writeFileSync(
  SHIM,
  `
const { EventEmitter } = require('node:events');
const port = new EventEmitter();
port.postMessage = (m) => process.send(m);
process.on('message', (m) => port.emit('message', { data: m }));
process.parentPort = port;
`,
);

const forks: { execArgv: string[] }[] = [];

/** utilityProcess.fork as Electron documents it, over child_process.fork. */
function fakeUtilityFork(script: string, args: string[], opts: { execArgv: string[] }) {
  forks.push(opts);
  const child = fork(script, args, { execArgv: [...opts.execArgv, '--require', SHIM], serialization: 'advanced', stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const up = Object.assign(new EventEmitter(), {
    stdout: child.stdout,
    stderr: child.stderr,
    postMessage: (m: unknown) => {
      if (!child.pid) throw new Error('posted before spawn');
      child.send(m as object);
    },
    kill: () => child.kill('SIGTERM'),
  });
  child.on('spawn', () => up.emit('spawn'));
  child.on('message', (m) => up.emit('message', m));
  child.on('exit', (code, signal) => up.emit('exit', code ?? (signal ? 128 + 9 : 0)));
  return up;
}

vi.mock('electron', () => ({ utilityProcess: { fork: fakeUtilityFork } }));

const defaults = configureParser({});
afterEach(() => {
  configureParser(defaults);
  setParserLauncher(nodeLauncher);
});

describe('the utilityProcess launcher', () => {
  it('reads a workbook in a utility process with the memory cap, and enforces the time limit', async () => {
    const { useUtilityProcessParser } = await import('../../electron/utility-parser');
    useUtilityProcessParser();
    configureParser({ script: WORKER });
    const { doc } = sampleDb();
    const buf = await budgetWorkbookBuffer(doc());
    const read = await parseBudgetWorkbook(buf, 'b.xlsx', doc().header.year);
    expect(read.sheets.map((s) => s.sheet)).toEqual([
      'Early Years & Childcare',
      'Primary',
      'Secondary',
      'Professional Development',
      'Improvement Partnerships',
    ]);
    expect(forks.map((f) => f.execArgv)).toEqual([['--max-old-space-size=512']]);
    configureParser({ timeLimitMs: 5 });
    await expect(parseBudgetWorkbook(buf, 'b.xlsx', 2008)).rejects.toThrow(
      'b.xlsx could not be read: it took longer than the 0.005 s Plan Editor allows for reading a workbook. Nothing was changed.',
    );
  });
});
