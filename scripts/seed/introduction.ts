/**
 * The directorate's "Managing Director's Introduction 2008/9". Its headings are bare lines, so they
 * are listed here in document order (a heading missing from the seed fails the conversion). The
 * page-top running header glued into paragraphs is removed, and the paragraph it cut is rejoined.
 */
import type { PlanHeader } from '../../shared/model/plan';
import { markdownToDoc } from '../../shared/plan-text/markdown-to-doc';
import { narrative, table, type BlockIn, type RowIn, type SectionIn } from '../../shared/plan-text/types';

const RUNNING_HEADER = "Managing Director's Introduction to 2008/9 CFE Business Plans";

/** A heading printed as a two-row markdown table ("Equality\tand\tDive\trsity" over dashes). */
const BROKEN_TABLE_HEADINGS = new Map([['Equality\tand\tDive\trsity', 'Equality and Diversity']]);

/** Headings in order; level 2 for the examples listed under "Excellent Services and Continued improvement". */
const HEADINGS: [string, 1 | 2][] = [
  ['The Children, Families and Education Directorate', 1],
  ['Vision', 1],
  ['Being Healthy', 1],
  ['Enjoying and Achieving', 1],
  ['Positive Contribution', 1],
  ['Economic Wellbeing', 1],
  ['Staying safe', 1],
  ['Looked After Children', 1],
  ['Children with Learning Difficulties and/or Disabilities', 1],
  ['Performance management', 1],
  ['Information Sharing Index, Common Assessment Framework and the Lead Professional Functions', 1],
  ['Innovation at the front line', 1],
  ['Personalisation and Choice', 1],
  ['Equality and Diversity', 1],
  ['Joint working and Devolution', 1],
  ['Excellent Services and Continued improvement', 1],
  ['Early Years: Leuven project', 2],
  ['School performance', 2],
  ['Child protection', 2],
  ['Teenage Pregnancy', 2],
  ["Young people's Views", 2],
  ['Section 17 Crime and Disorder Act', 1],
  ['Workforce Strategies', 1],
  ['Conclusion', 1],
  ['Appendix A Local Plans, Strategies and National Legislation which impact on the Directorate', 1],
];

const PRIORITY_LEAD = "Priority National Indicators supporting delivery of Kent's Poverty agenda are";

/**
 * Source lines with the running header removed: where the text after it starts lower-case it
 * continues the cut sentence; otherwise it starts a new paragraph. Inline TeX from the source's
 * conversion ("$A^* - C$") becomes the plain "A* - C" it stood for.
 */
export function cleanLines(text: string): string[] {
  const out: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/\$([^$\n]*)\$/g, (_, tex: string) => tex.replace(/\^/g, '').replace(/\*/g, '\\*'));
    const broken = BROKEN_TABLE_HEADINGS.get(line.trim());
    if (broken && /^[-\t ]+$/.test(lines[i + 1] ?? '')) {
      out.push(broken);
      i += 1;
      continue;
    }
    if (line.includes('\t')) throw new Error(`unexpected table row in the introduction: ${line}`);
    const at = line.indexOf(RUNNING_HEADER);
    if (at >= 0) {
      const before = line.slice(0, at).trimEnd();
      const after = line.slice(at + RUNNING_HEADER.length).trim();
      if (!before) line = after;
      else if (/^[a-z]/.test(after)) line = `${before} ${after}`;
      else {
        out.push(before, '');
        line = after;
      }
    }
    out.push(line);
  }
  return out;
}

const listItems = (lines: string[]) => lines.map((l) => /^\s*-\s+(.*)$/.exec(l)?.[1].trim()).filter((t): t is string => !!t);

/** "NI163 working age population ..." -> ref "NI 163"; "16 Statutory DCSF Indicators" keeps an empty ref. */
function priorityIndicators(lines: string[]): BlockIn {
  const rows: RowIn[] = listItems(lines).map((item) => {
    const m = /^NI\s*(\d+)\s+(.*)$/.exec(item);
    return { role: 'line', cells: m ? { ref: `NI ${m[1]}`, indicator: m[2] } : { ref: '', indicator: item } };
  });
  return table('priorityIndicators', 'Priority National Indicators', rows);
}

/** Appendix A: the "Local" and "National" lists as one table. */
function appendixPlans(lines: string[]): BlockIn {
  const rows: RowIn[] = [];
  let scope = '';
  for (const line of lines) {
    const t = line.trim();
    if (t === 'Local' || t === 'National') scope = t;
    else if (t.startsWith('- ')) {
      if (!scope) throw new Error(`appendix item before Local/National: ${t}`);
      rows.push({ role: 'line', cells: { scope, title: t.slice(2).trim() } });
    } else if (t) throw new Error(`unexpected appendix line: ${t}`);
  }
  return table('appendixPlans', 'Local Plans, Strategies and National Legislation', rows);
}

function sectionBlocks(title: string, body: string[]): BlockIn[] {
  if (title.startsWith('Appendix A')) return [appendixPlans(body)];
  const lead = body.findIndex((l) => l.trim() === PRIORITY_LEAD);
  if (lead < 0) return [narrative(markdownToDoc(body))];
  // The priority indicator list sits inside the opening text: text, table, text.
  let end = lead + 1;
  while (end < body.length && (body[end].trim() === '' || body[end].trim().startsWith('- '))) end += 1;
  return [narrative(markdownToDoc(body.slice(0, lead + 1))), priorityIndicators(body.slice(lead + 1, end)), narrative(markdownToDoc(body.slice(end)))];
}

export interface IntroductionPlan {
  header: PlanHeader;
  sections: SectionIn[];
}

export function introductionPlan(text: string, directorate: string): IntroductionPlan {
  const lines = cleanLines(text);
  const starts = HEADINGS.map(([h], k) => {
    const i = lines.findIndex((l, j) => l.trim() === h && j > 0);
    if (i < 0) throw new Error(`introduction heading not found: ${h}`);
    if (k > 0 && i <= lines.findIndex((l) => l.trim() === HEADINGS[k - 1][0])) throw new Error(`heading out of order: ${h}`);
    return i;
  });
  const title = lines.find((l) => l.trim())?.trim() ?? '';
  const sections = HEADINGS.map(([h, level], k): SectionIn => ({
    title: h,
    level,
    blocks: sectionBlocks(h, lines.slice(starts[k] + 1, starts[k + 1] ?? lines.length)),
  }));
  const year = Number(/(\d{4})\/\d+/.exec(title)?.[1]);
  return { header: { directorate, division: '', title, year, cabinetMember: '', director: '', planContact: '' }, sections };
}
