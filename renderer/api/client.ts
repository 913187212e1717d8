/**
 * The renderer's only door to data: `api.getPlan({ planId })` and so on, typed from the contract.
 * In Electron the preload's bridge carries calls over IPC; in a browser they go to the loopback host
 * with the token from the page address. Either way a failure arrives as an ApiError.
 */
import { CALL_NAMES, type Api, type CallName } from '../../shared/api/contract';
import { ApiError, type ApiResult } from '../../shared/api/errors';

type Bridge = Record<CallName, (arg: unknown) => Promise<ApiResult<unknown>>>;
declare global {
  interface Window {
    planEditor?: Bridge;
  }
}

/** The host's token, from the page address (kept for reloads, which may drop the hash); read once. */
let token: string | null = null;
function httpToken(): string {
  if (token !== null) return token;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem('plan-editor-token', fromHash);
  return (token = fromHash ?? sessionStorage.getItem('plan-editor-token') ?? '');
}

async function overHttp(name: CallName, arg: unknown): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${httpToken()}` },
      body: JSON.stringify(arg ?? {}),
      // Sent while the page unloads: keepalive lets the request outlive it.
      keepalive: closing,
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Plan Editor’s host is not running: start it again with npm run web.' } };
  }
  return (await res.json()) as ApiResult<unknown>;
}

function transport(): (name: CallName, arg: unknown) => Promise<ApiResult<unknown>> {
  const bridge = window.planEditor;
  return bridge ? (name, arg) => bridge[name](arg) : overHttp;
}

const send = transport();

async function call(name: CallName, arg: unknown): Promise<unknown> {
  const r = await send(name, arg);
  if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.path);
  return r.result;
}

/** Calls waiting for the frame to be painted, and those sent but not yet answered. */
const held: (() => void)[] = [];
const unanswered = new Set<Promise<unknown>>();

/**
 * Sends once the frame showing the edit has been drawn and handed on (the frame after it has started) and
 * the window is idle, so the request competes neither with drawing nor with the browser putting that frame
 * on screen: at most 50 ms after that; 100 ms when the window draws no frames (hidden or minimised).
 */
function afterPaint(send: () => void): void {
  let sent = false;
  const once = () => {
    if (sent) return;
    sent = true;
    held.splice(held.indexOf(once), 1);
    send();
  };
  held.push(once);
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(once, { timeout: 50 }) : setTimeout(once, 0));
  requestAnimationFrame(() => requestAnimationFrame(whenIdle));
  setTimeout(once, 100);
}

let closing = false;

/** Sends every held call now: the window is closing. */
export function sendHeldCalls(): void {
  closing = true;
  for (const send of [...held]) send();
  closing = false;
}

/**
 * A call sent once the frame that shows its optimistic result is painted, so the request's cost is not in
 * that frame. Its acknowledgement is timed from the moment it leaves (User Timing `plan-editor:ack:NAME`).
 * Every other call waits until the held ones are answered: calls reach the main process in the order the
 * user made them, and a read sees every earlier write.
 */
export function callAfterPaint<K extends CallName>(name: K, arg: Parameters<Api[K]>[0]): ReturnType<Api[K]> {
  const answer = new Promise((resolve, reject) =>
    afterPaint(() => {
      const start = performance.now();
      const reply = call(name, arg);
      void reply.then(
        () => performance.measure(`plan-editor:ack:${name}`, { start }),
        () => undefined,
      );
      reply.then(resolve, reject);
    }),
  );
  unanswered.add(answer);
  void answer.catch(() => undefined).finally(() => unanswered.delete(answer));
  return answer as ReturnType<Api[K]>;
}

function makeApi(): Api {
  const entries = CALL_NAMES.map((name) => [
    name,
    async (arg: unknown) => {
      if (unanswered.size) await Promise.allSettled([...unanswered]);
      return call(name, arg);
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

export const api: Api = makeApi();

// A value the user saw must not be lost with the window: held calls leave at once when it closes.
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') window.addEventListener('pagehide', sendHeldCalls);
