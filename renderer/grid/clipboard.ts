/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: rows by newline, cells by tab,
 * a cell with a tab, newline or quote wrapped in double quotes with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  // CRLF ends a row (Windows); a lone CR does too outside quotes, and is kept inside them.
  const t = text.replace(/\r\n/g, '\n');
  while (i < t.length) {
    const ch = t[i];
    if (quoted) {
      if (ch === '"' && t[i + 1] === '"') (cell += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (cell += ch), i++;
      continue;
    }
    if (ch === '"' && cell === '') (quoted = true), i++;
    else if (ch === '\t') row.push(cell), (cell = ''), i++;
    else if (ch === '\n' || ch === '\r') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else (cell += ch), i++;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Every row ends with a newline, as in Excel's copy: so trailing empty cells (and a single empty cell)
 * survive the round trip and paste as blanks that clear their targets. */
export function toTsv(rows: string[][]): string {
  const q = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join('\t') + '\n').join('');
}
