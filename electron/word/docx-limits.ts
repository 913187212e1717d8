/**
 * How much of a Word document someone sent us Plan Editor will read, and the document's words for the zip
 * checks made before a byte is inflated (zip-limits.ts, shared with workbooks). mammoth has no limits of
 * its own: it inflates document.xml whole and builds a tree of it, so the zip is checked here and the
 * parsing runs in a capped process (docx-isolated.ts). Every refusal is one sentence naming the file.
 */
import { badRequest, type ApiError } from '../../shared/api/errors';
import { checkZip, MAX_PART_BYTES, type ZipFormat } from '../zip-limits';

/** The file itself: a 70-page plan with a structure chart is a few MB; images are what make it large. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** document.xml is the part mammoth holds as one tree; a 70-page plan's is a few MB. */
export const MAX_DOCUMENT_XML_BYTES = 48 * 1024 * 1024;
/** The HTML mammoth writes, which crosses back from the parser process. */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;
/** Parser process: memory (MB of JavaScript heap) and time for one document. */
export const DOCX_MEMORY_MB = 512;
export const DOCX_TIME_LIMIT_MS = 60_000;

/** "<file> could not be read as a Word document: <why>. Nothing was changed." */
export const unreadableDocx = (fileName: string, why: string): ApiError =>
  badRequest(`${fileName} could not be read as a Word document: ${why}. Nothing was changed.`);

const DOCX: ZipFormat = {
  maxBytes: MAX_DOCX_BYTES,
  tooLarge: 'save it without images or split it, then try again.',
  oldStyle: 'is password-protected or an old-style .doc file. Save it from Word as a .docx document without a password, then try again.',
  notZip: 'is not a Word .docx document. Nothing was changed.',
  encrypted: 'is password-protected. Save it from Word without a password, then try again. Nothing was changed.',
  app: 'Word',
  noun: 'document',
  readAs: 'a Word document',
  kind: 'a Word document',
  required: ['word/document.xml'],
  unreadable: unreadableDocx,
  partCap: (name) => (name === 'word/document.xml' ? MAX_DOCUMENT_XML_BYTES : MAX_PART_BYTES),
};

/** The zip's directory, entry by entry, without inflating anything; refuses as soon as a limit is passed. */
export const checkDocxZip = (buf: Buffer, fileName: string): Promise<void> => checkZip(buf, fileName, DOCX);
