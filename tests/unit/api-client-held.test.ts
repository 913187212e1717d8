/**
 * The renderer's client holds a cell edit until its frame is on screen (renderer/api/client.ts): nothing
 * leaves before that, every other call waits for it, and a closing window sends it at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Client = typeof import('../../renderer/api/client');
const sent: [string, unknown][] = [];
const frames: (() => void)[] = [];
const listeners = new Map<string, () => void>();
let client: Client;

beforeAll(async () => {
  vi.useFakeTimers();
  const { CALL_NAMES } = await import('../../shared/api/contract');
  const bridge = Object.fromEntries(CALL_NAMES.map((n) => [n, async (arg: unknown) => (sent.push([n, arg]), { ok: true, result: { id: 1 } })]));
  (globalThis as { window?: unknown }).window = { planEditor: bridge, addEventListener: (type: string, fn: () => void) => listeners.set(type, fn) };
  // Frames only when the test draws one; no idle callbacks, so the timer fallback of the idle wait is used.
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (fn: () => void) => frames.push(fn);
  client = await import('../../renderer/api/client');
});
afterAll(() => {
  vi.useRealTimers();
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
});

const drawFrame = () => frames.splice(0).forEach((f) => f());

describe('a cell edit held for its frame', () => {
  it('leaves only after the frame showing it and the next have started, before any later call', async () => {
    sent.length = 0;
    const edit = client.callAfterPaint('updateCell', { rowId: 7, column: 'employee', value: 120 });
    const read = client.api.historyState({ planId: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    drawFrame();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    drawFrame();
    await vi.advanceTimersByTimeAsync(1);
    await edit;
    await read;
    expect(sent.map(([n]) => n)).toEqual(['updateCell', 'historyState']);
  });

  it('leaves at once when the window closes, with no frame drawn', async () => {
    sent.length = 0;
    const edit = client.callAfterPaint('updateCell', { rowId: 7, column: 'employee', value: 777 });
    expect(sent).toEqual([]);
    listeners.get('pagehide')!();
    await edit;
    expect(sent).toEqual([['updateCell', { rowId: 7, column: 'employee', value: 777 }]]);
  });

  it('leaves after 100 ms when the window draws no frames (hidden)', async () => {
    sent.length = 0;
    frames.length = 0;
    const edit = client.callAfterPaint('updateCell', { rowId: 7, column: 'fte', value: 3 });
    await vi.advanceTimersByTimeAsync(99);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await edit;
    expect(sent.map(([n]) => n)).toEqual(['updateCell']);
  });
});
