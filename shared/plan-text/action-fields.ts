/**
 * Splitting the free text of action-table cells into the list values the actions table stores:
 * accountable managers, cited plans ("links") and target dates. Each splitter only splits where the
 * seed clearly lists several things; anything it does not recognise stays as one entry.
 */
import type { Deliverable } from '../model/columns';
import { squash } from './html-cells';

/**
 * Names of plans and targets the seed cites; a link entry starts at each. Lookbehinds keep
 * "Local CYPP" and "ASK Unit 4" whole.
 */
const LINK_STARTS = [
  'Towards 2010',
  'LAA\\b',
  'LPSA',
  '(?<!Local )(?:K|L)?CYPP?\\b',
  'LA FS targets',
  'LS FS targets',
  'PSA targets',
  'BV ?\\d+',
  'KCC Annual Plan',
  'Kent Primary Strategy',
  'Kent Secondary Strategy',
  'Primary Strategy',
  'School and setting Improvement Strategy',
  'Leadership strategy',
  'Commissioning',
  'ASK (?:[Uu]nits?|Strategic Units)',
  '(?<!ASK |Governance )Unit \\d',
  'SIP\\b',
  '14-19 Learner Strategy',
  'National Strategies Standards Fund',
  'National PS FS team',
  'APA\\d',
  'Supporting Independence Programme',
  'CFE (?:Operations|LCSP|Policy)',
  'LCT Development Plans',
  'CSDS',
  'BSF Transforming',
  'NCSL',
  "The National Children's Plan",
  "The Children's Plan",
  'Teacher Recruitment Plan',
  'Governor Support Unit Plan',
  'Operations (?:BP|Plan)',
  'School Governance Unit',
  'Kent School Games',
  'Kent Campaign',
  'DCS 2012',
  'The Kent Partnerships Agreement',
  'Community Directorate',
  '\\*{5}',
  'Healthy Schools\\b(?! team)',
];
const LINK_START = new RegExp(`(?<=^|\\s)(?:${LINK_STARTS.join('|')})`, 'g');

/** "Towards 2010 - 10 LAA 1 CYPP Priority 10" -> ["Towards 2010 - 10", "LAA 1", "CYPP Priority 10"]. */
export function splitLinks(text: string): string[] {
  // Two or more spaces are line breaks inside the printed cell: always an entry boundary.
  const pieces = text
    .split(/\s{2,}/)
    .map(squash)
    .filter(Boolean);
  const out: string[] = [];
  for (const piece of pieces) {
    const starts = [...piece.matchAll(LINK_START)].map((m) => m.index ?? 0).filter((i) => i > 0);
    let from = 0;
    for (const s of [...starts, piece.length]) {
      const entry = piece.slice(from, s).trim().replace(/,$/, '');
      if (entry) out.push(entry);
      from = s;
    }
  }
  return out;
}

const NAME = /^[A-Z][a-z'’]+(?: [A-Z][A-Za-z'’-]+){1,2}$/;

/**
 * Accountable managers. Split on "/" only when every side is a person's name ("Helen Smith/ Heidi
 * Barton"), and at "Area N –" where the cell lists one manager per area; otherwise as written.
 */
export function splitManagers(text: string): string[] {
  const t = squash(text);
  if (!t) return [];
  const slashed = t.split('/').map((s) => s.trim());
  if (slashed.length > 1 && slashed.every((s) => NAME.test(s))) return slashed;
  const areas = t.split(/\s+(?=Area \d+ –)/);
  return areas.length > 1 ? areas : [t];
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Winter)';
const DATE = new RegExp(`\\b(?:(?:from\\s+)?${MONTH}(?:\\s+\\d{4})?(?:\\s+(?:onwards|then ongoing))?|On[- ]?going|Ongoing|Termly)\\b`, 'g');

/**
 * Target dates as written. The seed prints several dates in one cell separated only by spaces
 * ("Sept 2008  On going July 2008 Termly"); a chunk made only of recognised dates is split into
 * them, anything else ("End of terms 2, 4 and 6 2009") stays whole.
 */
export function splitDates(chunks: string[]): string[] {
  return chunks.flatMap((chunk) => {
    const c = squash(chunk);
    if (!c) return [];
    const found = [...c.matchAll(DATE)].map((m) => m[0]);
    return found.length && found.join(' ') === c ? found : [c];
  });
}

/**
 * The seed prints dates in their own column, often fewer than the deliverables: one date applies to
 * every deliverable; otherwise they pair in order and deliverables left over get no date.
 */
export function pairDeliverables(texts: string[], dates: string[]): Deliverable[] {
  return texts.map((text, i) => ({ text, target: dates.length === 1 ? dates[0] : (dates[i] ?? '') }));
}

/** "Raise standards ... groups. (ECM 3, 5)" -> title without it and ecm "3, 5"; also "... provision ECM 3,5". */
export function splitEcm(text: string): { title: string; ecm: string } {
  const t = squash(text);
  const m = /\s*\(ECM ([^)]*)\)\s*$/.exec(t) ?? /\s+ECM ([\d,\s]+)$/.exec(t);
  return m ? { title: t.slice(0, m.index).trim(), ecm: m[1].trim() } : { title: t, ecm: '' };
}
