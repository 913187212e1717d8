/**
 * The seed as lines, addressed by anchor lines (exact text) rather than line numbers, so the outline
 * reads like the document and a changed seed fails loudly instead of shifting silently.
 */
export class SeedLines {
  readonly lines: string[];

  constructor(text: string) {
    this.lines = text.replace(/\r\n?/g, '\n').split('\n');
  }

  /** Index of the first line at or after `from` whose trimmed text is `anchor`. */
  find(anchor: string, from = 0): number {
    for (let i = from; i < this.lines.length; i++) if (this.lines[i].trim() === anchor) return i;
    throw new Error(`seed anchor not found after line ${from + 1}: ${JSON.stringify(anchor)}`);
  }

  /** Lines strictly between two anchors (the second searched after the first). */
  between(start: string, end: string | null, from = 0): string[] {
    const a = this.find(start, from);
    const b = end === null ? this.lines.length : this.find(end, a + 1);
    return this.lines.slice(a + 1, b);
  }

  /** Lines from an anchor (included) up to another anchor (excluded). */
  from(start: string, end: string | null, from = 0): string[] {
    const a = this.find(start, from);
    return this.lines.slice(a, end === null ? this.lines.length : this.find(end, a + 1));
  }
}

/** Split lines into the table rows (lines with tabs) and the rest. */
export const tableLines = (lines: string[]): string[] => lines.filter((l) => l.includes('\t'));
export const textLines = (lines: string[]): string[] => lines.filter((l) => !l.includes('\t'));
