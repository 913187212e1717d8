/**
 * Corpus categories about the container: damaged copies of the real export, bytes that are not a zip or not
 * a workbook, lies in the zip's headers, too many entries, zip bombs, and Office's other containers.
 */
import zlib from 'node:zlib';
import { writeZip, type ZipPart } from './zip-writer';
import { bytes, int, rng, type Category, type CorpusBase } from './corpus-kit';

const DAMAGED = /is damaged|not an Excel \.xlsx workbook|is empty/;
const MB = 1024 * 1024;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const swap = (base: CorpusBase, name: string, change: (p: ZipPart) => ZipPart): ZipPart[] => base.parts.map((p) => (p.name === name ? change(p) : p));
const XML_PARTS = ['xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet5.xml'];

const truncated: Category = {
  name: 'truncated',
  modest: 4,
  cases: ({ real }) => {
    const r = rng(1);
    const fixed = [1, 2, 3, 4, 10, 29, 30, 100, 500, 1000, ...[1, 2, 5, 10, 21, 22, 23, 50, 100, 200].map((k) => real.length - k)];
    const lengths = [...fixed, ...Array.from({ length: 70 }, () => int(r, 5, real.length - 1))];
    return lengths.map((n, i) => ({ name: `truncated-${i}-${n}.xlsx`, expect: DAMAGED, build: () => real.subarray(0, n) }));
  },
};

const randomBytes: Category = {
  name: 'random bytes',
  modest: 3,
  cases: () =>
    Array.from({ length: 40 }, (_, i) => {
      const r = rng(100 + i);
      const n = int(r, 1, 100_000);
      const lead = [Buffer.alloc(0), Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(0)][i % 4];
      const tail = i % 4 === 3 ? fakeEnd(r) : Buffer.alloc(0); // a plausible end record over garbage
      return {
        name: `random-${i}.xlsx`,
        expect: /is damaged|not an Excel \.xlsx workbook|parts, more than/,
        build: () => Buffer.concat([lead, bytes(r, n), tail]),
      };
    }),
};

function fakeEnd(r: () => number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(int(r, 1, 30), 8);
  end.writeUInt16LE(int(r, 1, 30), 10);
  end.writeUInt32LE(int(r, 46, 5000), 12);
  end.writeUInt32LE(int(r, 0, 50_000), 16);
  return end;
}

const bitFlipped: Category = {
  name: 'bit-flipped',
  modest: 4,
  cases: (base) => {
    const built = writeZip(base.parts);
    const targets = built.dataAt.filter((d) => d.end - d.start > 200);
    return Array.from({ length: 90 }, (_, i) => {
      const r = rng(1000 + i);
      const t = targets[i % targets.length];
      const flips = Array.from({ length: int(r, 1, 8) }, () => [int(r, t.start, t.end - 3), 1 << int(r, 0, 7)]);
      return {
        name: `bitflip-${i}-${t.name.replace(/\W+/g, '_')}.xlsx`,
        expect: /is damaged|could not be read/,
        build: () => {
          const b = Buffer.from(built.buf);
          for (const [at, bit] of flips) b[at] ^= bit;
          return b;
        },
      };
    });
  },
};

const notAWorkbook: Category = {
  name: 'zip, not a workbook',
  modest: 3,
  cases: (base) =>
    Array.from({ length: 30 }, (_, i) => {
      const r = rng(2000 + i);
      const kinds: (() => ZipPart[])[] = [
        () => Array.from({ length: int(r, 1, 20) }, (_, k) => ({ name: `notes/note${k}.txt`, data: bytes(r, int(r, 0, 2000)) })),
        () => [
          {
            name: '[Content_Types].xml',
            data: Buffer.from(
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
          },
          { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
        ],
        () => [{ name: 'xl/workbook.xml', data: base.parts.find((p) => p.name === 'xl/workbook.xml')!.data }],
        () => [],
        () => [{ name: 'budget.xlsx', data: base.real, method: 0 }],
        () => [
          { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
          { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
        ],
      ];
      return {
        name: `not-a-workbook-${i}.xlsx`,
        expect: /is a zip file but not an Excel workbook|is not an Excel \.xlsx workbook/,
        build: () => writeZip(kinds[i % kinds.length]()).buf,
      };
    }),
};

const declaredSizes: Category = {
  name: 'lying sizes',
  modest: 3,
  cases: (base) => {
    const sizes = [0xfffffffe, 0xffffff00, 2 ** 31, 1024 * MB, 100 * MB, 65 * MB, 64 * MB + 1, 3000 * MB];
    const over = sizes.map((s) => (p: ZipPart): ZipPart => ({ ...p, declaredSize: s }));
    const under = [0, 1, 10, 100, -1, 0.5].map((k) => (p: ZipPart): ZipPart => ({
      ...p,
      declaredSize: k === -1 ? p.data.length - 1 : k < 1 ? Math.floor(p.data.length * k) : k,
    }));
    const little = [1, 10, 1000, 2, 10].map((k, j) => (p: ZipPart): ZipPart => ({ ...p, declaredSize: j < 3 ? p.data.length + k : p.data.length * k }));
    const crcs = [0, 1, 0xffffffff].map((c) => (p: ZipPart): ZipPart => ({ ...p, crc: c }));
    const stored = [1, 100, -1].map((k) => (p: ZipPart): ZipPart => ({ ...p, method: 0, declaredSize: p.data.length + k }));
    return [...over, ...under, ...little, ...crcs, ...stored].map((lie, i) => {
      const part = XML_PARTS[i % XML_PARTS.length];
      return { name: `lying-size-${i}.xlsx`, expect: /would take|compressed \d+ times|is damaged/, build: () => writeZip(swap(base, part, lie)).buf };
    });
  },
};

const manyEntries: Category = {
  name: 'many entries',
  modest: 2,
  cases: (base) => {
    const tiny = (n: number, dir = 'xl/media/') => Array.from({ length: n }, (_, k) => ({ name: `${dir}f${k}.bin`, data: Buffer.from([k & 255]), method: 0 }));
    const million = (): Buffer => Buffer.from(`<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`);
    const cases: [string, () => Buffer][] = [
      ...[2001, 2500, 5000, 10_000, 30_000, 65_535].map((n): [string, () => Buffer] => [`${n}-entries`, () => writeZip([...base.parts, ...tiny(n)]).buf]),
      ...[65_535, 60_000, 3, 1, 0].map((n): [string, () => Buffer] => [`count-says-${n}`, () => writeZip(base.parts, { declaredCount: n }).buf]),
      ['shadowed-sheet', () => writeZip([...base.parts, { name: 'xl/worksheets/sheet2.xml', data: million() }]).buf],
      [
        'shadowed-strings',
        () => writeZip([...base.parts, { name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst><si><t>${'x'.repeat(50_000)}</t></si></sst>`) }]).buf,
      ],
      ['deep-dirs', () => writeZip([...base.parts, ...tiny(2100, `${'d/'.repeat(100)}`)]).buf],
      ['sheets-dir', () => writeZip([...base.parts, ...tiny(3000, 'xl/worksheets/')]).buf],
    ];
    return cases.map(([name, build]) => ({
      name: `many-entries-${name}.xlsx`,
      expect: /parts, more than|is damaged|not an Excel workbook|more than|sheets|compressed \d+ times/,
      build,
    }));
  },
};

const zeros = (n: number) => zlib.deflateRawSync(Buffer.alloc(n), { level: 9 });

const zipBombs: Category = {
  name: 'zip bombs',
  modest: 2,
  cases: (base) => {
    const bomb = (name: string, size: number): ZipPart => ({ name, data: Buffer.alloc(0), raw: zeros(size), declaredSize: size, crc: 0 });
    const lowEntropy = (): ZipPart => {
      const r = rng(7);
      const data = Buffer.from(Array.from({ length: 8 * MB }, () => 97 + (r() < 0.5 ? 0 : int(r, 0, 3))));
      return { name: 'xl/media/image1.png', data };
    };
    const cases: [string, () => Buffer][] = [
      ...[10, 2, 60].flatMap((mb) =>
        ['xl/media/image1.png', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml'].map((part): [string, () => Buffer] => [
          `${mb}MB-${part.replace(/\W+/g, '_')}`,
          () => writeZip([...base.parts.filter((p) => p.name !== part), bomb(part, mb * MB)]).buf,
        ]),
      ),
      ['overlap-300', () => writeZip([bomb('xl/media/big.bin', 10 * MB), ...base.parts], { overlapCopies: 300 }).buf],
      ['overlap-total', () => writeZip([lowEntropy(), ...base.parts], { overlapCopies: 40 }).buf],
      ['200MB-true', () => writeZip([...base.parts, bomb('xl/media/image9.png', 200 * MB)]).buf],
      [
        'lying-sheet',
        () =>
          writeZip([...base.parts.filter((p) => p.name !== 'xl/worksheets/sheet2.xml'), { ...bomb('xl/worksheets/sheet2.xml', 60 * MB), declaredSize: MB }])
            .buf,
      ],
      ['lying-media', () => writeZip([...base.parts, { ...bomb('xl/media/image2.png', 60 * MB), declaredSize: 1000 }]).buf],
      ['content-types', () => writeZip([bomb('[Content_Types].xml', 60 * MB), ...base.parts.filter((p) => p.name !== '[Content_Types].xml')]).buf],
    ];
    return cases.map(([name, build]) => ({
      name: `zip-bomb-${name}.xlsx`,
      expect: /compressed \d+ times|would take|is damaged|parts, more than|more than 32,767 characters/,
      build,
    }));
  },
};

/** Compound File Binary: the container of .xls workbooks and of password-protected .xlsx ones. */
function cfb(r: () => number, streams: string[]): Buffer {
  const header = Buffer.concat([OLE, bytes(r, 504)]);
  const dir = Buffer.concat(streams.map((s) => Buffer.concat([Buffer.from(s, 'utf16le'), Buffer.alloc(128 - 2 * s.length)])));
  return Buffer.concat([header, dir, bytes(r, int(r, 0, 50_000))]);
}

const oldExcel: Category = {
  name: '.xls (CFB)',
  modest: 2,
  cases: () =>
    Array.from({ length: 15 }, (_, i) => ({
      name: `old-${i}.xls.xlsx`,
      expect: /password-protected or an old-style \.xls/,
      build: () => cfb(rng(3000 + i), ['Root Entry', 'Workbook', 'SummaryInformation']),
    })),
};

const password: Category = {
  name: 'password-protected',
  modest: 2,
  cases: (base) =>
    Array.from({ length: 10 }, (_, i) => ({
      name: `password-${i}.xlsx`,
      expect: /password-protected/,
      build: () =>
        i < 5
          ? cfb(rng(4000 + i), ['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])
          : writeZip(base.parts.map((p, k) => (k % (i - 3) === 0 ? { ...p, flags: 1 } : p))).buf,
    })),
};

const empty: Category = {
  name: 'empty or tiny',
  modest: 2,
  cases: () => ['', 'P', 'PK', 'PK\x03\x04', ' \n'].map((s, i) => ({ name: `tiny-${i}.xlsx`, expect: DAMAGED, build: () => Buffer.from(s, 'latin1') })),
};

export const zipCategories: Category[] = [truncated, randomBytes, bitFlipped, notAWorkbook, declaredSizes, manyEntries, zipBombs, oldExcel, password, empty];
