/**
 * The parser process's entry (bundled to dist/node/import-worker.cjs): receives one workbook's bytes,
 * reads its budget sheets, posts back the result or a refusal, and waits to be killed. Started by
 * child_process.fork under Node (messages on process.send) or by Electron's utilityProcess.fork
 * (messages on process.parentPort). Its memory cap and time limit are the parent's (parse-isolated.ts).
 */
import { readBudgetWorkbook } from './budget-workbook-reader';
import { ApiError } from '../../shared/api/errors';
import type { ParseRequest, ParserReply } from './parse-isolated';

interface ParentPort {
  on(event: 'message', cb: (e: { data: unknown }) => void): void;
  postMessage(m: unknown): void;
}

async function handle(req: ParseRequest): Promise<ParserReply> {
  try {
    return { ok: true, result: await readBudgetWorkbook(Buffer.from(req.buf), req.fileName, req.planYear) };
  } catch (e) {
    return { ok: false, message: String((e as Error)?.message ?? e), bad: e instanceof ApiError };
  }
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (port) port.on('message', (e) => void handle(e.data as ParseRequest).then((r) => port.postMessage(r)));
else {
  process.on('message', (m) => void handle(m as ParseRequest).then((r) => process.send?.(r)));
  // The app went away (or killed the channel): nothing is waiting for the answer.
  process.on('disconnect', () => process.exit(0));
}
