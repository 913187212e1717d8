/**
 * The directorate's compendium as one HTML document for one PDF: the introduction (the Managing
 * Director's front matter) first, then each unit plan, each from the one print layout (print-html.ts).
 * Each plan's named pages and sheet classes are renamed apart (p1-wide-3, p2-sheet-1, ...) so one plan's
 * landscape pages never take another's page rules.
 */
import type { PlanDocument } from '../../shared/model/plan';
import { printHtml } from './print-html';

const part = (html: string, re: RegExp) => re.exec(html)?.[1] ?? '';

export function compendiumHtml(docs: PlanDocument[]): string {
  const ordered = [...docs.filter((d) => d.kind === 'introduction'), ...docs.filter((d) => d.kind !== 'introduction')];
  const styles: string[] = [];
  const bodies: string[] = [];
  ordered.forEach((doc, k) => {
    const scoped = printHtml(doc)
      .replace(/\b(wide|page)-(\d+)\b/g, `p${k + 1}-$1-$2`)
      .replace(/\bsheet-(\d+)\b/g, `p${k + 1}-sheet-$1`);
    styles.push(part(scoped, /<style>([\s\S]*?)<\/style>/));
    bodies.push(`<div class="compendium-plan" style="break-before: page">\n${part(scoped, /<body>([\s\S]*?)<\/body>/)}\n</div>`);
  });
  const title = ordered[0] ? `${ordered[0].header.directorate}: business plans` : 'Business plans';
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title.replace(/[<&>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<style>${styles.join('\n')}</style>
</head><body>
${bodies.join('\n')}
</body></html>`;
}
