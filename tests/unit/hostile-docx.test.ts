/**
 * Word documents Plan Editor cannot or should not read, through the real import call and the real reader
 * process (dist/node/docx-worker.cjs): each is refused with one sentence naming the file, and no plan is
 * created. The zip's directory is judged before anything is inflated; the process's time limit holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../support/fixtures';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { configureDocxReader } from '../../electron/word/docx-isolated';
import { listPlans } from '../../electron/services/plans';
import { writeZip, type ZipPart } from '../support/zip-writer';
import { seedDocx, SEED_000 } from '../support/seed-docx';

const WORKER = path.resolve('dist/node/docx-worker.cjs');
const MB = 1024 * 1024;
let real: Buffer;
const defaults = configureDocxReader({});

beforeAll(() => {
  if (!fs.existsSync(WORKER)) throw new Error('run npm run build first: the Word reader process is dist/node/docx-worker.cjs');
  real = seedDocx(fs.readFileSync(SEED_000, 'utf8'));
}, 60_000);

afterEach(() => void configureDocxReader({ ...defaults, script: WORKER }));

async function refusal(fileName: string, buf: Buffer): Promise<string> {
  const { db } = tempDb();
  const dispatch = makeDispatch(makeHandlers(db), () => {});
  const r = await dispatch('importWordPlan', { fileName, dataBase64: buf.toString('base64') });
  expect(listPlans(db)).toEqual([]);
  if (r.ok) throw new Error(`${fileName} was imported`);
  expect(r.error.code).toBe('BAD_REQUEST');
  return r.error.message;
}

/** A part whose recorded data is a run of zeros that inflates to `size` bytes. */
const bomb = (name: string, size: number): ZipPart => ({ name, data: Buffer.alloc(size) });

describe('hostile .docx files', () => {
  it('refuses bytes that are not a zip', async () => {
    expect(await refusal('notes.docx', Buffer.from('Dear all, the plan is attached.'))).toBe('notes.docx is not a Word .docx document. Nothing was changed.');
  });

  it('refuses an empty file and an old .doc', async () => {
    expect(await refusal('empty.docx', Buffer.alloc(0))).toBe('empty.docx is empty. Nothing was changed.');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal('old.doc', ole)).toMatch(/^old\.doc is password-protected or an old-style \.doc file\./);
  });

  it('refuses a huge file before reading it', async () => {
    const huge = Buffer.concat([real, Buffer.alloc(20 * MB + 100_000)]);
    expect(await refusal('huge.docx', huge)).toBe('huge.docx is larger than 20 MB; save it without images or split it, then try again. Nothing was changed.');
  });

  it('refuses a zip bomb from the zip directory alone', async () => {
    const buf = writeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, bomb('word/document.xml', 60 * MB)]).buf;
    expect(buf.length).toBeLessThan(1 * MB);
    expect(await refusal('bomb.docx', buf)).toMatch(
      /^bomb\.docx could not be read as a Word document: one part (would take 60 MB uncompressed|is compressed \d+ times over)/,
    );
  });

  it('refuses a truncated document', async () => {
    expect(await refusal('cut.docx', real.subarray(0, Math.floor(real.length / 2)))).toMatch(
      /^cut\.docx could not be read as a Word document: it is damaged or incomplete \(.+\)\. Nothing was changed\.$/,
    );
  });

  it('refuses a zip that is not a Word document', async () => {
    const buf = writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]).buf;
    expect(await refusal('book.docx', buf)).toBe('book.docx is a zip file but not a Word document (it has no word/document.xml). Nothing was changed.');
  });

  it('refuses a document whose XML mammoth cannot read, in its process', async () => {
    const buf = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document><unclosed') },
    ]).buf;
    expect(await refusal('broken.docx', buf)).toMatch(
      /^broken\.docx could not be read as a Word document: it is damaged or in a form Plan Editor cannot read \(.*\)\. Nothing was changed\.$/,
    );
  });

  it('stops a reader that takes too long', async () => {
    configureDocxReader({ script: WORKER, timeLimitMs: 5 });
    expect(await refusal('slow.docx', real)).toBe(
      'slow.docx could not be read as a Word document: it took longer than the 0.005 s Plan Editor allows for reading a document. Nothing was changed.',
    );
  });
});
