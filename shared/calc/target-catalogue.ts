/**
 * The targets of other plans that actions cite in "Links to other plans". People write the citations
 * freely ("Towards 2010 - 10", "CYPP 13 (59/60), 14 (68/69)", "BV40 BV41"); this reads them into
 * canonical keys and checks them against a catalogue built from the plan's own tables, so the app can
 * show the target's full name and flag citations nobody can resolve.
 */

export type TargetKind = 'LAA' | 'CYPP' | 'T2010' | 'BVPI' | 'NI' | 'ASK';

export interface CatalogueTarget {
  /** Canonical: 'T2010-11', 'LAA-1', 'CYPP-P10' (priority), 'CYPP-A47' (action), 'BVPI-41', 'NI-74', 'ASK-4'. */
  key: string;
  kind: TargetKind;
  /** As displayed: 'T2010 Target 11', 'CYPP Priority 10', 'CYPP action 47', 'ASK Unit 4'. */
  code: string;
  /** Full name where the plan gives one, else ''. */
  title: string;
}

/** The little of a plan (PlanIn or PlanDocument) the catalogue reads. */
export interface PlanLike {
  sections: ReadonlyArray<{
    blocks: ReadonlyArray<{ kind: string; tableKind?: string; rows?: ReadonlyArray<{ cells: Record<string, unknown> }> }>;
  }>;
}

/** Advisory Service Kent's strategic units, cited as "ASK Unit 4"; the plans never print their names. */
const ASK_UNITS = [1, 2, 3, 4, 5, 6];

/**
 * CYPP (Children and Young People's Plan) numbers: the seed's priorities run 1-25 and its actions
 * 1-130, so a bare number is ambiguous. The seed itself writes a bare "CYPP 10", "CYPP 12", "CYPP 21"
 * for priorities (lead roles: "CYPP 10 (Actions 47 & 49)") and marks low-numbered actions explicitly
 * ("Priority 2 (action 7)"); so a bare number up to 30 is a priority, above 30 an action, and numbers
 * in brackets or after "action"/"target" are actions.
 */
const CYPP_MAX_PRIORITY = 30;

// Where a citation of each plan starts. "CYP" is a typo seen in the sample, "KCYPP" the Kent CYPP.
const KEYWORD = /\b(towards\s*2010|t2010|local\s+area\s+agreement|laa|k?cypp?|bvpi|bv|national\s+indicators?|ni|ask)(?![a-z])/gi;
// Within a citation: numbers ("194a" keeps its letter, "4.4" is an item of 4), words, brackets.
const PIECE = /\d+(?:\.\d+)?[a-z]?(?![a-z\d])|[a-z]+|[()]/gi;

function kindOf(keyword: string): TargetKind | null {
  const k = keyword.toLowerCase().replace(/\s+/g, ' ');
  if (k.startsWith('towards') || k === 't2010') return 'T2010';
  if (k === 'laa' || k === 'local area agreement') return 'LAA';
  if (k.includes('cyp')) return 'CYPP';
  if (k === 'bvpi' || k === 'bv') return 'BVPI';
  // "NI" and "ASK" only in capitals: "ask" is also an English word.
  if (k.startsWith('national')) return 'NI';
  if (keyword === 'NI') return 'NI';
  if (keyword === 'ASK') return 'ASK';
  return null;
}

/** Keys one plan's citation names; `text` is what follows the keyword up to the next keyword. */
function keysOf(kind: TargetKind, text: string): string[] {
  const keys: string[] = [];
  let cyppMode: 'bare' | 'P' | 'A' = 'bare';
  let inBracket = false;
  const laa: number[] = [];
  for (const [piece] of text.matchAll(PIECE)) {
    const w = piece.toLowerCase();
    if (w === '(' || w === ')') {
      inBracket = w === '(';
      if (!inBracket) cyppMode = 'bare';
      continue;
    }
    if (/^\d/.test(w)) {
      const n = parseInt(w, 10);
      if (n === 0 || n >= 1000) continue; // a year ("Towards 2010 Targets 22 and 47 2010")
      if (kind === 'BVPI') keys.push(`BVPI-${n}${w.match(/[a-z]$/)?.[0] ?? ''}`);
      else if (kind === 'CYPP') {
        const mode = inBracket ? 'A' : cyppMode === 'bare' ? (n <= CYPP_MAX_PRIORITY ? 'P' : 'A') : cyppMode;
        keys.push(`CYPP-${mode}${n}`);
      } else if (kind === 'LAA') laa.push(n);
      else keys.push(`${kind}-${n}`);
      continue;
    }
    if (w === 'and') continue;
    if (kind === 'CYPP' && ['priority', 'priorities', 'p'].includes(w)) cyppMode = 'P';
    else if (kind === 'CYPP' && ['action', 'actions', 'target', 'targets'].includes(w)) cyppMode = 'A';
    // Lead roles write "(Lead on actions 90 & 91)", "Key action 31".
    else if (kind === 'CYPP' && ['key', 'lead', 'support', 'on', 'for'].includes(w)) continue;
    else if (kind === 'T2010' && (w === 'target' || w === 'targets')) continue;
    // "LAA 2 Outcome 2": the first number is the agreement's edition, the outcome follows the word.
    else if (kind === 'LAA' && (w === 'outcome' || w === 'outcomes')) laa.length = 0;
    else if (kind === 'ASK' && ['unit', 'units', 'strategic'].includes(w)) continue;
    else if (kind === 'ASK' && w === 'all') keys.push(...ASK_UNITS.map((n) => `ASK-${n}`));
    else break; // any other word ends the citation: "LPSA 1.3" after "LAA 1", "KS2" after "BVPI 41"
  }
  return [...keys, ...laa.map((n) => `LAA-${n}`)];
}

/** The catalogue keys one free-text link entry cites; [] when it cites nothing recognisable. */
export function parseLinks(entry: string): string[] {
  const starts = [...(entry ?? '').matchAll(KEYWORD)];
  const keys: string[] = [];
  starts.forEach((m, i) => {
    const kind = kindOf(m[1]);
    if (!kind) return;
    const end = i + 1 < starts.length ? starts[i + 1].index! : entry.length;
    keys.push(...keysOf(kind, entry.slice(m.index! + m[0].length, end)));
  });
  return [...new Set(keys)];
}

const KIND_ORDER: TargetKind[] = ['LAA', 'CYPP', 'T2010', 'BVPI', 'NI', 'ASK'];

function target(key: string, title: string): CatalogueTarget {
  const [kind, rest] = key.split('-') as [TargetKind, string];
  const code =
    kind === 'T2010'
      ? `T2010 Target ${rest}`
      : kind === 'LAA'
        ? `LAA Outcome ${rest}`
        : kind === 'CYPP'
          ? rest[0] === 'P'
            ? `CYPP Priority ${rest.slice(1)}`
            : `CYPP action ${rest.slice(1)}`
          : kind === 'ASK'
            ? `ASK Unit ${rest}`
            : `${kind} ${rest}`;
  return { key, kind, code, title };
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

/**
 * A lead-roles paragraph: "LAA Outcome 1: To promote ...", "T2010 Target 10 - Improve ...",
 * "CYPP Priority 15 (LAA 7): ...", or "47) Improve ..." (always a CYPP action: the seed lists actions
 * under the priority they serve). The title goes to the first target named; others get ''.
 */
function paragraphTargets(p: string): [string, string][] {
  const action = /^(\d+)\)\s*(.*)$/s.exec(p);
  if (action) return [[`CYPP-A${Number(action[1])}`, action[2].trim()]];
  const sep = /\s*(?::|\s[-–]\s)\s*/.exec(p);
  const head = sep ? p.slice(0, sep.index) : p;
  const title = sep ? p.slice(sep.index + sep[0].length).trim() : '';
  return parseLinks(head).map((k, i) => [k, i === 0 ? title : '']);
}

/**
 * Every target the plans name: lead roles (paragraphs, plus targets their "Plan" column cites), KPI
 * categories (BVPI), national and priority indicators (NI), and the ASK units. One entry per key,
 * keeping the longest title seen. Sorted by kind, then number.
 */
export function catalogueFromPlan(docs: readonly PlanLike[]): CatalogueTarget[] {
  const titles = new Map<string, string>();
  const add = (key: string, title: string) => {
    if ((titles.get(key) ?? '').length <= title.length) titles.set(key, title);
  };
  ASK_UNITS.forEach((n) => add(`ASK-${n}`, ''));
  for (const doc of docs)
    for (const s of doc.sections)
      for (const b of s.blocks) {
        if (b.kind !== 'table' || !b.rows) continue;
        for (const { cells } of b.rows) {
          if (b.tableKind === 'leadRoles') {
            for (const p of list(cells.target)) for (const [k, t] of paragraphTargets(p)) add(k, t);
            // The "Plan" column names the CYPP actions a unit leads on without repeating "CYPP":
            // "CYPP 21 (LAA 3) (Actions 99 & 101)".
            parseLinks(str(cells.plan).replace(/\bactions?\b/gi, 'CYPP $&')).forEach((k) => add(k, ''));
          } else if (b.tableKind === 'kpi') {
            parseLinks(str(cells.category))
              .filter((k) => k.startsWith('BVPI-'))
              .forEach((k) => add(k, str(cells.indicator)));
          } else if (b.tableKind === 'nationalIndicators' || b.tableKind === 'priorityIndicators') {
            parseLinks(str(cells.ref))
              .filter((k) => k.startsWith('NI-'))
              .forEach((k) => add(k, str(cells.indicator)));
          }
        }
      }
  const rank = (t: CatalogueTarget) => {
    const rest = t.key.slice(t.kind.length + 1); // '11', 'P10', 'A47', '194a'
    return [KIND_ORDER.indexOf(t.kind), rest[0] === 'A' ? 1 : 0, parseInt(rest.replace(/^[PA]/, ''), 10)];
  };
  return [...titles]
    .map(([k, t]) => target(k, t))
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.key.localeCompare(b.key);
    });
}

// The grid asks for every link cell it draws; build each catalogue's key set once.
const keySets = new WeakMap<readonly CatalogueTarget[], Set<string>>();

/** The keys an entry cites; unmatched when it cites none, or one the catalogue does not hold. */
export function linkStatus(entry: string, catalogue: readonly CatalogueTarget[]): { keys: string[]; unmatched: boolean } {
  let known = keySets.get(catalogue);
  if (!known) keySets.set(catalogue, (known = new Set(catalogue.map((t) => t.key))));
  const keys = parseLinks(entry);
  return { keys, unmatched: keys.length === 0 || keys.some((k) => !known.has(k)) };
}
