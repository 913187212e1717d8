/**
 * Components leave writes to the stores (issue 13): nothing in renderer/app, renderer/sections or
 * renderer/grid sends a call the contract declares with `write` (WRITE_CALLS) through `api` itself. The
 * stores' commands (renderer/stores/plan-commands.ts and the others) make the call, bring the plan on
 * screen up to date and say the outcome, so every write is followed by the same refresh wherever it starts.
 * Read calls (previews, lists, search, exports) may stay in components.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CALL_NAMES, WRITE_CALLS } from '../../shared/api/contract';
import { sourceFiles } from '../support/source-imports';

const ROOT = path.resolve('.');
const COMPONENT_DIRS = ['renderer/app', 'renderer/sections', 'renderer/grid'];

/** `api.name(`, `api?.name`, `api['name']` and a bare reference `api.name` (passed on to be called later). */
const API_USE = /\bapi\s*(?:\?\.|\.|\[\s*['"`])\s*(\w+)/g;

function writesIn(files: { file: string; src: string }[]): string[] {
  return files.flatMap(({ file, src }) =>
    [...src.matchAll(API_USE)]
      .filter((m) => WRITE_CALLS.has(m[1] as never))
      .map((m) => `${file}:${src.slice(0, m.index).split('\n').length}: api.${m[1]} (a write: call it through a store)`),
  );
}

const files = COMPONENT_DIRS.flatMap((d) => sourceFiles(ROOT, d)).map((file) => ({ file, src: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

describe('components leave writes to the stores', () => {
  it('knows the write calls from the contract', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const name of WRITE_CALLS) expect(CALL_NAMES).toContain(name);
    expect([...WRITE_CALLS]).toEqual(expect.arrayContaining(['updateCell', 'addSection', 'applyEdits', 'applyPlanMerge', 'deletePlan', 'undo', 'tickReview']));
    for (const read of ['getPlan', 'listPlans', 'previewReplace', 'searchPlan', 'history', 'exportPdf', 'savePlanFile'])
      expect(WRITE_CALLS.has(read as never), read).toBe(false);
  });

  it('finds no write call sent through api in renderer/app, renderer/sections or renderer/grid', () => {
    expect(writesIn(files)).toEqual([]);
  });

  it('catches each way of sending one', () => {
    const planted = [
      { file: 'renderer/app/X.tsx', src: "import { api } from '../api/client';\nawait api.renameSection({ sectionId, title });\n" },
      { file: 'renderer/sections/Y.tsx', src: "change(() => api .applyEdits(edits));\nconst f = api['deletePlan'];\nvoid api?.undo;\n" },
      // Reads, AG Grid's own api and other objects' methods pass.
      { file: 'renderer/grid/Z.tsx', src: 'api.getPlan({ planId });\nparams.api.forEachNode(f);\ngridApi.moveRow(1);\nmyapi.updateCell();\n' },
    ];
    expect(writesIn(planted)).toEqual([
      'renderer/app/X.tsx:2: api.renameSection (a write: call it through a store)',
      'renderer/sections/Y.tsx:1: api.applyEdits (a write: call it through a store)',
      'renderer/sections/Y.tsx:2: api.deletePlan (a write: call it through a store)',
      'renderer/sections/Y.tsx:3: api.undo (a write: call it through a store)',
    ]);
  });
});
