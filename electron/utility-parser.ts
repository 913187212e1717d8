/**
 * The workbook parser in Electron: the app's binary cannot run as Node (the RunAsNode fuse is off), so
 * child_process.fork is unavailable and the parser runs as a utilityProcess instead, with the same memory
 * cap (a V8 flag) and the same time limit and messages (excel/parse-isolated.ts). Imports 'electron': only the
 * Electron main process may load this file.
 */
import { utilityProcess } from 'electron';
import { setParserLauncher, tailOf, type ParseRequest, type ParserLauncher, type ParserReply } from './excel/parse-isolated';

export const utilityLauncher: ParserLauncher = {
  start(script, limits) {
    const child = utilityProcess.fork(script, [], {
      execArgv: [`--max-old-space-size=${limits.memoryLimitMb}`],
      stdio: 'pipe',
      serviceName: 'Plan Editor workbook reader',
    });
    const stderr = tailOf(child.stderr);
    child.stdout?.resume(); // drained, so a chatty parser never blocks on a full pipe
    let fatal = '';
    // V8's non-continuable errors: in a parser under a heap cap, running out of memory is the one we meet.
    child.on('error', (type, location) => (fatal = `${type} at ${location}: out of memory`));
    // Messages wait for the process to have started.
    let spawned = false;
    const queue: ParseRequest[] = [];
    child.once('spawn', () => {
      spawned = true;
      for (const m of queue.splice(0)) child.postMessage(m);
    });
    return {
      post: (m) => (spawned ? child.postMessage(m) : void queue.push(m)),
      onMessage: (cb) => void child.on('message', (m: unknown) => cb(m as ParserReply)),
      onExit: (cb) => void child.once('exit', (code) => cb(code, null, `${fatal} ${stderr()}`)),
      kill: () => void child.kill(),
    };
  },
};

/** Called once by the Electron main process: workbook imports then read in a utility process. */
export function useUtilityProcessParser(): void {
  setParserLauncher(utilityLauncher);
}
