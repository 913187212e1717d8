/**
 * The layering guard: shared/ (model, calc, contract) imports nothing from electron/ or renderer/; the
 * renderer imports nothing from electron/ (it reaches the main process only through the contract's api);
 * the 'electron' module is loaded only by the shell files, so services, the CLI and the web host run under
 * plain Node; and no folder has an import cycle (a cycle hides which module owns what).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { importCycles, importsOf, sourceFiles, type SourceImport } from '../support/source-imports';

const ROOT = path.resolve('.');

/** The Electron shell: the only files that may import 'electron'. */
const SHELL = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/window.ts',
  'electron/menu.ts',
  'electron/menu-template.ts',
  'electron/print-to-pdf.ts',
  'electron/utility-parser.ts',
];
const isShell = (file: string) => SHELL.includes(file) || file.startsWith('electron/desktop/');
const isElectronModule = (target: string) => target === 'electron' || (target.startsWith('electron/') && !target.includes('.'));

type Rule = (file: string, i: SourceImport) => string | null;

const RULES: Rule[] = [
  (f, i) => (f.startsWith('shared/') && /^(electron|renderer)\//.test(i.target) && i.target.includes('.') ? `shared code imports ${i.target}` : null),
  (f, i) => (f.startsWith('renderer/') && /^electron\//.test(i.target) && i.target.includes('.') ? `the renderer imports ${i.target}` : null),
  (f, i) => (isElectronModule(i.target) && !isShell(f) ? `only the shell may import '${i.target}'` : null),
];

function violations(files: { file: string; imports: SourceImport[] }[]): string[] {
  return files.flatMap(({ file, imports }) =>
    imports.flatMap((i) =>
      RULES.map((rule) => rule(file, i))
        .filter((m): m is string => !!m)
        .map((m) => `${file}:${i.line}: ${m}`),
    ),
  );
}

const files = ['shared', 'renderer', 'electron'].flatMap((d) => sourceFiles(ROOT, d)).map((file) => ({ file, imports: importsOf(ROOT, file) }));

describe('layering', () => {
  it('reads every source file and resolves its imports', () => {
    expect(files.length).toBeGreaterThan(150);
    const main = files.find((f) => f.file === 'electron/main.ts')!;
    expect(main.imports.map((i) => i.target)).toEqual(expect.arrayContaining(['electron', 'electron/utility-parser.ts', 'electron/db/sqlite-binding.ts']));
    const rows = files.find((f) => f.file === 'electron/services/rows.ts')!;
    expect(rows.imports).toContainEqual({ target: 'electron/db/open.ts', typeOnly: true, line: 2 });
  });

  it('keeps shared/ free of electron/ and renderer/, the renderer free of electron/, and Electron in the shell', () => {
    expect(violations(files)).toEqual([]);
  });

  it('catches each kind of breach', () => {
    const planted = [
      {
        file: 'shared/calc/x.ts',
        imports: [
          { target: 'electron/db/open.ts', typeOnly: true, line: 3 },
          { target: 'renderer/api/client.ts', typeOnly: false, line: 4 },
        ],
      },
      { file: 'renderer/app/X.tsx', imports: [{ target: 'electron/services/rows.ts', typeOnly: false, line: 7 }] },
      { file: 'electron/services/x.ts', imports: [{ target: 'electron', typeOnly: false, line: 1 }] },
      { file: 'electron/main.ts', imports: [{ target: 'electron', typeOnly: false, line: 1 }] },
      { file: 'electron/desktop/new-shell-part.ts', imports: [{ target: 'electron', typeOnly: false, line: 1 }] },
    ];
    expect(violations(planted)).toEqual([
      'shared/calc/x.ts:3: shared code imports electron/db/open.ts',
      'shared/calc/x.ts:4: shared code imports renderer/api/client.ts',
      'renderer/app/X.tsx:7: the renderer imports electron/services/rows.ts',
      "electron/services/x.ts:1: only the shell may import 'electron'",
    ]);
  });

  it('has no import cycles in electron/, shared/ or renderer/', () => {
    const graph = new Map(files.map((f) => [f.file, f.imports.filter((i) => !i.typeOnly).map((i) => i.target)] as const));
    expect(importCycles(graph)).toEqual([]);
    // The detector itself: a two-file circle and a file importing itself.
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
          ['c.ts', ['c.ts']],
          ['d.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts'], ['c.ts']]);
  });
});
