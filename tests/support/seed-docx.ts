/**
 * Test helper: the seed plan as a Word document made by a program we did not write. The seed is text
 * (markdown with tab-separated table rows carrying a little HTML); pandoc cannot see tab rows as tables,
 * so each run of tab rows becomes an HTML table and the rest goes through pandoc's own markdown reader.
 * pandoc then writes the .docx from that HTML: its styles, its table XML, its numbering — not ours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SEED = '/work/shared/seeds/000_006e9e3f17f00e5e.txt';
export const SEED_000 = existsSync(SEED) ? SEED : 'assets/seeds/000_006e9e3f17f00e5e.txt';

const pandoc = (args: string[], input: string | Buffer) => execFileSync('pandoc', args, { input, maxBuffer: 64 << 20 });

/** A table run as HTML: each tab-separated cell keeps its inline HTML; rows keep their own cell counts. */
function tableHtml(lines: string[]): string {
  const rows = lines.map(
    (l) =>
      `<tr>${l
        .split('\t')
        .map((c) => `<td>${c.trim()}</td>`)
        .join('')}</tr>`,
  );
  return `<table>\n${rows.join('\n')}\n</table>`;
}

/** The seed text as one HTML document: narrative by pandoc's markdown reader, tables as HTML tables. */
export function seedHtml(text: string): string {
  const tables: string[][] = [];
  const md: string[] = [];
  let inTable = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const wasTable = inTable;
    inTable = line.includes('\t');
    if (inTable) {
      if (wasTable) tables[tables.length - 1].push(line);
      else {
        tables.push([line]);
        md.push(`WORDTABLE${tables.length - 1}`, '');
      }
      continue;
    }
    md.push(line);
  }
  // Any line without a tab (a blank one too) ends a run: the next tab rows open a new table, as on the page.
  const body = pandoc(['-f', 'markdown', '-t', 'html'], md.join('\n')).toString();
  return `<html><body>${body.replace(/<p>WORDTABLE(\d+)<\/p>/g, (_, i: string) => tableHtml(tables[Number(i)]))}</body></html>`;
}

/** The seed plan as .docx bytes, written by pandoc. */
export function seedDocx(text: string): Buffer {
  return pandoc(['-f', 'html', '-t', 'docx', '-o', '-'], seedHtml(text));
}
