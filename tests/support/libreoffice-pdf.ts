/**
 * Test helper: a workbook as finance sees it printed. LibreOffice converts the .xlsx to PDF (a throw-away
 * profile, killed on timeout); poppler then says how many pages it has, which fonts it uses, and renders
 * pages to PNG to look at (scripts/render-workbooks.mts writes them for a person to look at).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSoffice } from './soffice-run';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The workbook printed by LibreOffice Calc, as PDF bytes. */
export const workbookPdf = (xlsx: Buffer): Promise<Buffer> => officePdf(xlsx, 'xlsx');

/** A document (.docx: LibreOffice Writer) or workbook printed by LibreOffice, as PDF bytes. */
export async function officePdf(bytes: Buffer, ext: 'xlsx' | 'docx'): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'lo-pdf-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(work, `book.${ext}`), bytes);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      join(work, 'out'),
      join(work, `book.${ext}`),
    ];
    const log = await runSoffice('soffice', args);
    return await readFile(join(work, 'out', 'book.pdf')).catch(() => {
      throw new Error(`LibreOffice did not print the ${ext === 'docx' ? 'document' : 'workbook'}: ${log}`);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function withPdfFile<T>(pdf: Buffer, f: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-'));
  try {
    await writeFile(join(dir, 'book.pdf'), pdf);
    return await f(join(dir, 'book.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const pdfPages = (pdf: Buffer) => withPdfFile(pdf, async (p) => Number(/Pages:\s+(\d+)/.exec((await exec('pdfinfo', [p])).stdout)![1]));

/** Font names as pdffonts lists them, without the subset prefix ("ABCDEF+LiberationSans-Bold"). */
export const pdfFonts = (pdf: Buffer) =>
  withPdfFile(pdf, async (p) => [
    ...new Set(
      (await exec('pdffonts', [p])).stdout
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')),
    ),
  ]);

/** The PDF's text: laid out as on the page, or (layout false) in reading order, a wrapped cell's lines together. */
export const pdfText = (pdf: Buffer, layout = true) =>
  withPdfFile(pdf, async (p) => (await exec('pdftotext', [...(layout ? ['-layout'] : []), p, '-'], { maxBuffer: 64 << 20 })).stdout);

/** Renders pages to PNG files in `dir` (page-01.png ...); returns their paths. */
export async function renderPages(pdf: Buffer, dir: string, dpi = 60): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await withPdfFile(pdf, (p) => exec('pdftoppm', ['-png', '-r', String(dpi), p, join(dir, 'page')]));
  return (await readdir(dir))
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}
