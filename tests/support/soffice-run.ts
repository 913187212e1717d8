/**
 * Runs LibreOffice's soffice for a test helper: its output as text, and the whole process group killed
 * if it takes longer than two minutes (soffice wraps soffice.bin, so killing the child alone leaves it).
 */
import { spawn } from 'node:child_process';

const TIMEOUT_MS = 120_000;

export function runSoffice(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`LibreOffice timed out after ${TIMEOUT_MS} ms: ${out}`));
    }, TIMEOUT_MS);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', () => (clearTimeout(timer), resolve(out)));
  });
}
