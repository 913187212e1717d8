// Test helper: open an .xlsx in headless LibreOffice, force a full recalculation of
// every formula, and read each sheet back as CSV rows. Lets tests check that a
// workbook's *live* formulas agree with the app, not just the cached results we wrote.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIMEOUT_MS = 120_000;
const INSTALL_HINT = 'install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui';

// CSV filter tokens: 44 = ',' separator, 34 = '"' quote, 76 = UTF-8, 1 = start row,
// (empty) cell formats, 0 = language, false = quoted-as-text, true = detect special numbers,
// false = NOT "save cell contents as shown" (raw numbers: 1234567.891, not "1,234,567.9";
// percentages and dates still come out formatted, e.g. "12.5%", "04/01/2024"),
// false = export formulas, false = remove spaces, -1 = every sheet into <base>-<Sheet>.csv
// (needs LibreOffice >= 7.2; older versions silently write only the first sheet).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

// OOXMLRecalcMode 0 = always recalculate on load (the default keeps cached values).
// The locale is pinned so the decimal separator doesn't follow the host's LANG.
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

function findSoffice(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [
    ...dirs.flatMap((d) => [join(d, 'soffice'), join(d, 'libreoffice')]),
    '/usr/lib/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  return candidates.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function hasLibreOffice(): boolean {
  return findSoffice() !== undefined;
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // detached: soffice is a wrapper script around soffice.bin, so on timeout we kill the whole group.
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`LibreOffice timed out after ${TIMEOUT_MS} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** RFC 4180 parser: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  if (text.trim() === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Recalculate every formula in `xlsxPath` with LibreOffice; returns sheet name -> CSV rows. */
export async function recalculatedSheets(xlsxPath: string): Promise<Record<string, string[][]>> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(`LibreOffice (soffice) not found on PATH; ${INSTALL_HINT}`);
  // A fresh profile per call: parallel workers can't share one, and it carries our settings.
  const work = await mkdtemp(join(tmpdir(), 'lo-recalc-'));
  try {
    const profile = join(work, 'profile');
    const out = join(work, 'out');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
    // Fixed input name so output files are predictably "book-<Sheet>.csv".
    const input = join(work, 'book.xlsx');
    await copyFile(xlsxPath, input);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      out,
      input,
    ];
    const { code, stdout, stderr } = await run(soffice, args);
    // soffice exits 0 even when it can't load the file, so judge by the output files.
    const files = (await readdir(out).catch(() => [] as string[])).filter((f) => f.startsWith('book-') && f.endsWith('.csv'));
    if (code !== 0 || files.length === 0) {
      throw new Error(
        `LibreOffice conversion of ${xlsxPath} failed (exit ${code}; per-sheet CSV needs LibreOffice >= 7.2)\n` +
          `command: ${soffice} ${args.join(' ')}\nstdout: ${stdout}\nstderr: ${stderr}`,
      );
    }
    // Keep workbook sheet order, as announced by "Writing sheet <name> -> <path>" lines.
    const order = [...stdout.matchAll(/^Writing sheet (.*) -> /gm)].map((m) => m[1]);
    const names = files.map((f) => f.slice('book-'.length, -'.csv'.length));
    names.sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0)); // >>> 0: unknown (-1) sorts last
    const sheets: Record<string, string[][]> = {};
    for (const name of names) sheets[name] = parseCsv(await readFile(join(out, `book-${name}.csv`), 'utf8'));
    return sheets;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
