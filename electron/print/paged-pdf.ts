/**
 * A plan's PDF with page numbers on its contents page. Chromium has no target-counter(), so the plan is
 * laid out twice: printed once with a blank page column, each section's page read from the PDF's named
 * destinations (the contents links point at every section heading: pdf-destinations.ts), then printed
 * again with the numbers filled in. The column has the same width either way, so filling it moves
 * nothing; a third printing is made only if a number did move, and the result is checked once more.
 */
import type { PlanDocument } from '../../shared/model/plan';
import { destinationPages } from './pdf-destinations';
import { printHtml, type PrintOptions } from './print-html';

export type ToPdf = (html: string) => Promise<Buffer>;

export interface PagedPdf {
  pdf: Buffer;
  /** Section id -> the page its heading is printed on, as read from the final PDF. */
  pages: Map<number, number>;
}

function sectionPages(pdf: Buffer): Map<number, number> {
  const out = new Map<number, number>();
  // Not PDF bytes (a printer that returned nothing usable): no numbers, the contents column stays blank.
  if (!(pdf instanceof Uint8Array)) return out;
  for (const [name, page] of destinationPages(pdf)) {
    const m = /^section-(\d+)$/.exec(name);
    if (m) out.set(Number(m[1]), page);
  }
  return out;
}

const same = (a: Map<number, number>, b: Map<number, number>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export async function pagedPdf(doc: PlanDocument, opts: Pick<PrintOptions, 'sectionIds'>, toPdf: ToPdf): Promise<PagedPdf> {
  let numbers = new Map<number, number>();
  let pdf = await toPdf(printHtml(doc, { ...opts, pageNumbers: numbers }));
  for (let pass = 0; pass < 2; pass++) {
    const found = sectionPages(pdf);
    // A PDF writer without named destinations: keep the first printing (its page column stays blank).
    if (!found.size || same(found, numbers)) return { pdf, pages: found };
    numbers = found;
    pdf = await toPdf(printHtml(doc, { ...opts, pageNumbers: numbers }));
  }
  return { pdf, pages: sectionPages(pdf) };
}

/** The print HTML with the contents page numbered (for the system print dialog, which takes HTML). */
export async function pagedHtml(doc: PlanDocument, opts: Pick<PrintOptions, 'sectionIds'>, toPdf: ToPdf): Promise<string> {
  const { pages } = await pagedPdf(doc, opts, toPdf);
  return printHtml(doc, { ...opts, pageNumbers: pages });
}
