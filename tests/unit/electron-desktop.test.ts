/**
 * The desktop conventions as pure parts: where the window opens, what is remembered, atomic exports, the
 * shell's calls (validated, through stand-in dialogs) and safe file names. The menu and its commands are in
 * electron-menu.test.ts; their wiring in the built main bundle in electron-security.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SIZE, MIN_SIZE, windowPlacement, windowStateOf } from '../../electron/desktop/window-state';
import { parseSettings, RECENT_LIMIT, SettingsFile, withRecent } from '../../electron/desktop/settings';
import { writeFileAtomic } from '../../electron/desktop/atomic-write';
import { MAX_OPEN_BYTES, makeShellDispatch, makeShellHandlers, safeFileName, type ShellDeps } from '../../electron/desktop/shell-calls';
import { openedFiles } from '../../electron/desktop/opened-files';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-desktop-'));
const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('where the window opens', () => {
  it('first run: the default size, within the screen, placed by the system', () => {
    expect(windowPlacement(undefined, [monitor])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    expect(windowPlacement(undefined, [laptop])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('where it was, at the size it was, maximised if it was', () => {
    expect(windowPlacement({ x: 1500, y: 40, width: 1200, height: 800, maximized: true }, [laptop, monitor])).toEqual({
      x: 1500,
      y: 40,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('on the laptop screen when the monitor it was on has gone, keeping a size that fits', () => {
    expect(windowPlacement({ x: 1500, y: 40, width: 1800, height: 1000, maximized: false }, [laptop])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('pulled fully onto the screen when only part of it was; never smaller than the minimum', () => {
    expect(windowPlacement({ x: 1000, y: 5, width: 900, height: 600, maximized: false }, [laptop])).toEqual({
      x: 466,
      y: 5,
      width: 900,
      height: 600,
      maximized: false,
    });
    expect(windowPlacement({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject({ x: 10, y: 10, ...MIN_SIZE });
  });

  it('ignores a remembered state that is not a rectangle', () => {
    expect(windowPlacement({ x: NaN, y: 0, width: 900, height: 600, maximized: true }, [monitor])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('remembers the normal bounds in whole pixels with the maximised flag', () => {
    expect(windowStateOf({ x: 10.4, y: 20.6, width: 1200.2, height: 799.9 }, true)).toEqual({ x: 10, y: 21, width: 1200, height: 800, maximized: true });
  });
});

describe('remembered settings (desktop.json)', () => {
  it('reads defaults from nothing, damage or wrong types, and keeps what is valid', () => {
    expect(parseSettings(null)).toEqual({ recent: [] });
    expect(parseSettings('{not json')).toEqual({ recent: [] });
    expect(parseSettings(JSON.stringify({ lastFolder: 7, recent: ['/a.xlsx'], window: { x: 'left' } }))).toEqual({ recent: ['/a.xlsx'] });
    expect(parseSettings(JSON.stringify({ lastFolder: '/docs', recent: 'x', window: { x: 1, y: 2, width: 900, height: 600, maximized: false } }))).toEqual({
      lastFolder: '/docs',
      recent: [],
      window: { x: 1, y: 2, width: 900, height: 600, maximized: false },
    });
  });

  it('keeps the newest ten recent files, each once, and the folder of the last one', () => {
    let s = parseSettings(null);
    for (let i = 0; i < 12; i++) s = withRecent(s, `/work/f${i}.xlsx`);
    s = withRecent(s, '/work/f5.xlsx');
    s = withRecent(s, '/other/budgets.xlsx');
    expect(s.recent).toHaveLength(RECENT_LIMIT);
    expect(s.recent.slice(0, 3)).toEqual(['/other/budgets.xlsx', '/work/f5.xlsx', '/work/f11.xlsx']);
    expect(s.recent.filter((f) => f === '/work/f5.xlsx')).toHaveLength(1);
    expect(s.lastFolder).toBe('/other');
  });

  it('survives a restart, and a folder it cannot write costs only the memory', () => {
    const dir = tmp();
    const file = path.join(dir, 'Plan Editor', 'desktop.json');
    new SettingsFile(file).update((s) => withRecent(s, '/docs/a.pdf'));
    expect(new SettingsFile(file).get()).toEqual({ lastFolder: '/docs', recent: ['/docs/a.pdf'] });
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where a folder should be');
    const s = new SettingsFile(path.join(blocked, 'desktop.json'));
    expect(s.update((v) => withRecent(v, '/x/y.xlsx')).recent).toEqual(['/x/y.xlsx']);
  });
});

describe('atomic export writes', () => {
  it('writes the whole file under its name, replacing an older one, with no temporary left', () => {
    const dir = tmp();
    const file = path.join(dir, 'budgets.xlsx');
    fs.writeFileSync(file, 'old');
    writeFileAtomic(file, Buffer.from('new contents'));
    expect(fs.readFileSync(file, 'utf8')).toBe('new contents');
    expect(fs.readdirSync(dir)).toEqual(['budgets.xlsx']);
  });

  it('on failure says why in one sentence and leaves what was there, and no temporary', () => {
    const dir = tmp();
    const folder = path.join(dir, 'budgets.xlsx');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'inside.txt'), 'kept');
    expect(() => writeFileAtomic(folder, Buffer.from('x'))).toThrow(
      'budgets.xlsx could not be saved: a folder of that name is there already. Choose another name.',
    );
    expect(fs.readdirSync(dir)).toEqual(['budgets.xlsx']);
    expect(fs.readFileSync(path.join(folder, 'inside.txt'), 'utf8')).toBe('kept');
    expect(() => writeFileAtomic(path.join(dir, 'gone', 'plan.pdf'), Buffer.from('x'))).toThrow(
      'plan.pdf could not be saved: its folder no longer exists. Choose another folder.',
    );
  });
});

describe('the shell’s calls (stand-in dialogs)', () => {
  function shell(answers: { save?: string | null; open?: string | null } = {}) {
    const dir = tmp();
    const asked: { kind: string; defaultPath: string; filters: unknown }[] = [];
    const shown: string[] = [];
    const printed: string[] = [];
    let recentChanges = 0;
    const deps: ShellDeps = {
      settings: new SettingsFile(path.join(dir, 'desktop.json')),
      documentsFolder: path.join(dir, 'Documents'),
      showSaveDialog: async (o) => (asked.push({ kind: 'save', ...o }), answers.save ? { canceled: false, filePath: answers.save } : { canceled: true }),
      showOpenDialog: async (o) => (
        asked.push({ kind: 'open', ...o }),
        answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] }
      ),
      showItemInFolder: (f) => void shown.push(f),
      planHtml: async (planId, sectionIds) => `<h1>Plan ${planId} sections ${sectionIds?.join(',') ?? 'all'}</h1>`,
      printHtml: async (html) => (printed.push(html), true),
      recentChanged: () => void recentChanges++,
      openedFiles: openedFiles(),
    };
    return { dir, deps, call: makeShellDispatch(makeShellHandlers(deps)), asked, shown, printed, changes: () => recentChanges };
  }
  const data = Buffer.from('PK workbook bytes').toString('base64');

  it('saves through the dialog, starting in Documents, then in the folder last used; adds the extension', async () => {
    const s = shell();
    const target = path.join(s.dir, 'Finance', 'budgets');
    fs.mkdirSync(path.dirname(target));
    s.deps.showSaveDialog = async (o) => (s.asked.push({ kind: 'save', ...o }), { canceled: false, filePath: target });
    expect(await s.call('saveFile', { fileName: 'Unit budgets 2008-09.xlsx', dataBase64: data, kind: 'xlsx' })).toEqual({
      ok: true,
      result: { path: `${target}.xlsx` },
    });
    expect(fs.readFileSync(`${target}.xlsx`, 'utf8')).toBe('PK workbook bytes');
    expect(s.asked[0]).toEqual({
      kind: 'save',
      title: 'Save a copy',
      defaultPath: path.join(s.dir, 'Documents', 'Unit budgets 2008-09.xlsx'),
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    await s.call('saveFile', { fileName: 'Plan.pdf', dataBase64: data, kind: 'pdf' });
    expect(s.asked[1]!.defaultPath).toBe(path.join(s.dir, 'Finance', 'Plan.pdf'));
    expect(s.deps.settings.get().recent[0]).toBe(`${target}.pdf`);
    expect(s.changes()).toBe(2);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const s = shell({ save: null });
    expect(await s.call('saveFile', { fileName: 'a.xlsx', dataBase64: data, kind: 'xlsx' })).toEqual({ ok: true, result: null });
    expect(fs.readdirSync(s.dir)).toEqual([]);
  });

  it('shows in its folder only a file this run saved', async () => {
    const s = shell();
    const file = path.join(s.dir, 'b.xlsx');
    s.deps.showSaveDialog = async () => ({ canceled: false, filePath: file });
    await s.call('saveFile', { fileName: 'b.xlsx', dataBase64: data, kind: 'xlsx' });
    expect(await s.call('showInFolder', { path: file })).toEqual({ ok: true, result: true });
    expect(await s.call('showInFolder', { path: '/etc/passwd' })).toEqual({ ok: true, result: false });
    expect(s.shown).toEqual([file]);
  });

  it('opens a workbook through the dialog, and refuses one over 20 MB in a sentence', async () => {
    const s = shell();
    const small = path.join(s.dir, 'finance.xlsx');
    fs.writeFileSync(small, 'xlsx bytes');
    s.deps.showOpenDialog = async () => ({ canceled: false, filePaths: [small] });
    expect(await s.call('openFile', { kind: 'xlsx' })).toEqual({
      ok: true,
      result: { fileName: 'finance.xlsx', dataBase64: Buffer.from('xlsx bytes').toString('base64') },
    });
    const big = path.join(s.dir, 'huge.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_OPEN_BYTES + 1);
    s.deps.showOpenDialog = async () => ({ canceled: false, filePaths: [big] });
    expect(await s.call('openFile', { kind: 'xlsx' })).toEqual({
      ok: false,
      error: { message: 'huge.xlsx is 20.0 MB; workbooks of up to 20 MB can be imported.' },
    });
    expect(await shell({ open: null }).call('openFile', { kind: 'xlsx' })).toEqual({ ok: true, result: null });
  });

  it('saves and opens plan files through the dialogs with the plan filter; a workbook-sized limit does not apply', async () => {
    const s = shell();
    const target = path.join(s.dir, 'Unit plan');
    s.deps.showSaveDialog = async (o) => (s.asked.push({ kind: 'save', ...o }), { canceled: false, filePath: target });
    expect(await s.call('saveFile', { fileName: 'Unit plan 2008-09.plan', dataBase64: data, kind: 'plan' })).toEqual({
      ok: true,
      result: { path: `${target}.plan` },
    });
    expect(s.asked[0]!.filters).toEqual([{ name: 'Plan file', extensions: ['plan'] }]);
    const big = path.join(s.dir, 'directorate.plan');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_OPEN_BYTES + 1); // over the workbook limit, within the plan file one
    s.deps.showOpenDialog = async (o) => (s.asked.push({ kind: 'open', ...o }), { canceled: false, filePaths: [big] });
    const opened = await s.call('openFile', { kind: 'plan' });
    expect(opened).toMatchObject({ ok: true, result: { fileName: 'directorate.plan' } });
    expect(s.asked[1]).toMatchObject({ title: 'Open a plan file', filters: [{ name: 'Plan file', extensions: ['plan'] }] });
  });

  it('prints the plan’s own print HTML through the system dialog', async () => {
    const s = shell();
    expect(await s.call('print', { planId: 4, sectionIds: [7, 9] })).toEqual({ ok: true, result: { printed: true } });
    expect(s.printed).toEqual(['<h1>Plan 4 sections 7,9</h1>']);
  });

  it('refuses unknown calls and malformed arguments, doing nothing', async () => {
    const s = shell({ save: path.join(os.tmpdir(), 'never.xlsx') });
    const refused = { ok: false, error: { message: 'That request was not valid.' } };
    expect(await s.call('writeAnywhere', {})).toEqual({ ok: false, error: { message: 'Unknown desktop call.' } });
    expect(await s.call('__proto__', {})).toEqual({ ok: false, error: { message: 'Unknown desktop call.' } });
    for (const bad of [
      { fileName: 'a.exe', dataBase64: data, kind: 'exe' },
      { fileName: '', dataBase64: data, kind: 'xlsx' },
      { fileName: 'a.xlsx', dataBase64: 'not base64!', kind: 'xlsx' },
      { fileName: 'a.xlsx', dataBase64: data, kind: 'xlsx', path: '/etc/x' },
      null,
    ]) {
      expect(await s.call('saveFile', bad), JSON.stringify(bad)).toEqual(refused);
    }
    expect(await s.call('print', { planId: -1 })).toEqual(refused);
    expect(await s.call('openFile', { kind: 'exe' })).toEqual(refused);
    expect(s.asked).toEqual([]);
  });

  it('suggests names that are safe on every file system', () => {
    expect(safeFileName('../../etc/passwd', 'xlsx')).toBe('passwd.xlsx');
    expect(safeFileName('C:\\Windows\\win.ini', 'pdf')).toBe('win.ini.pdf');
    expect(safeFileName('Budgets: 2008/09 <draft>?.xlsx', 'xlsx')).toBe('09 -draft--.xlsx');
    expect(safeFileName('Unit budgets 2008-09.xlsx', 'xlsx')).toBe('Unit budgets 2008-09.xlsx');
    expect(safeFileName('...', 'pdf')).toBe('Plan Editor export.pdf');
  });
});
