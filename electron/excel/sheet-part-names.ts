/**
 * Which sheet a worksheet part is ("xl/worksheets/sheet4.xml" is the sheet the user knows as "Secondary"),
 * read from the workbook's list of sheets and its relationships, so a refusal names the sheet. Only used
 * once a part has been refused; parts over 1 MB are not read (the refusal then says "a sheet").
 */
import yauzl from 'yauzl';

const MAX_BYTES = 1024 * 1024;

export async function sheetNameOfPart(buf: Buffer, part: string): Promise<string | null> {
  try {
    const parts = await readSmallParts(buf, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
    const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
    const id = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => {
      const target = /Target="([^"]*)"/.exec(tag)?.[1] ?? '';
      return target.replace(/^\/?(xl\/)?/, 'xl/') === part;
    });
    const rid = id && /Id="([^"]*)"/.exec(id)?.[1];
    const sheet = rid && [...(parts.get('xl/workbook.xml') ?? '').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => new RegExp(`r:id="${rid}"`).test(t));
    const name = sheet && /name="([^"]*)"/.exec(sheet)?.[1];
    return name ? unescape(name).slice(0, 40) : null;
  } catch {
    return null;
  }
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function readSmallParts(buf: Buffer, names: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (!names.includes(entry.fileName) || entry.uncompressedSize > MAX_BYTES) continue;
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
