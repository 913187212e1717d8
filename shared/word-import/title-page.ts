/**
 * The header fields of a plan from the lines of its title page (the text before the first heading or
 * table): "Cabinet Member: ...", "Director: ...", "... Contact: ...", the plan's title with its year
 * ("Annual Business Unit Operational Plan 2008/9"), and the directorate and division lines above it.
 */
import type { PlanHeader } from '../model/plan';

const FIELDS: { id: 'cabinetMember' | 'director' | 'planContact'; re: RegExp }[] = [
  { id: 'cabinetMember', re: /^cabinet member\s*[:–-]\s*(.+)$/i },
  { id: 'director', re: /^director\s*[:–-]\s*(.+)$/i },
  { id: 'planContact', re: /^(?:unit\s+)?(?:business\s+)?plan\s+contact\s*[:–-]\s*(.+)$/i },
];

/** "2008/9", "2008/09", "2008-09", "2008 - 2009": the financial year's first calendar year. */
const YEAR = /\b(20\d\d|19\d\d)\s*[/–-]\s*\d{1,4}\b/;

export function titlePageHeader(lines: string[], fallbackYear: number): { header: PlanHeader; used: number } {
  const header: PlanHeader = { directorate: '', division: '', title: '', year: fallbackYear, cabinetMember: '', director: '', planContact: '' };
  const rest: string[] = [];
  let used = 0;
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const field = FIELDS.find((f) => f.re.test(line));
    if (field) {
      header[field.id] = field.re.exec(line)![1].trim();
      used++;
    } else if (!header.title && /plan/i.test(line) && YEAR.test(line)) {
      header.title = line;
      header.year = Number(YEAR.exec(line)![1]);
      used++;
    } else rest.push(line);
  }
  // Above the title a plan names its directorate, then its division or unit.
  header.directorate = rest[0] ?? '';
  header.division = rest.find((l) => /division|unit|service/i.test(l) && l !== rest[0]) ?? rest[1] ?? '';
  if (header.directorate) used++;
  if (header.division) used++;
  return { header, used };
}
