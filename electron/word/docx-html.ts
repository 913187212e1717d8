/**
 * A .docx as mammoth's HTML: structure only (headings, paragraphs, lists, tables, bold, italic, links);
 * images dropped, as they are not plan content and only add bytes. Runs in the reader's process
 * (docx-worker.ts), or in this process when no built reader exists (tests from sources).
 */
import mammoth from 'mammoth';

export async function docxHtml(buf: Buffer): Promise<string> {
  const r = await mammoth.convertToHtml({ buffer: buf }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true });
  return r.value;
}
