/**
 * Runs the workbook parser in a worker thread with a memory limit and a time limit. The worker is the
 * bundled dist/node/import-worker.cjs; when running from TypeScript sources (unit tests) there is no bundle,
 * and the parser runs in-process, the same code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { badRequest } from '../../shared/api/errors';
import { readBudgetWorkbook, type ReadBudgets } from './budget-workbook-reader';

const LIMIT_MB = 512;
const TIME_LIMIT_MS = 60_000;

function workerFile(): string | null {
  if (typeof __dirname === 'undefined') return null;
  // In a packaged app the worker is unpacked from the asar archive (electron-builder.yml), as worker
  // threads load their file from disk.
  const file = path.join(__dirname, 'import-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return fs.existsSync(file) ? file : null;
}

export function parseBudgetWorkbook(buf: Buffer, fileName: string, planYear: number): Promise<ReadBudgets> {
  const file = workerFile();
  if (!file) return readBudgetWorkbook(buf, fileName, planYear);
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { buf, fileName, planYear }, resourceLimits: { maxOldGenerationSizeMb: LIMIT_MB } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(badRequest(`${fileName} took too long to read (over ${TIME_LIMIT_MS / 1000} s). Nothing was changed.`));
    }, TIME_LIMIT_MS);
    worker.once('message', (m: { ok: true; result: ReadBudgets } | { ok: false; message: string; bad: boolean }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.result);
      else reject(m.bad ? badRequest(m.message) : new Error(m.message));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(badRequest(`${fileName} could not be read (${/memory/i.test(e.message) ? `it needs more than ${LIMIT_MB} MB` : e.message}). Nothing was changed.`));
    });
  });
}
