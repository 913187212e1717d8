/**
 * The Word reader's separate process (bundled to dist/node/docx-worker.cjs): receives one document's
 * bytes, has mammoth turn it into HTML (docx-html.ts), posts back the HTML or a refusal, and waits to be killed. Started like the workbook parser
 * (electron/excel/parse-isolated.ts): child_process.fork under Node, utilityProcess in Electron.
 */
import { docxHtml } from './docx-html';
import { MAX_HTML_CHARS } from './docx-limits';
import type { DocxReply, DocxRequest } from './docx-isolated';

interface ParentPort {
  on(event: 'message', cb: (e: { data: unknown }) => void): void;
  postMessage(m: unknown): void;
}

async function handle(req: DocxRequest): Promise<DocxReply> {
  try {
    const html = await docxHtml(Buffer.from(req.buf));
    if (html.length > MAX_HTML_CHARS) return { ok: false, message: 'its text is longer than Plan Editor reads in one plan' };
    return { ok: true, html };
  } catch (e) {
    return {
      ok: false,
      message: String((e as Error)?.message ?? e)
        .split('\n')[0]
        .slice(0, 200),
    };
  }
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (port) port.on('message', (e) => void handle(e.data as DocxRequest).then((r) => port.postMessage(r)));
else if (process.send) {
  process.on('message', (m) => void handle(m as DocxRequest).then((r) => process.send?.(r)));
  process.on('disconnect', () => process.exit(0));
}
