/**
 * Test helper: LibreOffice Calc itself edits workbooks (deletes rows, inserts a line, types over a cell,
 * sorts, adds comments) through Python-UNO (lo-edit.py) and saves them with Calc's "Excel 2007-365"
 * filter, so import tests read exactly what a finance officer's LibreOffice writes. All jobs of one call
 * share one soffice with a throw-away profile; the python script always kills it, and a timeout here kills
 * the script (which then kills soffice).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT_MS = 180_000;
const SCRIPT = join(__dirname, 'lo-edit.py');
/** Debian's python3-uno lives with the system python, whatever else is first on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export type LoOp =
  | { op: 'deleteRows'; sheet: string; row: number; count?: number }
  | { op: 'insertRow'; sheet: string; row: number; values: Record<string, string | number> }
  | { op: 'set'; sheet: string; cell: string; value: string | number }
  | { op: 'sort'; sheet: string; range: string; column: number; ascending?: boolean }
  | { op: 'comment'; sheet: string; cell: string; text: string };

// The author LibreOffice writes on comments comes from the profile's user name.
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="givenname" oor:op="fuse"><value>Fiona</value></prop></item>
<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="sn" oor:op="fuse"><value>Finance</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item>
</oor:items>
`;

/** Each job's workbook as LibreOffice saved it after making its edits, in the order given. */
export async function editWithLibreOffice(input: Buffer, jobs: LoOp[][]): Promise<Buffer[]> {
  const work = await mkdtemp(join(tmpdir(), 'lo-edit-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
    const inPath = join(work, 'in.xlsx');
    await writeFile(inPath, input);
    const req = {
      profile,
      pipe: `plan-editor-${process.pid}-${Date.now()}`,
      soffice: existsSync('/usr/lib/libreoffice/program/soffice') ? '/usr/lib/libreoffice/program/soffice' : 'soffice',
      jobs: jobs.map((ops, i) => ({ in: inPath, out: join(work, `out-${i}.xlsx`), ops })),
    };
    await runScript(JSON.stringify(req));
    return await Promise.all(req.jobs.map((j) => readFile(j.out)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runScript(stdin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`LibreOffice editing timed out after ${TIMEOUT_MS} ms: ${out}`));
    }, TIMEOUT_MS);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (/No module named 'uno'/.test(out)) reject(new Error(`${PYTHON} has no LibreOffice bridge: apt-get install -y python3-uno`));
      else reject(new Error(`LibreOffice editing failed (exit ${code}): ${out.slice(-2000)}`));
    });
    child.stdin.end(stdin);
  });
}
