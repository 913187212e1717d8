/**
 * Property-based fuzzing of the whole API: every call in the contract receives random and malformed
 * payloads (anything at all, and near-valid ones built around real ids from the database) through the real
 * dispatch. Used by tests/unit/api-fuzz.test.ts (modest counts) and tests/stress/api-fuzz.mts (full counts).
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { Db } from '../../electron/db/open';
import { makeDispatch, type Dispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { importSample } from '../../electron/services/sample';
import { CALL_NAMES, contract, type CallName } from '../../shared/api/contract';
import { TABLE_KINDS, TABLE_KIND_DEFS, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';
import type { ColumnType } from '../../shared/model/columns';
import { HEADER_FIELDS } from '../../shared/model/plan';
import { modelViolations } from './model-rules';
import { XSS_PAYLOADS, XSS_HREFS } from './xss-payloads';

/**
 * Calls left out of the random run. None today: the run uses a bare connection, on which the calls that
 * replace the whole database (restoreBackup, startAgain) can only answer BAD_REQUEST, so their validators
 * are fuzzed too. Were they ever to replace the database here, list them: they would discard what the run checks.
 */
const NOT_FUZZED = new Set<string>([]);
/** Calls that build workbooks or read them (exceljs): slower, so fewer payloads each. */
const SLOW = /^(export|previewBudgetImport|targetCatalogue|targetUses)/;

export interface FuzzReport {
  sent: Record<string, number>;
  codes: Record<string, Record<string, number>>;
  /** Dispatch threw, or answered INTERNAL (a handler crashed on input it should have refused). */
  crashes: string[];
  violations: string[];
  undoRedo: string[];
}

/* ---------- the database's real ids, refreshed as the run adds and removes things ---------- */

interface Pool {
  plan: number[];
  section: number[];
  sections: { id: number; planId: number }[];
  table: number[];
  tables: { id: number; kind: TableKind }[];
  narrative: number[];
  rows: { id: number; kind: TableKind; role: RowRole }[];
}

function pool(db: Db): Pool {
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return {
    plan: ids('SELECT id FROM plan'),
    section: ids('SELECT id FROM plan_section'),
    sections: db.prepare('SELECT id, plan_id AS planId FROM plan_section').all() as Pool['sections'],
    table: ids("SELECT id FROM plan_block WHERE kind = 'table'"),
    tables: db.prepare("SELECT id, table_kind AS kind FROM plan_block WHERE kind = 'table'").all() as Pool['tables'],
    narrative: ids("SELECT id FROM plan_block WHERE kind = 'narrative'"),
    rows: db.prepare('SELECT r.id, b.table_kind AS kind, r.role FROM plan_row r JOIN plan_block b ON b.id = r.block_id').all() as Pool['rows'],
  };
}

/* ---------- values ---------- */

/** Mostly a plausible value, sometimes a hostile one: so most payloads reach the service, not just the validator. */
const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) => fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: bad });

const nest = (depth: number, leaf: unknown, wrap: (x: unknown) => unknown) => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
};

const weirdString = fc.oneof(
  fc.constantFrom(...XSS_PAYLOADS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\t\n', '\u0000', '\u202e', '\ud800', 'NaN', 'Infinity', '-Infinity', '1e308', '-0', '__proto__', 'constructor', 'toString'),
  fc.constantFrom(201, 301, 2_001, 50_001, 100_001).map((n) => 'x'.repeat(n)),
);

const weirdNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    5,
    6,
    -1,
    0.05,
    0.15,
    1.5,
    1e308,
    -1e308,
    1e6,
    1_000_000.04,
    -1_000_000.04,
    999_999.96,
    100_000.04,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, 2 ** 31, -(2 ** 31)),
  fc.double(),
  fc.integer(),
);

const junk = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: weirdString },
  { weight: 1, arbitrary: weirdNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, [], {}, 10n) },
  { weight: 1, arbitrary: fc.integer({ min: 500, max: 5000 }).map((d) => nest(d, 1, (x) => [x])) },
);

const cellValue = fc.oneof(
  weirdString,
  weirdNumber,
  fc.constantFrom(null, true, false, {}, []),
  fc.array(weirdString, { maxLength: 5 }),
  fc.array(fc.record({ text: fc.oneof(weirdString, weirdNumber), target: fc.oneof(weirdString, fc.constant(null)) }, { requiredKeys: [] }), { maxLength: 4 }),
  fc.constant(Array.from({ length: 501 }, () => 'a')),
  junk,
);

const ALL_COLUMNS = [...new Set(Object.values(TABLE_KIND_DEFS).flatMap((d) => d.columns.map((c) => c.id)))];
const column = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ALL_COLUMNS) }, { weight: 1, arbitrary: weirdString });

/** An object with own properties named __proto__ and constructor, as JSON.parse makes them. */
const pollution = fc
  .constantFrom('{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"__proto__":{"toString":"x"},"then":1}')
  .map((s) => JSON.parse(s) as unknown);

const cells = fc.oneof(fc.dictionary(column, cellValue, { maxKeys: 5 }), pollution, junk);

/* ---------- rich documents, mostly almost right ---------- */

const href = fc.oneof(fc.constantFrom(...XSS_HREFS), fc.constantFrom('https://example.org', 'mailto:a@b.c'), weirdString);
const mark = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom({ type: 'bold' }, { type: 'italic' }, { type: 'link', attrs: { href: 'https://example.org/a?b=1' } }) },
  fc.constantFrom(
    { type: 'bold' },
    { type: 'italic' },
    { type: 'code' },
    { type: 'strike' },
    { type: 'script' },
    { type: 'textStyle', attrs: { style: 'x:expression(alert(1))' } },
  ),
  href.map((h) => ({ type: 'link', attrs: { href: h, target: '_blank', onclick: 'alert(1)' } })),
);
const text = fc.record(
  { type: fc.constant('text'), text: mostly(fc.constantFrom(...XSS_PAYLOADS), weirdString), marks: fc.array(mark, { maxLength: 3 }) },
  { requiredKeys: ['type', 'text'] },
);
const inline = fc.oneof(
  { weight: 5, arbitrary: text },
  fc.constantFrom({ type: 'hardBreak' }, { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }, { type: 'html', text: '<script>alert(1)</script>' }),
);
const paragraph = fc.record(
  {
    type: mostly(fc.constantFrom('paragraph', 'heading'), fc.constantFrom('script', 'iframe', 'codeBlock')),
    attrs: mostly(fc.record({ level: fc.integer({ min: 1, max: 4 }) }), fc.oneof(fc.record({ level: weirdNumber }), fc.constant({ onload: 'alert(1)' }))),
    content: fc.array(inline, { maxLength: 4 }),
  },
  { requiredKeys: ['type'] },
);
const block = fc.oneof(
  paragraph,
  paragraph.map((p) => ({ type: 'blockquote', content: [p] })),
  fc.array(paragraph, { maxLength: 3 }).map((ps) => ({ type: 'bulletList', content: [{ type: 'listItem', content: ps }] })),
  fc.integer({ min: 100, max: 4000 }).map((d) => nest(d, { type: 'paragraph' }, (x) => ({ type: 'blockquote', content: [x] }))),
);
/** A document the schema accepts, its text full of payloads: must be stored, shown and printed as text. */
const cleanDoc = fc
  .array(
    fc.record({
      type: fc.constant('paragraph'),
      content: fc.array(
        fc.record({
          type: fc.constant('text'),
          text: fc.constantFrom(...XSS_PAYLOADS),
          marks: fc.subarray([{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/' } }]),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { maxLength: 4 },
  )
  .map((content) => ({ type: 'doc', content }));
const richDoc = fc.oneof(
  { weight: 4, arbitrary: cleanDoc },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('doc'), content: fc.array(block, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: junk },
);

/* ---------- payloads by argument name ---------- */

type Gen = (p: Pool) => fc.Arbitrary<unknown>;

const realOr = (ids: number[]): fc.Arbitrary<unknown> => (ids.length ? mostly(fc.constantFrom(...ids), fc.oneof(weirdNumber, junk)) : weirdNumber);

/** A value of a column's type, sometimes at or past its limits. */
function typedValue(type: ColumnType): fc.Arbitrary<unknown> {
  const short = fc.oneof(fc.constantFrom(...XSS_PAYLOADS), fc.string({ maxLength: 30 }));
  const good: Record<ColumnType, fc.Arbitrary<unknown>> = {
    text: short,
    longText: short,
    measure: short,
    dateText: short,
    list: fc.array(short, { maxLength: 4 }),
    links: fc.array(short, { maxLength: 4 }),
    money: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(-0, 0.05, 999_999.96, -999_999.96)),
    fte: fc.oneof(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.constantFrom(-0, 0.04)),
    rating: fc.integer({ min: 1, max: 5 }),
    deliverables: fc.array(fc.record({ text: short, target: short }), { maxLength: 3 }),
    band: fc.constantFrom('HIGH', 'LOW'),
  };
  return fc.oneof({ weight: 4, arbitrary: good[type] }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: cellValue });
}

const inputColumns = (kind: TableKind, role: RowRole) => {
  const def = TABLE_KIND_DEFS[kind];
  // Computed columns too, now and then: they must be refused, never stored.
  return def.columns.filter((c) => roleDef(kind, role)?.columns.includes(c.id) || c.computed);
};

/** Cells for a row of some kind and role: the right column names with values of (mostly) the right type. */
const cellsFor = (kind: TableKind, role: RowRole): fc.Arbitrary<unknown> => {
  const cols = inputColumns(kind, role);
  return cols.length ? fc.record(Object.fromEntries(cols.map((c) => [c.id, typedValue(c.type)])), { requiredKeys: [] }) : fc.constant({});
};
const anyCells = fc.oneof(
  { weight: 1, arbitrary: fc.constant({}) },
  {
    weight: 5,
    arbitrary: mostly(
      fc.constantFrom(...TABLE_KINDS).chain((k) => cellsFor(k, TABLE_KIND_DEFS[k].roles[0].role)),
      fc.oneof(cells, pollution),
    ),
  },
);

/** A change to a real row: one of its columns, a value of that column's type (mostly). */
const changeFor = (p: Pool): fc.Arbitrary<unknown> =>
  p.rows.length
    ? fc.constantFrom(...p.rows).chain((r) => {
        const cols = inputColumns(r.kind, r.role);
        return fc.record(
          {
            rowId: mostly(fc.constant(r.id), weirdNumber),
            column: mostly(fc.constantFrom(...cols.map((c) => c.id)), column),
            value: fc.constantFrom(...cols).chain((c) => typedValue(c.type)),
          },
          { requiredKeys: [] },
        );
      })
    : fc.record({ rowId: weirdNumber, column, value: cellValue });

const headerFields = Object.fromEntries(
  HEADER_FIELDS.map((f) => [
    f.id,
    f.id === 'year'
      ? mostly(fc.integer({ min: 1980, max: 2110 }), fc.oneof(weirdNumber, weirdString))
      : mostly(fc.constantFrom(...XSS_PAYLOADS, '  Padded  ', 'Plain name'), fc.oneof(weirdString, weirdNumber)),
  ]),
);
const header = mostly(fc.record(headerFields), fc.record(headerFields, { requiredKeys: [] }));
const patch = fc.record(headerFields, { requiredKeys: [] });

const title = mostly(fc.oneof(fc.constantFrom(...XSS_PAYLOADS), fc.string({ minLength: 1, maxLength: 40 })), weirdString);

const FIELDS: Record<string, Gen> = {
  planId: (p) => realOr(p.plan),
  sectionId: (p) => realOr(p.section),
  afterSectionId: (p) => realOr(p.section),
  rowId: (p) => realOr(p.rows.map((r) => r.id)),
  blockId: (p) => realOr([...p.table, ...p.narrative]),
  sectionIds: (p) => fc.array(realOr(p.section), { maxLength: 6 }),
  removed: (p) =>
    fc
      .array(realOr(p.rows.filter((r) => r.role === 'line').map((r) => r.id)), { maxLength: 4 })
      .chain((ids) => mostly(fc.constant(ids), fc.constant([...ids, ...ids]))),
  position: () => mostly(fc.nat({ max: 40 }), weirdNumber),
  role: () => mostly(fc.constantFrom('line', 'memo', 'unit', 'objective', 'action'), weirdString),
  column: () => column,
  value: () => cellValue,
  cells: () => anyCells,
  doc: () => richDoc,
  patch: () => mostly(patch, pollution),
  header: () => header,
  units: () => fc.array(title, { maxLength: 4 }),
  level: () => mostly(fc.constantFrom(1, 2), fc.constantFrom(0, 3, '1', 1.5, null)),
  direction: () => mostly(fc.constantFrom('up', 'down'), fc.constantFrom('left', '', null)),
  tableKind: () => mostly(fc.option(fc.constantFrom(...TABLE_KINDS), { nil: undefined }), weirdString),
  title: () => title,
  query: () => title,
  find: () => mostly(fc.constantFrom('e', 'the', 'Secondary', 'Kent', '2008', 'Quest', 'Central Overheads', '.', '$&'), title),
  replace: () => mostly(fc.oneof(fc.constantFrom('', 'X', '$1'), fc.constantFrom(...XSS_PAYLOADS)), weirdString),
  matchCase: () => mostly(fc.boolean(), junk),
  wholeCell: () => mostly(fc.boolean(), junk),
  only: () => mostly(fc.array(fc.constantFrom('header:title', 'title:1', 'doc:1', 'cell:1:activity'), { maxLength: 3 }), junk),
  key: () => title,
  unit: () => title,
  fileName: () => mostly(fc.constantFrom('budget.xlsx', '<script>.xlsx'), weirdString),
  changes: (p) => fc.array(mostly(changeFor(p), junk), { maxLength: 6 }),
  append: () => fc.array(anyCells, { maxLength: 3 }),
  added: (p) => fc.array(fc.record({ blockId: realOr(p.table), cells: anyCells }, { requiredKeys: [] }), { maxLength: 3 }),
  dataBase64: () =>
    fc.oneof(
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
      fc.constantFrom('UEsDBBQAAAAIAA==', 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', '!!!'),
      weirdString,
    ),
};

/** A generator for an argument the table above does not know (a call added later): ids by name, else anything. */
const fieldGen = (key: string): Gen => FIELDS[key] ?? (/Id$/.test(key) ? (p) => realOr([...p.plan, ...p.section, ...p.rows.map((r) => r.id)]) : () => junk);

function argKeys(name: CallName): string[] {
  const schema = contract[name].args as z.ZodType & { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/** A row for a real table: one of the kind's roles, cells for that role (mostly right). */
const rowFor = (p: Pool): fc.Arbitrary<Record<string, unknown>> =>
  p.tables.length
    ? fc
        .constantFrom(...p.tables)
        .chain((t) =>
          fc
            .constantFrom(...TABLE_KIND_DEFS[t.kind].roles.map((r) => r.role))
            .chain((role) =>
              fc.record({ blockId: mostly(fc.constant(t.id), weirdNumber), role: mostly(fc.constant(role), weirdString), cells: cellsFor(t.kind, role) }),
            ),
        )
    : fc.constant({});

/** Arguments that only make sense together (a row and one of its columns; a table and one of its roles) are drawn together. */
function coupled(keys: string[], p: Pool): fc.Arbitrary<Record<string, unknown>> {
  const has = (...k: string[]) => k.every((x) => keys.includes(x));
  if (has('rowId', 'column', 'value')) return changeFor(p) as fc.Arbitrary<Record<string, unknown>>;
  if (has('blockId', 'role', 'cells')) return rowFor(p);
  // A section to add after, in the plan it is added to (with many plans, ids drawn apart rarely match).
  if (has('planId', 'afterSectionId') && p.sections.length)
    return mostly(
      fc.constantFrom(...p.sections).map((x) => ({ planId: x.planId, afterSectionId: x.id })),
      fc.constant({}),
    ) as fc.Arbitrary<Record<string, unknown>>;
  return fc.constant({});
}

/** Near-valid: the call's own argument names with plausible-to-hostile values, sometimes a key missing or one extra. */
function nearValid(name: CallName, p: Pool): fc.Arbitrary<unknown> {
  const keys = argKeys(name);
  const shape = Object.fromEntries(keys.map((k) => [k, fieldGen(k)(p)]));
  const rec = fc.tuple(fc.record(shape), coupled(keys, p)).map(([a, b]) => ({ ...a, ...b }));
  return fc
    .tuple(
      rec,
      fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...keys, 'extra', '__proto__') }),
      fc.option(junk, { freq: 3 }),
    )
    .map(([r, k, v]) => {
      if (k === null) return r;
      const out = { ...(r as object) } as Record<string, unknown>;
      if (v === null) delete out[k];
      else Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true });
      return out;
    });
}

const payload = (name: CallName, p: Pool): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 8, arbitrary: nearValid(name, p) }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: pollution });

/* ---------- the run ---------- */

/** A PDF renderer that does not start Chromium: the fuzz exercises exportPdf's validation and print HTML. */
const fakePdf = async (html: string) => Buffer.from(`%PDF-1.4 ${html.length}`);

export function fuzzDispatch(db: Db, crashes: string[]): Dispatch {
  return makeDispatch(makeHandlers(db, { renderPdf: fakePdf }), (e) => crashes.push(`logged: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ')}`));
}

export const fuzzedCalls = (): CallName[] => CALL_NAMES.filter((n) => !NOT_FUZZED.has(n));

const describe = (v: unknown): string => {
  try {
    return (JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v)).slice(0, 300);
  } catch {
    return String(v).slice(0, 300);
  }
};

async function send(dispatch: Dispatch, name: string, arg: unknown, report: FuzzReport): Promise<void> {
  report.sent[name] = (report.sent[name] ?? 0) + 1;
  let code = 'ok';
  try {
    const r = await dispatch(name, arg);
    if (!r.ok) {
      code = r.error.code;
      if (code === 'INTERNAL') report.crashes.push(`${name} ${describe(arg)} -> ${r.error.message}`);
    }
  } catch (e) {
    code = 'THREW';
    report.crashes.push(`${name} ${describe(arg)} threw ${(e as Error)?.message}`);
  }
  const codes = (report.codes[name] ??= Object.create(null) as Record<string, number>);
  codes[code] = (codes[code] ?? 0) + 1;
}

/**
 * Sends `runs` payloads to every call (a tenth of that to the slow ones), in chunks so the real ids stay
 * current; keeps at least two plans in the database so deletePlan does not end the run early.
 */
export async function fuzzApi(db: Db, opts: { runs: number; seed: number; chunk?: number; onChunk?: (done: number) => void }): Promise<FuzzReport> {
  // Null-prototype tallies: call names such as '__proto__' are sent too, and must not reach Object.prototype here either.
  const report: FuzzReport = { sent: Object.create(null), codes: Object.create(null), crashes: [], violations: [], undoRedo: [] };
  const dispatch = fuzzDispatch(db, report.crashes);
  const calls = fuzzedCalls();
  const chunk = opts.chunk ?? 5;
  for (let round = 0; round * chunk < opts.runs; round++) {
    if ((db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n < 2) importSample(db);
    const p = pool(db);
    const batches = calls.map((name, i) => {
      const n = Math.min(chunk, opts.runs - round * chunk);
      // deletePlan less often: each one takes half the data away until the sample is imported again.
      const want = SLOW.test(name) || name === 'deletePlan' ? Math.ceil(n / 10) : n;
      return fc.sample(payload(name, p), { numRuns: want, seed: opts.seed + round * 7919 + i }).map((arg) => [name, arg] as const);
    });
    // Interleave the calls, so one call's effect meets the next call's payloads.
    const longest = Math.max(...batches.map((b) => b.length));
    for (let k = 0; k < longest; k++) for (const b of batches) if (b[k]) await send(dispatch, b[k][0], b[k][1], report);
    await send(dispatch, ['no-such-call', '__proto__', 'constructor', 'hasOwnProperty'][round % 4], {}, report);
    // Checked as the run goes, so a broken row is seen before a later call (or deletePlan) hides it.
    for (const v of modelViolations(db)) if (!report.violations.includes(v)) report.violations.push(v);
    opts.onChunk?.(round * chunk + chunk);
  }
  report.undoRedo = await undoRedoAll(db, dispatch);
  return report;
}

/** Undoes every step of every plan, then redoes them all; the model's rules must hold at both ends. */
export async function undoRedoAll(db: Db, dispatch: Dispatch): Promise<string[]> {
  const out: string[] = [];
  const plans = (db.prepare('SELECT id FROM plan').all() as { id: number }[]).map((r) => r.id);
  const walk = async (call: 'undo' | 'redo', planId: number) => {
    for (let i = 0; i < 1_000_000; i++) {
      const r = await dispatch(call, { planId });
      if (!r.ok) return out.push(`${call} plan ${planId}: ${r.error.code} ${r.error.message}`);
      const state = r.result as { canUndo: boolean; canRedo: boolean };
      if (!(call === 'undo' ? state.canUndo : state.canRedo)) return;
    }
  };
  for (const id of plans) await walk('undo', id);
  out.push(...modelViolations(db).map((v) => `after undoing everything: ${v}`));
  for (const id of plans) await walk('redo', id);
  out.push(...modelViolations(db).map((v) => `after redoing everything: ${v}`));
  return out;
}

/** True when some payload managed to add a property to every object. */
export const prototypePolluted = (): boolean => 'polluted' in ({} as Record<string, unknown>) || typeof ({} as { toString: unknown }).toString !== 'function';
