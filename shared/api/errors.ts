/** Typed errors that cross the process boundary. A handler never throws anything else to a caller. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'UNKNOWN_CALL'
  | 'UNAUTHORIZED'
  | 'INTERNAL'
  /** The edit did not reach the disk (disk full, read-only file); nothing of it was kept. */
  | 'NOT_SAVED'
  /** No database is open: the file was damaged and moved aside, and the user has not chosen a backup yet. */
  | 'NO_DATABASE';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  /** For BAD_REQUEST: which argument was wrong, as a dotted path. */
  path?: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public code: ApiErrorCode,
    message: string,
    public path?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.path ? { path: this.path } : {}) };
  }
}

export const notFound = (what: string, id: number | string): ApiError => new ApiError('NOT_FOUND', `No ${what} with id ${id}.`);
export const badRequest = (message: string, path?: string): ApiError => new ApiError('BAD_REQUEST', message, path);

export type ApiResult<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };
