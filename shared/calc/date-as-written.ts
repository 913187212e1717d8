/**
 * Target dates as people write them ("Sept 2008", "April 2008 - March 2009", "Summer 2008",
 * "31/03/09", "On going"). The text is always what we keep and show; this only recognises the month and year it
 * names so the app can sort deliverables and flag the overdue ones. Unrecognised text stays as typed.
 */

export type TargetDateKind = 'month' | 'season' | 'year';
export interface TargetDate {
  /** 1..12; null for a bare year. */
  month: number | null;
  year: number;
  kind: TargetDateKind;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/**
 * A season is due by its end as the county's school year runs: spring and summer terms end around
 * Easter and in July, the autumn term in December; winter is taken as February.
 */
const SEASONS: Record<string, number> = { spring: 4, summer: 7, autumn: 12, winter: 2 };
/**
 * Kent schools run a six-term year (terms 1-2 autumn, 3-4 spring, 5-6 summer); "End of terms 2, 4 and
 * 6 2009" appears in the sample. Each term maps to the month it ends in.
 */
const TERM_END_MONTH = [0, 10, 12, 2, 4, 5, 7];

// One pass over the text, in order: numeric dates first so their years are not read twice.
const TOKEN = new RegExp(
  [
    // A whole date, day first as written in the UK, with one separator throughout and a year of two or
    // four digits: 31/03/09, 31.03.2009, 31-03-2009. The same separator both times keeps "1-2 2009"
    // (a range of terms) and "2008/09" (a financial year) out.
    String.raw`\b(?<dmyDay>\d{1,2})(?<dmySep>[/.-])(?<dmyMonth>\d{1,2})\k<dmySep>(?<dmyYear>(?:19|20)?\d{2})\b`,
    String.raw`\b(?<isoYear>(?:19|20)\d{2})-(?<isoMonth>\d{1,2})-\d{1,2}\b`, // 2009-03-31
    String.raw`\b(?:\d{1,2}[/.])?(?<num>\d{1,2})[/.](?<numYear>(?:19|20)\d{2})\b`, // 03/2009, 31/03/2009
    String.raw`\b(?<fyStart>(?:19|20)\d{2})/(?<fyEnd>\d{1,2}|(?:19|20)\d{2})\b`, // financial year 2008/09
    String.raw`\b(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`,
    String.raw`\b(?<season>spring|summer|autumn|winter)\b`,
    String.raw`\bterms?\s+(?<terms>[1-6](?:\s*(?:,|&|and)\s*[1-6])*)\b`,
    String.raw`\b(?<year>(?:19|20)\d{2})\b`,
  ].join('|'),
  'gi',
);

// Written as "X onwards" / "X then ongoing": the work is due from X, so the first date counts.
const FROM_START = /\bonwards?\b|\b(?:then\s+)?on[\s-]?going\b/i;

/** "09" is 2009 and "98" 1998: plans look a few years either side of now, never seventy. */
const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y));

type Pending = { month: number; kind: 'month' | 'season' };

/** Every month/season/year the text names, in order of writing. */
function mentions(text: string): TargetDate[] {
  const out: TargetDate[] = [];
  // Month and season names wait for the next year written: "Sept & Dec 2008" names both in 2008.
  let pending: Pending[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    if (g.dmyYear) {
      const month = Number(g.dmyMonth);
      const day = Number(g.dmyDay);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push({ month, year: fullYear(g.dmyYear), kind: 'month' });
    } else if (g.isoYear) {
      const month = Number(g.isoMonth);
      if (month >= 1 && month <= 12) out.push({ month, year: Number(g.isoYear), kind: 'month' });
    } else if (g.numYear) {
      const month = Number(g.num);
      if (month >= 1 && month <= 12) out.push({ month, year: Number(g.numYear), kind: 'month' });
    } else if (g.fyStart) {
      // A financial year ends in March of its second calendar year.
      const start = Number(g.fyStart);
      const end = Number(g.fyEnd);
      if (end === start + 1 || end === (start + 1) % 100 || end === (start + 1) % 10) {
        out.push({ month: 3, year: start + 1, kind: 'month' });
      } else out.push({ month: null, year: start, kind: 'year' });
    } else if (g.month) {
      pending.push({ month: MONTHS[g.month.slice(0, 3).toLowerCase()], kind: 'month' });
    } else if (g.season) {
      pending.push({ month: SEASONS[g.season.toLowerCase()], kind: 'season' });
    } else if (g.terms) {
      // Terms are listed in school-year order, so the highest-numbered one is the last due.
      const last = Math.max(...(g.terms.match(/[1-6]/g) ?? []).map(Number));
      pending.push({ month: TERM_END_MONTH[last], kind: 'season' });
    } else if (g.year) {
      const year = Number(g.year);
      if (pending.length === 0) out.push({ month: null, year, kind: 'year' });
      else out.push(...pending.map((p) => ({ ...p, year })));
      pending = [];
    }
  }
  // Names left without a year ("March", "Termly") say nothing we can place.
  return out;
}

const indexOf = (d: TargetDate): number => d.year * 12 + ((d.month ?? 12) - 1);

/**
 * The month and year a target is due: the latest one named for a range or list ("April 2008 - March
 * 2009"), the first for "X onwards". Null when the text names no year ("Termly", "Ongoing", "TBC").
 */
export function parseTargetDate(text: string): TargetDate | null {
  const found = mentions(text ?? '');
  if (found.length === 0) return null;
  if (FROM_START.test(text)) return found[0];
  return found.reduce((best, d) => (indexOf(d) > indexOf(best) ? d : best));
}

/** year*12 + (month-1), for sorting; a bare year sorts as its December. */
export function dueMonthIndex(text: string): number | null {
  const d = parseTargetDate(text);
  return d ? indexOf(d) : null;
}

/** True once the whole target month (or year) has passed; never for text we cannot place. */
export function isOverdue(text: string, today: Date): boolean {
  const due = dueMonthIndex(text);
  return due !== null && today.getFullYear() * 12 + today.getMonth() > due;
}

/** Recognised dates first in date order, then the rest in text order. */
export function compareTargets(a: string, b: string): number {
  const da = dueMonthIndex(a);
  const db = dueMonthIndex(b);
  if (da !== null && db !== null && da !== db) return da - db;
  if (da !== null && db === null) return -1;
  if (da === null && db !== null) return 1;
  return a.localeCompare(b, 'en');
}
