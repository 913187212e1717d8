/**
 * The renderer never turns a string into markup: no innerHTML, outerHTML, insertAdjacentHTML,
 * dangerouslySetInnerHTML or document.write anywhere under renderer/. The one place HTML is shown, the print
 * preview, is an iframe whose sandbox lets no script run.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const RAW_HTML =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|parseFromString)\b|document\s*\.\s*write(ln)?\s*\(/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('no raw HTML in the renderer', () => {
  const files = sources(path.resolve('renderer'));

  it('scans the renderer sources', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith('NarrativeEditor.tsx'))).toBe(true);
  });

  it('has no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML or document.write', () => {
    const found = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (RAW_HTML.test(line) ? [`${path.relative('.', f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the pattern catches each of them', () => {
    for (const s of [
      'el.innerHTML = x',
      'el.outerHTML',
      "el.insertAdjacentHTML('beforeend', x)",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x)',
      'document.writeln(x)',
    ]) {
      expect(RAW_HTML.test(s), s).toBe(true);
    }
  });

  it('the print preview iframe is sandboxed without allow-scripts', () => {
    const src = fs.readFileSync(path.resolve('renderer/sections/PrintPreview.tsx'), 'utf8');
    const frames = src.match(/<iframe\b[^>]*>/g) ?? [];
    expect(frames).toHaveLength(1);
    const sandbox = frames[0]!.match(/\bsandbox="([^"]*)"/);
    expect(sandbox, 'the iframe has a sandbox attribute').not.toBeNull();
    expect(sandbox![1].split(/\s+/)).not.toContain('allow-scripts');
    // No other iframe, object or embed anywhere in the renderer.
    const others = files.filter((f) => !f.endsWith('PrintPreview.tsx') && /<(iframe|object|embed)\b/.test(fs.readFileSync(f, 'utf8')));
    expect(others).toEqual([]);
  });
});
