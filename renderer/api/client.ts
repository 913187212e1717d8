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

function httpToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem('plan-editor-token', fromHash);
  return fromHash ?? sessionStorage.getItem('plan-editor-token') ?? '';
}

async function overHttp(name: CallName, arg: unknown): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${httpToken()}` },
      body: JSON.stringify(arg ?? {}),
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

function makeApi(): Api {
  const send = transport();
  const entries = CALL_NAMES.map((name) => [
    name,
    async (arg: unknown) => {
      const r = await send(name, arg);
      if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.path);
      return r.result;
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

export const api: Api = makeApi();
