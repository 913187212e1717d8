/**
 * Worker thread entry: parses a workbook someone sent us away from the main process, so a huge or
 * malicious file can only exhaust this worker's memory limit or time, never the app's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBudgetWorkbook } from './budget-workbook-reader';
import { ApiError } from '../../shared/api/errors';

const { buf, fileName, planYear } = workerData as { buf: Uint8Array; fileName: string; planYear: number };
readBudgetWorkbook(Buffer.from(buf), fileName, planYear).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (e) => parentPort!.postMessage({ ok: false, message: (e as Error).message, bad: e instanceof ApiError }),
);
