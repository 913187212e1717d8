/**
 * What exceljs does not tell us about a workbook's parts, read from the small XML parts directly: which
 * sheet a worksheet part is ("xl/worksheets/sheet4.xml" is the sheet the user knows as "Secondary"), so a
 * refusal names the sheet; and who wrote each cell comment (exceljs drops comment authors). Parts over
 * 8 MB are not read (a refusal then says "a sheet", a comment shows no author).
 */
import path from 'node:path';
import yauzl from 'yauzl';

const MAX_BYTES = 8 * 1024 * 1024;

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
};
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

/** A relationship target as a part name: "worksheets/sheet4.xml" from xl/ is "xl/worksheets/sheet4.xml". */
const resolve = (from: string, target: string) =>
  target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
const relsOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

/** Sheet name -> worksheet part, from the workbook and its relationships. */
function sheetParts(parts: Map<string, string>): Map<string, string> {
  const rels = new Map(
    tags(parts.get(relsOf('xl/workbook.xml')) ?? '', 'Relationship').map((t) => [attr(t, 'Id'), resolve('xl/workbook.xml', attr(t, 'Target') ?? '')]),
  );
  const out = new Map<string, string>();
  for (const t of tags(parts.get('xl/workbook.xml') ?? '', 'sheet')) {
    const part = rels.get(attr(t, 'r:id'));
    const name = attr(t, 'name');
    if (part && name) out.set(name, part);
  }
  return out;
}

export async function sheetNameOfPart(buf: Buffer, part: string): Promise<string | null> {
  try {
    const parts = await readParts(buf, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels');
    const found = [...sheetParts(parts)].find(([, p]) => p === part);
    return found ? found[0].slice(0, 40) : null;
  } catch {
    return null;
  }
}

/** Sheet name -> cell address -> author, for every comment that names one. */
export async function commentAuthors(buf: Buffer): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  try {
    const parts = await readParts(buf, (n) =>
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/_rels\/[^/]+\.rels|[^/]*comments[^/]*\.xml)$/i.test(n),
    );
    for (const [sheet, part] of sheetParts(parts)) {
      const target = tags(parts.get(relsOf(part)) ?? '', 'Relationship').find((t) => /\/comments$/.test(attr(t, 'Type') ?? ''));
      const xml = target ? parts.get(resolve(part, attr(target, 'Target') ?? '')) : undefined;
      if (!xml) continue;
      const authors = [...xml.matchAll(/<(?:\w+:)?author>([^<]*)<\/(?:\w+:)?author>/g)].map((m) => unescape(m[1]).trim());
      const cells = new Map<string, string>();
      for (const t of tags(xml, 'comment')) {
        const who = authors[Number(attr(t, 'authorId'))];
        const ref = attr(t, 'ref');
        if (ref && who) cells.set(ref.toUpperCase(), who);
      }
      if (cells.size) out.set(sheet, cells);
    }
  } catch {
    // Authors are a courtesy: a workbook whose parts do not say keeps its comments without them.
  }
  return out;
}

async function readParts(buf: Buffer, want: (name: string) => boolean): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (!want(entry.fileName) || entry.uncompressedSize > MAX_BYTES) continue;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
        if ((size += chunk.length) > MAX_BYTES) break;
        chunks.push(chunk);
      }
      out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
  } finally {
    zip.close();
  }
  return out;
}
