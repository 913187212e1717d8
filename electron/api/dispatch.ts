/**
 * The boundary every call crosses, whatever the transport (IPC or HTTP): the name must be a contract
 * call, the argument must pass its validator, and any failure comes back as a typed error, never a throw.
 */
import { contract, isCallName, type Handlers } from '../../shared/api/contract';
import { ApiError, type ApiResult } from '../../shared/api/errors';
import { storageError } from '../db/storage-errors';

export type Dispatch = (name: unknown, arg: unknown) => Promise<ApiResult<unknown>>;

export function makeDispatch(handlers: Handlers, log: (e: unknown) => void = (e) => console.error(e)): Dispatch {
  return async (name, arg) => {
    if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: `There is no call named ${String(name).slice(0, 80)}.` } };
    const parsed = contract[name].args.safeParse(arg ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.join('.');
      return { ok: false, error: { code: 'BAD_REQUEST', message: `${name}: ${path ? `${path}: ` : ''}${issue.message}`, path } };
    }
    try {
      const result = await (handlers[name] as (a: unknown) => unknown)(parsed.data);
      return { ok: true, result };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: e.toJSON() };
      const notSaved = storageError(e);
      if (notSaved) return { ok: false, error: notSaved.toJSON() };
      log(e);
      return { ok: false, error: { code: 'INTERNAL', message: `${name} failed: ${(e as Error)?.message ?? 'unknown error'}` } };
    }
  };
}
