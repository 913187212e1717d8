/**
 * Reads a workbook someone sent us in a separate OS process with a memory cap and a time limit, so a
 * hostile file can exhaust only that process: the app gets a one-sentence refusal and carries on. The
 * zip's directory is checked here first (workbook-limits.ts, nothing inflated); the parser process
 * (import-worker.ts, bundled to dist/node/import-worker.cjs) checks every part as it inflates it, then
 * parses. Under Node the process is a child_process.fork; Electron's main process, whose binary cannot
 * run as Node, installs a utilityProcess launcher (utility-parser.ts) with setParserLauncher.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { badRequest } from '../../shared/api/errors';
import { readBudgetWorkbook, type ReadBudgets } from './budget-workbook-reader';
import { checkWorkbookZip, PARSER_MEMORY_MB, PARSER_TIME_LIMIT_MS, unreadable } from './workbook-limits';

export interface ParseRequest {
  buf: Uint8Array;
  fileName: string;
  planYear: number;
}
export type ParserReply = { ok: true; result: ReadBudgets } | { ok: false; message: string; bad: boolean };
export interface ParseLimits {
  timeLimitMs: number;
  memoryLimitMb: number;
}

/** A running parser process, whatever started it. */
export interface ChildHandle {
  post(message: ParseRequest): void;
  onMessage(cb: (reply: ParserReply) => void): void;
  /** Once, when the process has gone; `fatal` is what the process said as it died (stderr's tail). */
  onExit(cb: (code: number | null, signal: string | null, fatal: string) => void): void;
  kill(): void;
}

export interface ParserLauncher {
  start(script: string, limits: ParseLimits): ChildHandle;
}

export type ParserOutcome = { kind: 'reply'; reply: ParserReply } | { kind: 'timeout' } | { kind: 'died'; outOfMemory: boolean; detail: string };

/** Node: child_process.fork of the bundled script, its V8 heap capped; messages carry the bytes. */
export const nodeLauncher: ParserLauncher = {
  start(script, limits) {
    const child = fork(script, [], {
      execArgv: [`--max-old-space-size=${limits.memoryLimitMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderr = tailOf(child.stderr);
    return {
      post: (m) => void child.send(m, () => {}),
      onMessage: (cb) => void child.on('message', (m) => cb(m as ParserReply)),
      // 'close', not 'exit': by then stderr has been read to its end.
      onExit: (cb) => {
        child.once('close', (code, signal) => cb(code, signal, stderr()));
        // Could not start, be sent the bytes or be killed: 'on', not 'once', as an unheard 'error' would throw.
        child.on('error', (e) => cb(null, null, e.message));
      },
      kill: () => void child.kill('SIGKILL'),
    };
  },
};

/** The last few KB a process wrote to a stream (where V8 says "heap out of memory"). */
export function tailOf(stream: NodeJS.ReadableStream | null): () => string {
  let tail = '';
  stream?.on('data', (d: Buffer | string) => (tail = (tail + d.toString()).slice(-4096)));
  return () => tail;
}

interface ParserConfig extends ParseLimits {
  /** The bundled parser script; null runs the parser in this process (sources without a build). */
  script: string | null;
  launcher: ParserLauncher;
}

const config: ParserConfig = { script: findScript(), launcher: nodeLauncher, timeLimitMs: PARSER_TIME_LIMIT_MS, memoryLimitMb: PARSER_MEMORY_MB };

/** The bundle beside the running bundle (dist/node), or, running from sources, the built one in dist/node. */
function findScript(): string | null {
  if (typeof __dirname === 'undefined') return null;
  // A packaged app's script is unpacked from the asar archive (electron-builder.yml).
  const bundled = path.join(__dirname, 'import-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const built = path.join(__dirname, '..', '..', 'dist', 'node', 'import-worker.cjs');
  return [bundled, built].find((f) => fs.existsSync(f)) ?? null;
}

/** Electron installs its utilityProcess launcher here; tests may set limits and the script. */
export function setParserLauncher(l: ParserLauncher): void {
  config.launcher = l;
}

/** The launcher in use (Node's fork, or Electron's utility process): the Word reader starts its process with it too. */
export const currentParserLauncher = (): ParserLauncher => config.launcher;

export function configureParser(c: Partial<ParserConfig>): ParserConfig {
  const before = { ...config };
  Object.assign(config, c);
  return before;
}

export async function parseBudgetWorkbook(buf: Buffer, fileName: string, planYear: number): Promise<ReadBudgets> {
  await checkWorkbookZip(buf, fileName);
  if (!config.script) return readBudgetWorkbook(buf, fileName, planYear);
  const outcome = await runParser(config.launcher, config.script, { buf, fileName, planYear }, config);
  if (outcome.kind === 'reply') {
    if (outcome.reply.ok) return outcome.reply.result;
    throw outcome.reply.bad
      ? badRequest(named(fileName, outcome.reply.message))
      : unreadable(fileName, `it is damaged or in a form Plan Editor cannot read (${outcome.reply.message.slice(0, 100)})`);
  }
  if (outcome.kind === 'timeout')
    throw unreadable(fileName, `it took longer than the ${seconds(config.timeLimitMs)} Plan Editor allows for reading a workbook`);
  if (outcome.outOfMemory) throw unreadable(fileName, 'it needs more memory than Plan Editor allows for a workbook');
  throw unreadable(fileName, `the workbook reader stopped unexpectedly (${outcome.detail})`);
}

/** Every refusal names the file; a sheet reader's "Sheet X, row 9: ..." gets the name in front. */
export const named = (fileName: string, message: string) => (message.includes(fileName) ? message : `${fileName}: ${message}`);

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** Starts the parser, sends the bytes, and settles on its reply, its death or the time limit: whichever is first. */
export function runParser(launcher: ParserLauncher, script: string, req: ParseRequest, limits: ParseLimits): Promise<ParserOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const child = launcher.start(script, limits);
    const settle = (o: ParserOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      resolve(o);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), limits.timeLimitMs);
    child.onMessage((reply) => settle({ kind: 'reply', reply }));
    child.onExit((code, signal, fatal) =>
      settle({
        kind: 'died',
        outOfMemory: /out of memory|heap limit|allocation failed/i.test(fatal) || signal === 'SIGABRT' || code === 134,
        detail: signal ? `signal ${signal}` : code !== null ? `exit code ${code}` : fatal.slice(0, 100),
      }),
    );
    child.post(req);
  });
}
