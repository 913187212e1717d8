/**
 * Reads a Word document someone sent us as HTML, in a separate OS process with a memory cap and a time
 * limit (the workbook import's launcher and rules: electron/excel/parse-isolated.ts), so a hostile file
 * can exhaust only that process. The zip's directory is checked here first (docx-limits.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { currentParserLauncher, runParser, type ParseRequest, type ParserReply } from '../excel/parse-isolated';
import { checkDocxZip, DOCX_MEMORY_MB, DOCX_TIME_LIMIT_MS, unreadableDocx } from './docx-limits';

export interface DocxRequest {
  buf: Uint8Array;
  fileName: string;
}
export type DocxReply = { ok: true; html: string } | { ok: false; message: string };

const config = { script: findScript(), timeLimitMs: DOCX_TIME_LIMIT_MS, memoryLimitMb: DOCX_MEMORY_MB };

function findScript(): string | null {
  if (typeof __dirname === 'undefined') return null;
  const bundled = path.join(__dirname, 'docx-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const built = path.join(__dirname, '..', '..', 'dist', 'node', 'docx-worker.cjs');
  return [bundled, built].find((f) => fs.existsSync(f)) ?? null;
}

/** Tests set the script (the built bundle) and tighter limits; returns what was set before. */
export function configureDocxReader(c: Partial<typeof config>): typeof config {
  const before = { ...config };
  Object.assign(config, c);
  return before;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

export async function readDocxHtml(buf: Buffer, fileName: string): Promise<string> {
  await checkDocxZip(buf, fileName);
  if (!config.script) return (await import('./docx-html')).docxHtml(buf);
  // The launcher carries messages without looking at them; the workbook's request type is only its label.
  const req: DocxRequest = { buf, fileName };
  const outcome = await runParser(currentParserLauncher(), config.script, req as unknown as ParseRequest, config);
  if (outcome.kind === 'reply') {
    const reply = outcome.reply as unknown as DocxReply | ParserReply;
    if (reply.ok && 'html' in reply) return reply.html;
    throw unreadableDocx(fileName, `it is damaged or in a form Plan Editor cannot read (${('message' in reply ? reply.message : '').slice(0, 100)})`);
  }
  if (outcome.kind === 'timeout')
    throw unreadableDocx(fileName, `it took longer than the ${seconds(config.timeLimitMs)} Plan Editor allows for reading a document`);
  if (outcome.outOfMemory) throw unreadableDocx(fileName, 'it needs more memory than Plan Editor allows for a document');
  throw unreadableDocx(fileName, `the document reader stopped unexpectedly (${outcome.detail})`);
}
