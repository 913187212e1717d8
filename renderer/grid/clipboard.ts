/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: rows by newline, cells by tab,
 * a cell with a tab, newline or quote wrapped in double quotes with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // CRLF ends a row (Windows); a lone CR does too outside quotes, and is kept inside them.
  const t = text.replace(/\r\n/g, '\n');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (t[i + 1] === '"') cell += t[i++];
      else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') endCell();
    else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

/** Every row ends with a newline, as in Excel's copy: so trailing empty cells (and a single empty cell)
 * survive the round trip and paste as blanks that clear their targets. */
export function toTsv(rows: string[][]): string {
  const q = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join('\t') + '\n').join('');
}
