/**
 * How the printed sections share pages. Each run of pages ("sheet") has its own named page, so its
 * orientation and running header; a section without blocks goes with the section after it. A section
 * that prints only a line or two (no table, little text) does not take a page of its own: it follows
 * on the page of the portrait sheet before it (or, after a landscape sheet, leads the next portrait one).
 */
import type { PlanDocument, Section } from '../../shared/model/plan';
import { kindDef } from '../../shared/model/table-kinds';
import type { RichDoc } from '../../shared/model/richtext';

export interface Sheet {
  sections: Section[];
  landscape: boolean;
  header: string;
  /** Index in `sections` where a short section joined this sheet (it gets space above its title). */
  joinedFrom?: number;
}

/** Under this many characters of text and no table, a section is "a line or two" (about three lines of A4). */
export const SHORT_SECTION_CHARS = 300;

const docChars = (n: unknown): number => {
  const node = n as { text?: string; content?: unknown[] };
  return (node.text?.length ?? 0) + (node.content ?? []).reduce<number>((a, c) => a + docChars(c), 0);
};

export function isShort(s: Section): boolean {
  if (s.blocks.some((b) => b.kind === 'table')) return false;
  return s.blocks.reduce((n, b) => n + (b.kind === 'narrative' ? docChars(b.doc as RichDoc) : 0), 0) < SHORT_SECTION_CHARS;
}

export function sheetsOf(doc: PlanDocument, selected: Section[]): Sheet[] {
  const parentOf = new Map<number, string>();
  let parent = '';
  for (const s of doc.sections) {
    if (s.level === 1) parent = s.title;
    else parentOf.set(s.id, parent);
  }
  const sheets: Sheet[] = [];
  let pending: Section[] = [];
  selected.forEach((s, i) => {
    pending.push(s);
    if (s.blocks.length === 0 && i < selected.length - 1) return;
    const landscape = pending.some((p) => p.blocks.some((b) => b.kind === 'table' && kindDef(b.tableKind).orientation === 'landscape'));
    const prev = sheets.at(-1);
    const short = !landscape && pending.every(isShort) && pending.some((p) => p.blocks.length > 0);
    if (short && prev && !prev.landscape) {
      prev.joinedFrom ??= prev.sections.length;
      prev.sections.push(...pending);
      pending = [];
      return;
    }
    if (short && i < selected.length - 1) {
      return; // after a landscape sheet: it leads the next sheet instead
    }
    const main = pending.at(-1)!;
    const header = main.level === 2 && parentOf.get(main.id) ? `${parentOf.get(main.id)} – ${main.title}` : main.title;
    sheets.push({ sections: pending, landscape, header });
    pending = [];
  });
  return sheets;
}
