/**
 * Test helper: open an .xlsx in headless LibreOffice, recalculate every formula, and save it again as
 * .xlsx, so a test can read back what LibreOffice made of each cell: a formula or a value, and which text.
 * (libreoffice.ts reads values as CSV; this keeps the formulas too.)
 */
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSoffice } from './soffice-run';

// OOXMLRecalcMode 0: recalculate on load, as a user's LibreOffice would be asked to by fullCalcOnLoad.
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

function soffice(): string {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const found = [...dirs.map((d) => join(d, 'soffice')), '/usr/lib/libreoffice/program/soffice'].find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error('LibreOffice (soffice) not found; apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  return found;
}

/** The workbook as LibreOffice saves it after opening and recalculating it. */
export async function resaveWithLibreOffice(xlsx: Buffer): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'lo-resave-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
    await mkdir(join(work, 'in'));
    await writeFile(join(work, 'in', 'book.xlsx'), xlsx);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      join(work, 'out'),
      join(work, 'in', 'book.xlsx'),
    ];
    const out = await runSoffice(soffice(), args);
    return await readFile(join(work, 'out', 'book.xlsx')).catch(() => {
      throw new Error(`LibreOffice did not convert the workbook: ${out}`);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
