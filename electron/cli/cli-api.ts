/**
 * The command line's way into a database: the handler table and dispatch the renderer uses, so every
 * argument passes the contract's validation and every failure is the same typed error. A refusal by the
 * contract names the option the user typed ("--since: Too big: …") and exits as a usage error.
 */
import type { Db } from '../db/open';
import { makeDispatch } from '../api/dispatch';
import { makeHandlers } from '../api/handlers';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import type { ArgsOf, CallName, ResultOf } from '../../shared/api/contract';

export type CliApi = <K extends CallName>(name: K, arg: ArgsOf<K>) => Promise<ResultOf<K>>;

/** A refusal of the command's arguments: exit code 2, like any other usage error. */
export class ArgumentError extends Error {}

/** The option a contract field comes from, as the user typed it. */
const OPTION: Record<string, string> = {
  planId: '--plan',
  withPlanId: '--with',
  since: '--since',
  unit: '--unit',
  actions: '--actions',
  directorate: '--directorate',
  sectionIds: '--sections',
  fallback: '--take',
  fileName: 'the file name',
  dataBase64: 'the file',
};

export function cliApi(db: Db): CliApi {
  // Unexpected errors still come back as one line (INTERNAL); the command line prints no stack.
  const dispatch = makeDispatch(makeHandlers(db), () => {});
  return async (name, arg) => {
    const r = await dispatch(name, arg);
    if (r.ok) return r.result as ResultOf<typeof name>;
    throw refusal(name, r.error);
  };
}

/** The contract's refusals start with the call's name ("history: since: …"); a service's own sentence is kept as it is. */
function refusal(name: CallName, e: ApiErrorShape): Error {
  const prefix = `${name}: ${e.path ? `${e.path}: ` : ''}`;
  if (e.code !== 'BAD_REQUEST' || !e.message.startsWith(prefix)) return new ApiError(e.code, e.message, e.path);
  const field = e.path?.split('.')[0] ?? '';
  return new ArgumentError(`${OPTION[field] ?? (field || name)}: ${e.message.slice(prefix.length)} (see plan-editor --help)`);
}
