/**
 * Opening a .plan file from outside the desktop app: which argument of a launch is the file (packaged or
 * a checkout, Chromium's switches anywhere, Linux's file:// URLs, Windows paths), the queue that holds files
 * until the window takes them (macOS sends them before 'ready'), the checks before a file is read, the
 * shell call that hands it over, and the file association the installers register.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { checkPlanFile, MAX_OPEN_PLAN_BYTES, planFileFromArgv, planFileFromSecondInstance, type PlanFileCheck } from '../../electron/desktop/plan-file-path';
import { openedFiles, OPENED_FILES_LIMIT } from '../../electron/desktop/opened-files';
import { makeShellDispatch, makeShellHandlers, type ShellDeps } from '../../electron/desktop/shell-calls';
import { SettingsFile } from '../../electron/desktop/settings';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-open-'));
const ROOT = path.resolve(__dirname, '../..');

describe('the plan file on a command line', () => {
  const packaged = { packaged: true, cwd: '/home/u' };
  const checkout = { packaged: false, cwd: '/home/u/plan-editor' };

  it('packaged: skips the executable and takes the file, resolved against the folder it ran in', () => {
    expect(planFileFromArgv(['/opt/Plan Editor/plan-editor', '/home/u/Unit plan.plan'], packaged)).toBe('/home/u/Unit plan.plan');
    expect(planFileFromArgv(['/opt/Plan Editor/plan-editor', 'Mail/Unit plan.PLAN'], packaged)).toBe('/home/u/Mail/Unit plan.PLAN');
    expect(planFileFromArgv(['/opt/Plan Editor/plan-editor'], packaged)).toBeNull();
  });

  it('in a checkout: skips electron and the app path too (npm start runs `electron <project>`)', () => {
    expect(planFileFromArgv(['/x/node_modules/electron/dist/electron', '/home/u/plan-editor', 'a.plan'], checkout)).toBe('/home/u/plan-editor/a.plan');
    // An app folder whose name ends in .plan is the app, not a file to open.
    expect(planFileFromArgv(['/x/electron', '/home/u/budgets.plan'], checkout)).toBeNull();
    expect(planFileFromArgv(['/x/electron', '/home/u/budgets.plan'], packaged)).toBe('/home/u/budgets.plan');
  });

  it('skips Chromium’s and Electron’s switches wherever a second instance’s argv has them', () => {
    const argv = [
      'C:\\Program Files\\Plan Editor\\Plan Editor.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13345',
      'C:\\Users\\u\\Downloads\\Unit plan.plan',
      '--enable-features=X',
    ];
    expect(planFileFromArgv(argv, { packaged: true, cwd: 'C:\\Users\\u', paths: path.win32 })).toBe('C:\\Users\\u\\Downloads\\Unit plan.plan');
    expect(planFileFromArgv(['/x/electron', '--inspect', '.', '--no-sandbox', 'b.plan'], checkout)).toBe('/home/u/plan-editor/b.plan');
    expect(planFileFromArgv(['/x/plan-editor', '--web', '--open=/etc/x.plan'], packaged)).toBeNull();
  });

  it('reads Windows paths, relative ones against the drive folder, and Linux desktop files’ file:// URLs', () => {
    expect(planFileFromArgv(['Plan Editor.exe', 'Unit plan.plan'], { packaged: true, cwd: 'D:\\Shared\\Plans', paths: path.win32 })).toBe(
      'D:\\Shared\\Plans\\Unit plan.plan',
    );
    expect(planFileFromArgv(['Plan Editor.exe', '\\\\fileserver\\plans\\Unit.plan'], { packaged: true, cwd: 'C:\\', paths: path.win32 })).toBe(
      '\\\\fileserver\\plans\\Unit.plan',
    );
    expect(planFileFromArgv(['Plan Editor.exe', 'file:///C:/Users/u/Unit%20plan.plan'], { packaged: true, cwd: 'C:\\', paths: path.win32 })).toBe(
      'C:\\Users\\u\\Unit plan.plan',
    );
    expect(planFileFromArgv(['/opt/plan-editor', 'file:///home/u/My%20plans/Unit%20plan.plan'], packaged)).toBe('/home/u/My plans/Unit plan.plan');
    // Remote or hosted URLs are not files here.
    for (const url of ['https://evil.example/x.plan', 'file://fileserver/share/x.plan', 'smb://server/x.plan'])
      expect(planFileFromArgv(['/opt/plan-editor', url], packaged), url).toBeNull();
  });

  it('takes only plan files; of several, the last; ignores what is not a string', () => {
    expect(planFileFromArgv(['/opt/plan-editor', 'notes.txt', 'report.pdf'], packaged)).toBeNull();
    expect(planFileFromArgv(['/opt/plan-editor', 'a.plan', 'b.plan', 'c.txt'], packaged)).toBe('/home/u/b.plan');
    expect(planFileFromArgv(['/opt/plan-editor', 7, null, '.plan', 'a.plan'], packaged)).toBe('/home/u/a.plan');
  });

  it('a second launch: the path it sent as additionalData first, else its argv against its own folder', () => {
    const argv = ['/opt/plan-editor', '--allow-file-access-from-files', 'other.plan'];
    expect(planFileFromSecondInstance(argv, '/home/u/Mail', { planFile: '/home/u/Mail/sent.plan' }, true)).toBe('/home/u/Mail/sent.plan');
    expect(planFileFromSecondInstance(argv, '/home/u/Mail', { planFile: null }, true)).toBe('/home/u/Mail/other.plan');
    for (const bad of [{ planFile: 'relative.plan' }, { planFile: '/etc/passwd' }, { planFile: ['/a.plan'] }, null, 'x', undefined]) {
      expect(planFileFromSecondInstance(argv, '/home/u/Mail', bad, true), JSON.stringify(bad)).toBe('/home/u/Mail/other.plan');
    }
    expect(planFileFromSecondInstance(['/opt/plan-editor'], '/home/u', {}, true)).toBeNull();
  });
});

describe('checking a plan file before it is read', () => {
  it('accepts an absolute path to a non-empty regular .plan file, following a link to one', () => {
    const dir = tmp();
    const file = path.join(dir, 'Unit plan.plan');
    fs.writeFileSync(file, 'SQLite format 3\0');
    expect(checkPlanFile(file)).toEqual({ ok: true, file, fileName: 'Unit plan.plan', size: 16 });
    const link = path.join(dir, 'link.plan');
    fs.symlinkSync(file, link);
    expect(checkPlanFile(link)).toMatchObject({ ok: true, size: 16 });
  });

  it('refuses, in one sentence each, what is not a plan file it may read', () => {
    const dir = tmp();
    const at = (name: string) => path.join(dir, name);
    fs.mkdirSync(at('folder.plan'));
    fs.writeFileSync(at('empty.plan'), '');
    fs.writeFileSync(at('huge.plan'), '');
    fs.truncateSync(at('huge.plan'), MAX_OPEN_PLAN_BYTES + 1);
    fs.writeFileSync(at('notes.txt'), 'x');
    execFileSync('mkfifo', [at('pipe.plan')]);
    const reason = (f: unknown) => (checkPlanFile(f) as Extract<PlanFileCheck, { ok: false }>).reason;
    expect(reason(at('folder.plan'))).toBe('folder.plan is not a file.');
    expect(reason(at('pipe.plan'))).toBe('pipe.plan is not a file.');
    expect(reason(at('empty.plan'))).toBe('empty.plan is empty: it is not a plan file.');
    expect(reason(at('huge.plan'))).toBe('huge.plan is 64.0 MB; plan files of up to 64 MB can be opened.');
    expect(reason(at('notes.txt'))).toBe('notes.txt is not a plan file: Plan Editor opens files ending in .plan.');
    expect(reason(at('gone.plan'))).toBe('gone.plan could not be found: it may have been moved or deleted.');
    expect(reason('relative.plan')).toBe('relative.plan could not be opened: its folder is not known.');
    for (const bad of [42, '', `/a\0.plan`, `/${'x'.repeat(5000)}.plan`]) expect(reason(bad)).toBe('That file name is not valid.');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(
      checkPlanFile('/home/u/locked.plan', () => {
        throw denied;
      }),
    ).toEqual({ ok: false, fileName: 'locked.plan', reason: 'locked.plan could not be read (EACCES).' });
  });
});

describe('the queue of opened files', () => {
  const ok = (file: string): PlanFileCheck => ({ ok: true, file, fileName: path.basename(file), size: 1 });

  it('holds files that come before the window, announces them once it is ready, then each new one', () => {
    const q = openedFiles();
    let told = 0;
    expect(q.push(ok('/a.plan'))).toBe(true);
    expect(q.push(ok('/b.plan'))).toBe(true);
    expect(told).toBe(0);
    q.ready(() => void told++);
    expect(told).toBe(1);
    expect(q.push(ok('/c.plan'))).toBe(true);
    expect(told).toBe(2);
    expect([q.take(), q.take(), q.take(), q.take()].map((i) => (i?.ok ? i.file : i))).toEqual(['/a.plan', '/b.plan', '/c.plan', undefined]);
  });

  it('keeps a file once while it waits, a refusal with its reason, and at most ten', () => {
    const q = openedFiles();
    let told = 0;
    q.ready(() => void told++);
    expect(told).toBe(0); // nothing waiting: nothing said
    expect([q.push(ok('/a.plan')), q.push(ok('/a.plan'))]).toEqual([true, false]);
    expect(q.push({ ok: false, fileName: 'x.txt', reason: 'x.txt is not a plan file.' })).toBe(true);
    expect(q.size).toBe(2);
    q.take();
    expect(q.push(ok('/a.plan'))).toBe(true); // taken, so it may come again
    for (let i = 0; i < 20; i++) q.push(ok(`/n${i}.plan`));
    expect(q.size).toBe(OPENED_FILES_LIMIT);
    expect(told).toBe(OPENED_FILES_LIMIT + 1);
  });
});

describe('handing a waiting file to the window (takeOpenedFile)', () => {
  function shell() {
    const dir = tmp();
    const queue = openedFiles();
    const systemRecent: string[] = [];
    const deps = {
      settings: new SettingsFile(path.join(dir, 'desktop.json')),
      documentsFolder: dir,
      recentChanged: () => {},
      openedFiles: queue,
      addToSystemRecent: (f: string) => void systemRecent.push(f),
    } as Partial<ShellDeps> as ShellDeps;
    return { dir, queue, deps, systemRecent, call: makeShellDispatch(makeShellHandlers(deps)) };
  }

  it('reads the oldest waiting file, checked again, lists it under Recent files, and says why one cannot be opened', async () => {
    const s = shell();
    const file = path.join(s.dir, 'Unit plan.plan');
    fs.writeFileSync(file, 'plan bytes');
    s.queue.push(checkPlanFile(file));
    s.queue.push(checkPlanFile(path.join(s.dir, 'notes.txt')));
    s.queue.push(checkPlanFile(file.replace('Unit', 'Moved')));
    expect(await s.call('takeOpenedFile', {})).toEqual({
      ok: true,
      result: { fileName: 'Unit plan.plan', dataBase64: Buffer.from('plan bytes').toString('base64') },
    });
    expect(s.deps.settings.get()).toMatchObject({ recent: [file], lastFolder: s.dir });
    expect(s.systemRecent).toEqual([file]); // the jump list / Dock menu, where it opens through the association
    expect(await s.call('takeOpenedFile', {})).toEqual({
      ok: false,
      error: { message: 'notes.txt is not a plan file: Plan Editor opens files ending in .plan.' },
    });
    expect(await s.call('takeOpenedFile', {})).toEqual({
      ok: false,
      error: { message: 'Moved plan.plan could not be found: it may have been moved or deleted.' },
    });
    expect(await s.call('takeOpenedFile', {})).toEqual({ ok: true, result: null });
  });

  it('reads nothing that changed after it was queued, and takes no path from the page', async () => {
    const s = shell();
    const file = path.join(s.dir, 'a.plan');
    fs.writeFileSync(file, 'x');
    s.queue.push(checkPlanFile(file));
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(await s.call('takeOpenedFile', {})).toEqual({ ok: false, error: { message: 'a.plan is not a file.' } });
    s.queue.push(checkPlanFile(path.join(s.dir, 'a.plan')));
    expect(await s.call('takeOpenedFile', { path: '/etc/passwd' })).toEqual({ ok: false, error: { message: 'That request was not valid.' } });
    expect(s.queue.size).toBe(1);
  });
});

describe('the file association (electron-builder.yml)', () => {
  const yaml = createRequire(__filename)('js-yaml') as { load: (text: string) => unknown };
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    fileAssociations: Record<string, string>[];
    directories: { buildResources: string };
  };

  it('registers .plan with a name, a description, its own mime type and a document icon for Windows and macOS', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'plan',
        name: 'Plan Editor plan file',
        description: 'Business plan file (Plan Editor)',
        mimeType: 'application/x-plan-editor-plan',
        icon: 'plan',
        role: 'Editor',
        rank: 'Owner',
      },
    ]);
    // electron-builder looks for <icon>.ico and <icon>.icns in the build resources folder.
    const ico = fs.readFileSync(path.join(ROOT, config.directories.buildResources, 'plan.ico'));
    // One 256 x 256 image (written as 0 x 0), 32 bits, a PNG.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4), ico.readUInt8(6), ico.readUInt8(7), ico.readUInt16LE(12)]).toEqual([
      0, 1, 1, 0, 0, 32,
    ]);
    const png = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14));
    expect([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20), ico.length]).toEqual(['PNG', 256, 256, 22 + png.length]);
    const icns = fs.readFileSync(path.join(ROOT, config.directories.buildResources, 'plan.icns'));
    expect([icns.subarray(0, 4).toString(), icns.readUInt32BE(4)]).toEqual(['icns', icns.length]);
    const first = icns.subarray(16, 8 + icns.readUInt32BE(12));
    expect([icns.subarray(8, 12).toString(), first.readUInt32BE(16), icns.subarray(8 + icns.readUInt32BE(12), 12 + icns.readUInt32BE(12)).toString()]).toEqual([
      'ic09',
      512,
      'ic08',
    ]);
  });
});
