/** Files in and out of the renderer: a download from base64, and a picked file read as base64. */
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

/** Runs an export call and downloads what it returns, saying so (or why not) in the status line. */
export async function exportAndDownload(run: () => Promise<{ fileName: string; dataBase64: string }>, say: (text: string, tone?: 'error' | 'info') => void, type?: string): Promise<void> {
  try {
    const f = await run();
    download(f.fileName, f.dataBase64, type);
    say(`Saved ${f.fileName}.`);
  } catch (e) {
    say((e as Error).message, 'error');
  }
}
