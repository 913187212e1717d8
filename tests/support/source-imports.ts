/**
 * The project's TypeScript sources and what each imports, read from the text (no compiler): for the
 * layering guard (tests/unit/layering.test.ts). Relative imports are resolved to repository paths
 * ("electron/services/rows.ts"); package imports stay as written ("electron", "zod").
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SourceImport {
  /** A repository path for a relative import, else the package name as written. */
  target: string;
  /** Erased at build time (`import type`, `export type`): no runtime edge. */
  typeOnly: boolean;
  line: number;
}

export function sourceFiles(root: string, dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(root, rel);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.endsWith('.d.mts') ? [rel] : [];
  });
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
const STATIC = /^[ \t]*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(root: string, file: string): SourceImport[] {
  const src = fs.readFileSync(path.join(root, file), 'utf8');
  const lineAt = (i: number) => src.slice(0, i).split('\n').length;
  const out: SourceImport[] = [];
  for (const m of src.matchAll(STATIC)) out.push({ target: resolve(root, file, m[3]), typeOnly: !!m[2], line: lineAt(m.index) });
  for (const m of src.matchAll(DYNAMIC)) out.push({ target: resolve(root, file, m[1]), typeOnly: false, line: lineAt(m.index) });
  return out;
}

function resolve(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`]) {
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

/** Groups of files that import one another in a circle (runtime imports only), each sorted. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
