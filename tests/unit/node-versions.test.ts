/**
 * README's "Which Node each command needs" against what the installed packages declare: each row's Node
 * range must lie inside the `engines` of every package that command runs on, and package.json's engines
 * must be what README quotes. When a dependency raises its Node floor, this fails and the table is fixed.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.resolve(__dirname, '../..');
const req = createRequire(__filename);
const semver = req('semver') as { satisfies: (v: string, range: string) => boolean };
/** Every Node release line x.y.0 from 18 to 28 (ranges here never split a minor), for checking one range inside another. */
const RELEASES = Array.from({ length: 11 * 41 }, (_, i) => `${18 + Math.floor(i / 41)}.${i % 41}.0`);
/** Whether each release `range` allows, `allowed` allows too (semver.subset wants one comparator set to hold all). */
const within = (range: string, allowed: string) => RELEASES.filter((v) => semver.satisfies(v, range)).every((v) => semver.satisfies(v, allowed));
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
// Read from node_modules directly: some packages (@electron/get) do not export their package.json.
const enginesOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

/** Each README row: its first cell, what it says, that as a range (capped at 26: better-sqlite3 12's last), the packages it runs on. */
const ROWS = [
  {
    command: "`npm start`, first run (downloads Electron's runtime) and `npm run dist`",
    says: '22.12 or later',
    range: '>=22.12.0 <27',
    packages: ['electron', '@electron/get', '@electron/rebuild', 'vite', 'better-sqlite3'],
  },
  {
    command: "`npm start` once Electron is installed (the app runs on Electron's own Node)",
    says: '20.19 or later in Node 20, or 22.12 or later',
    range: '^20.19.0 || >=22.12.0 <27',
    packages: ['vite', 'better-sqlite3'],
  },
  {
    command: '`npm run web`, `npx plan-editor`, `npm run build`',
    says: '20.19 or later in Node 20, or 22.12 or later',
    range: '^20.19.0 || >=22.12.0 <27',
    packages: ['vite', 'better-sqlite3', 'playwright-core'],
  },
  {
    command: '`npm test`, `npm run bench`, `npm run stress`',
    says: '20.19 or later in Node 20, 22.12 or later in Node 22, or 24 or later (not 23)',
    range: '^20.19.0 || ^22.12.0 || >=24.0.0 <27',
    packages: ['vite', 'vitest', 'better-sqlite3', '@playwright/test', 'tsx', 'eslint', 'typescript-eslint', 'eslint-plugin-react-hooks', 'prettier'],
  },
];

describe('README: which Node each command needs', () => {
  it.each(ROWS)('$command: $says', ({ command, says, range, packages }) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| ${command} |`));
    expect(row, command).toBeDefined();
    expect(row!.split('|')[2]!.trim()).toBe(says);
    for (const pkg of packages) expect(within(range, enginesOf(pkg)), `${pkg} declares ${enginesOf(pkg)}`).toBe(true);
  });

  it('quotes package.json’s engines, which allows every row', () => {
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(readme).toContain(`\`package.json\`'s \`engines\` says \`${engines}\``);
    for (const { range } of ROWS) expect(within(range, engines), range).toBe(true);
    // And the check itself tells a wrong row: Vitest 4 leaves out Node 23, Electron's tools Node 20.
    expect(within('^20.19.0 || >=22.12.0 <27', enginesOf('vitest'))).toBe(false);
    expect(within('^20.19.0 || >=22.12.0', enginesOf('electron'))).toBe(false);
  });
});
