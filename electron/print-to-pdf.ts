/**
 * The desktop app's PDF: the same print HTML (electron/print/print-html.ts) loaded into a hidden,
 * script-less window and printed by Electron's own Chromium with the document's @page sizes.
 */
import { BrowserWindow } from 'electron';

export async function electronPdf(html: string): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  } finally {
    win.destroy();
  }
}
