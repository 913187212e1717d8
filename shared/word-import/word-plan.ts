/**
 * A plan written in Word (as mammoth's HTML) read into the exchange format's plan, with the review shown
 * before anything is created: the sections found, each table recognised as which kind with its row
 * count, budget totals as computed against the totals printed in the document, and what was not
 * recognised (kept as narrative). Sections are the entries of the document's own contents table where
 * it has one (a heading or an all-bold line with an entry's text starts that section), else its
 * Heading 1 and Heading 2 paragraphs. Pure: the caller reads the file (in a separate process).
 */
import type { PlanHeader } from '../model/plan';
import type { Row } from '../model/plan';
import { summaryRows } from '../calc/summaries';
import { markdownToDoc } from '../plan-text/markdown-to-doc';
import { plain } from '../plan-text/html-cells';
import { narrative, type BlockIn, type SectionIn } from '../plan-text/types';
import { htmlBlocks, type DocBlock } from './html-blocks';
import { readTable, recogniseTable, type Recognised } from './table-recognition';
import { assignSections } from './outline-match';
import { placeBudgets } from './budget-placement';
import { titlePageHeader } from './title-page';
import type { WordReview, WordTableReview } from './review';

export interface WordPlan {
  plan: { kind: 'unit'; header: PlanHeader; sections: SectionIn[] };
  review: WordReview;
}

interface Entry {
  title: string;
  level: 1 | 2;
}

/** The contents table's entries: bold lines are sections, "– " lines their subsections. */
function contentsEntries(rows: string[]): Entry[] {
  return rows
    .slice(1)
    .map((r) => r.split('\t')[0])
    .filter((c) => plain(c))
    .map((c) => {
      const text = plain(c);
      const sub = /^[–-]\s*/.test(text) || !/<b>/.test(c);
      return { title: text.replace(/^[–-]\s*/, ''), level: sub ? 2 : 1 };
    });
}

const FIRST_SECTION = 'Introduction';

export function readWordPlan(html: string, fileName: string, fallbackYear: number): WordPlan {
  const blocks = htmlBlocks(html);
  const firstStructure = blocks.findIndex((b) => b.kind !== 'text');
  const titleLines = blocks.slice(0, firstStructure < 0 ? blocks.length : firstStructure).flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  const { header } = titlePageHeader(titleLines, fallbackYear);
  const contentsBlock = blocks.find((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table' && recogniseTable(b.rows, '') === 'contents');
  const entries = contentsBlock ? contentsEntries(contentsBlock.rows) : [];
  const starts = assignSections(blocks, entries);

  let sections: SectionIn[] = [];
  const unrecognised: WordReview['unrecognised'] = [];
  const notes: string[] = [];
  let lines: string[] = [];
  let headingAbove = '';
  let group: { kind: Recognised | null; rows: string[]; heading: string } | null = null;

  const current = () => {
    if (!sections.length) sections.push({ title: FIRST_SECTION, level: 1, blocks: [] });
    return sections[sections.length - 1];
  };
  const flushText = () => {
    if (lines.some((l) => l.trim())) current().blocks.push(narrative(markdownToDoc(lines)));
    lines = [];
  };
  const flushTable = () => {
    if (!group) return;
    const g = group;
    group = null;
    if (g.kind === 'contents') return;
    const section = current();
    if (g.kind) {
      try {
        const read = readTable(g.kind, g.rows, g.heading);
        section.blocks.push(read.block);
        notes.push(...read.notes);
        return;
      } catch (e) {
        unrecognised.push({
          section: section.title,
          what: `a table under "${g.heading || section.title}"`,
          why: `it looks like a ${g.kind} table but ${String((e as Error).message)}`,
        });
      }
    } else {
      unrecognised.push({
        section: section.title,
        what: `a table under "${g.heading || section.title}" (${g.rows.length} rows)`,
        why: 'its heading row is not one Plan Editor knows',
      });
    }
    // Kept as narrative: one paragraph per row, cells separated by " | ".
    section.blocks.push(narrative(markdownToDoc(g.rows.flatMap((r) => [r.split('\t').map(plain).filter(Boolean).join(' | '), '']))));
  };

  blocks.forEach((b, i) => {
    if (i < firstStructure && b.kind === 'text') return; // the title page, read into the header
    if (b.kind === 'table') {
      const kind = recogniseTable(b.rows, headingAbove);
      // A table straight after another (Word tables split at page breaks) continues it unless it says otherwise.
      if (group && group.kind && group.kind !== 'contents' && (kind === null || kind === group.kind)) {
        group.rows.push(...b.rows);
        return;
      }
      flushTable();
      flushText();
      group = { kind, rows: [...b.rows], heading: headingAbove };
      return;
    }
    // Staffing footnotes ("** from September") are paragraphs under the table: its reader needs them.
    if (group?.kind === 'staffing' && b.kind === 'text') group.rows.push(...b.lines);
    else flushTable();
    const title = b.kind === 'heading' ? b.text : b.boldOnly ? b.text : '';
    if (title) {
      headingAbove = title;
      const entry = starts.get(i);
      if (/^contents$/i.test(title.trim())) return;
      if (entry || (!entries.length && b.kind === 'heading' && b.level <= 2)) {
        flushText();
        sections.push({ title: entry?.title ?? title, level: entry?.level ?? (b.kind === 'heading' && b.level === 2 ? 2 : 1), blocks: [] });
        return;
      }
    }
    if (b.kind === 'heading') lines.push(`${'#'.repeat(Math.min(b.level + 1, 4))} ${b.text}`, '');
    else lines.push(...b.lines, '');
  });
  flushTable();
  flushText();

  sections = placeBudgets(sections);
  const tables = sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [tableReview(s.title, b)] : [])));
  const used = new Set(starts.values());
  const missing = entries.filter((e) => !used.has(e)).map((e) => e.title);
  if (missing.length) notes.push(`contents entries with no heading of that text in the document: ${missing.join('; ')}`);
  return {
    plan: { kind: 'unit', header, sections },
    review: {
      fileName,
      header,
      sections: sections.map((s) => ({
        title: s.title,
        level: s.level,
        tables: s.blocks.filter((b) => b.kind === 'table').length,
        narrative: s.blocks.filter((b) => b.kind === 'narrative').length,
      })),
      tables,
      unrecognised,
      notes,
    },
  };
}

/** One table's line in the review; budgets also compare the totals they compute with those printed. */
function tableReview(section: string, block: BlockIn): WordTableReview {
  if (block.kind !== 'table') throw new Error('not a table');
  const rows = block.rows.map((r, id) => ({ ...r, id }) as Row);
  const printed = block.meta.printedSummaries ?? {};
  const totals = summaryRows(block.tableKind, rows).flatMap((s) =>
    Object.entries(printed[s.id] ?? {})
      .filter(([column]) => s.cells[column] !== undefined)
      .map(([column, value]) => ({ summary: s.label, column, computed: s.cells[column], printed: value })),
  );
  return {
    section,
    title: block.meta.unitName ?? block.title,
    kind: block.tableKind,
    rows: block.rows.length,
    ...(block.tableKind === 'actions' ? { actions: block.rows.filter((r) => r.role === 'action').length } : {}),
    totals,
  };
}
