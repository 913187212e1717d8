/**
 * Plan files in the desktop app's page: the File menu's three plan-file items run the same store actions as
 * the browser File menu's buttons (runCommand), and a plan file opened from outside the app (double-click,
 * second launch, Recent files) goes through the same open flow as File > Open plan file…, once the page
 * is ready for it. The page's stores run here against recording stand-ins for the preload's two bridges.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MergeReview } from '../../shared/merge/review';

const calls: [string, unknown][] = [];
const review: MergeReview = { planId: 3, items: [], changes: 2, conflicts: 1 };
const answers: Record<string, unknown> = {
  savePlanFile: { fileName: 'Unit plan 2008-09.plan', dataBase64: 'U1FMaXRl' },
  saveFile: { path: '/home/u/Mail/Unit plan 2008-09.plan' },
  openFile: { fileName: 'back.plan', dataBase64: 'YmFjaw==' },
  previewPlanMerge: review,
  listPlans: [{ id: 3 }, { id: 9 }],
  getPlan: { id: 9, sections: [] },
  getPlanSkeleton: { id: 9, sections: [] },
  historyState: { undo: null, redo: null },
};
/** What takeOpenedFile hands out next: files, refusals (as errors), then null. */
const waiting: ({ fileName: string; dataBase64: string } | { error: string })[] = [];
let openedListener: (() => void) | null = null;
const recorder = (names: readonly string[]) =>
  Object.fromEntries(
    names.map((n) => [
      n,
      async (arg: unknown) => (
        calls.push([n, arg]),
        { ok: true, result: typeof answers[n] === 'function' ? (answers[n] as (a: unknown) => unknown)(arg) : (answers[n] ?? null) }
      ),
    ]),
  );

let files: typeof import('../../renderer/stores/file-commands');
let opened: typeof import('../../renderer/stores/opened-plan-files');
let planStore: typeof import('../../renderer/stores/plan-store');
let uiStore: typeof import('../../renderer/stores/ui-store');
let merge: typeof import('../../renderer/stores/plan-file-commands');

beforeAll(async () => {
  const { CALL_NAMES } = await import('../../shared/api/contract');
  const desktop = {
    ...recorder(['saveFile', 'openFile', 'showInFolder', 'print']),
    takeOpenedFile: async (arg: unknown) => {
      calls.push(['takeOpenedFile', arg]);
      const next = waiting.shift() ?? null;
      return next && 'error' in next ? { ok: false, error: { message: next.error } } : { ok: true, result: next };
    },
    onCommand: () => () => {},
    onOpenedFile: (fn: () => void) => ((openedListener = fn), () => void (openedListener = null)),
  };
  (globalThis as { window?: unknown }).window = { planEditor: recorder(CALL_NAMES), planEditorDesktop: desktop };
  files = await import('../../renderer/stores/file-commands');
  opened = await import('../../renderer/stores/opened-plan-files');
  planStore = await import('../../renderer/stores/plan-store');
  uiStore = await import('../../renderer/stores/ui-store');
  merge = await import('../../renderer/stores/plan-file-commands');
});
beforeEach(() => {
  calls.length = 0;
  waiting.length = 0;
  answers.openPlanFile = { existing: { id: 3 } };
  planStore.usePlanStore.setState({ plan: { id: 3 } as never, loading: false });
  uiStore.useUiStore.setState({ message: null });
  merge.usePlanMerge.setState({ merge: null });
});
const settled = () => new Promise((r) => setTimeout(r, 0));

describe('the File menu’s plan-file items (runCommand, as the buttons)', () => {
  it('save a copy: the plan file from the contract, then the native save dialog', async () => {
    await files.runCommand('save-plan-file');
    expect(calls).toEqual([
      ['savePlanFile', { planId: 3 }],
      ['saveFile', { fileName: 'Unit plan 2008-09.plan', dataBase64: 'U1FMaXRl', kind: 'plan' }],
    ]);
    expect(uiStore.useUiStore.getState().message?.text).toBe(
      'Saved a copy as /home/u/Mail/Unit plan 2008-09.plan. Send it; when it comes back, merge it (File > Merge changes from a plan file).',
    );
  });

  it('merge: the native open dialog for a plan file, then the review of it against the open plan', async () => {
    await files.runCommand('merge-plan-file');
    expect(calls).toEqual([
      ['openFile', { kind: 'plan' }],
      ['previewPlanMerge', { planId: 3, fileName: 'back.plan', dataBase64: 'YmFjaw==' }],
    ]);
    expect(merge.usePlanMerge.getState().merge).toEqual({ file: answers.openFile, review });
  });

  it('open: a plan this database holds goes to the review; a new one is added and opened', async () => {
    await files.runCommand('open-plan-file');
    expect(calls.map(([n]) => n)).toEqual(['openFile', 'openPlanFile', 'previewPlanMerge']);
    expect(uiStore.useUiStore.getState().message?.text).toBe('This database already holds the plan in back.plan: review what it changes.');
    merge.usePlanMerge.setState({ merge: null });
    calls.length = 0;
    answers.openPlanFile = { added: { id: 9 } };
    await files.runCommand('open-plan-file');
    expect(calls.map(([n]) => n)).toEqual(['openFile', 'openPlanFile', 'listPlans', 'getPlanSkeleton', 'historyState', 'getPlan']);
    expect(planStore.usePlanStore.getState()).toMatchObject({ plan: { id: 9 } });
    expect(uiStore.useUiStore.getState().message?.text).toBe('Opened back.plan as a new plan.');
  });
});

describe('a plan file opened from outside the app', () => {
  it('takes what waited before the page was ready, once the plans have loaded, and opens it as File > Open plan file… does', async () => {
    planStore.usePlanStore.setState({ loading: true });
    waiting.push({ fileName: 'double-clicked.plan', dataBase64: 'ZGM=' });
    const stop = opened.watchOpenedPlanFiles(window.planEditorDesktop!);
    await settled();
    expect(calls).toEqual([]); // the start-up's own plan is still opening: nothing taken yet
    planStore.usePlanStore.setState({ loading: false });
    await opened.openWaitingPlanFiles();
    expect(calls).toEqual([
      ['takeOpenedFile', {}],
      ['openPlanFile', { fileName: 'double-clicked.plan', dataBase64: 'ZGM=' }],
      ['previewPlanMerge', { planId: 3, fileName: 'double-clicked.plan', dataBase64: 'ZGM=' }],
    ]);
    expect(merge.usePlanMerge.getState().merge?.file.fileName).toBe('double-clicked.plan');
    stop();
    expect(openedListener).toBeNull();
  });

  it('opens each file the shell announces, one review at a time, and says why one could not be opened', async () => {
    const stop = opened.watchOpenedPlanFiles(window.planEditorDesktop!);
    await opened.openWaitingPlanFiles();
    calls.length = 0;
    waiting.push(
      { error: 'notes.txt is not a plan file: Plan Editor opens files ending in .plan.' },
      { fileName: 'a.plan', dataBase64: 'YQ==' },
      { fileName: 'b.plan', dataBase64: 'Yg==' },
    );
    openedListener!();
    await opened.openWaitingPlanFiles();
    // a.plan goes to its review (its sentence follows the refusal's); b.plan waits while that review is open.
    expect(uiStore.useUiStore.getState().message).toEqual({ text: 'This database already holds the plan in a.plan: review what it changes.', tone: 'info' });
    expect(calls.filter(([n]) => n === 'openPlanFile').map(([, a]) => (a as { fileName: string }).fileName)).toEqual(['a.plan']);
    expect(merge.usePlanMerge.getState().merge?.file.fileName).toBe('a.plan');
    expect(waiting).toHaveLength(1);
    merge.usePlanMerge.getState().close();
    await opened.openWaitingPlanFiles();
    expect(merge.usePlanMerge.getState().merge?.file.fileName).toBe('b.plan');
    expect(waiting).toHaveLength(0);
    stop();
  });

  it('says a refused file in the status line', async () => {
    waiting.push({ error: 'huge.plan is 80.0 MB; plan files of up to 64 MB can be opened.' });
    await opened.openWaitingPlanFiles();
    expect(uiStore.useUiStore.getState().message).toEqual({ text: 'huge.plan is 80.0 MB; plan files of up to 64 MB can be opened.', tone: 'error' });
    expect(calls.filter(([n]) => n !== 'takeOpenedFile')).toEqual([]);
  });
});
