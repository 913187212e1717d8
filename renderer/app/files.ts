/** Files in and out of the renderer: a download from base64, and a picked file read as base64. */
import { desktopShell, shellCall } from '../api/desktop';
import { useSavedFile } from '../stores/saved-file';

export function download(fileName: string, dataBase64: string, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readAsBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Runs an export call and downloads what it returns (in the desktop app: the native save dialog, then an
 * atomic write), saying so (or why not) in the status line.
 */
export async function exportAndDownload(
  run: () => Promise<{ fileName: string; dataBase64: string }>,
  say: (text: string, tone?: 'error' | 'info') => void,
  type?: string,
): Promise<void> {
  try {
    const f = await run();
    if (desktopShell()) {
      const saved = await shellCall('saveFile', {
        fileName: f.fileName,
        dataBase64: f.dataBase64,
        kind: type === 'application/pdf' ? 'pdf' : f.fileName.toLowerCase().endsWith('.docx') ? 'docx' : 'xlsx',
      });
      if (saved) say(`Saved ${saved.path}.`);
      useSavedFile.setState({ path: saved?.path ?? null });
      return;
    }
    download(f.fileName, f.dataBase64, type);
    say(`Saved ${f.fileName}.`);
  } catch (e) {
    say((e as Error).message, 'error');
  }
}
