/**
 * A deterministic corpus of hostile and broken workbooks (seeded, so a failure names a file that can be
 * rebuilt): damaged copies of a real budget export, files that are not workbooks, and workbooks built to
 * exhaust a parser (zip bombs, a million rows, enormous strings, deep or entity-laden XML). `full` is
 * over 500 files for tests/stress/xlsx-corpus.mts; `modest` picks a few of every category for npm test.
 * Cases are built lazily: the largest take a second and tens of MB each.
 */
import JSZip from 'jszip';
import { writeZip, type ZipPart } from './zip-writer';
import { xmlCategories } from './bad-workbook-xml';
import { zipCategories } from './bad-workbook-zips';
import type { BadCase, CorpusBase } from './corpus-kit';

export type { BadCase, CorpusBase } from './corpus-kit';

export async function corpusBase(real: Buffer): Promise<CorpusBase> {
  const zip = await JSZip.loadAsync(real);
  const parts: ZipPart[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push({ name: f.name, data: await f.async('nodebuffer') });
  return { real, parts };
}

/** The real export's parts zipped again by zip-writer: the control every damaged copy starts from. */
export const rebuilt = (base: CorpusBase): Buffer => writeZip(base.parts).buf;

export function badWorkbooks(base: CorpusBase, scale: 'modest' | 'full'): BadCase[] {
  return [...zipCategories, ...xmlCategories].flatMap((cat) => {
    const all = cat.cases(base).map((c) => ({ ...c, category: cat.name }));
    return scale === 'full' ? all : spread(all, cat.modest);
  });
}

/** k cases spread evenly through a category, first and last included (the small and the extreme). */
function spread<T>(all: T[], k: number): T[] {
  if (k >= all.length) return all;
  if (k === 1) return [all[0]];
  return Array.from({ length: k }, (_, i) => all[Math.round((i * (all.length - 1)) / (k - 1))]);
}
