/**
 * The page each named destination of a PDF lands on, read from the PDF's own structure: Chromium (Skia)
 * writes one named destination per element id a link points at (`/section-12 [52 0 R /XYZ ...]` in the
 * catalog's /Dests) and a page tree of plain objects. That is all the two-pass print needs to number its
 * contents page, in the desktop app (Electron's printToPDF) and under Playwright alike, without a PDF
 * library or poppler. Returns an empty map for a PDF laid out otherwise (compressed object streams).
 */

/** "12 0 obj << ... >>" bodies by object number (enough for the page tree and /Dests: no streams needed). */
function objects(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(?:^|\s)(\d+) 0 obj\s*([\s\S]*?)\bendobj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(Number(m[1]), m[2]);
  return out;
}

const refs = (s: string): number[] => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** Page object numbers in page order, walking /Kids from the root /Pages node. */
function pageOrder(objs: Map<number, string>): number[] {
  const root = [...objs].find(([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent\b/.test(body));
  if (!root) return [];
  const pages: number[] = [];
  const walk = (id: number, depth: number) => {
    const body = objs.get(id) ?? '';
    if (depth > 64) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const k of refs(kids)) walk(k, depth + 1);
    } else pages.push(id);
  };
  walk(root[0], 0);
  return pages;
}

/** Destination name -> page number (1-based). */
export function destinationPages(pdf: Buffer): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objs = objects(text);
  const pageNo = new Map(pageOrder(objs).map((id, i) => [id, i + 1]));
  const out = new Map<string, number>();
  const destsRef = /\/Dests\s+(\d+) 0 R/.exec(text)?.[1];
  const dests = destsRef ? (objs.get(Number(destsRef)) ?? '') : (/\/Dests\s*(<<[\s\S]*?>>)/.exec(text)?.[1] ?? '');
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageNo.get(Number(m[2]));
    if (page) out.set(decodeName(m[1]), page);
  }
  return out;
}

/** PDF names escape bytes as #xx. */
const decodeName = (n: string) => n.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
