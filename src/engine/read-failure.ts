/**
 * A failed read as it crosses from a reader thread (read-worker.ts) to the main thread
 * (read-sources.ts): a failure with its code and, for a DataError, the parts to rebuild it, so
 * that a model whose data was read on a worker reports the same message and `error_code` as one
 * read on the main thread. Its own module because read-worker.ts runs a read when loaded in a
 * worker.
 */
import { DataError } from '../data/errors.js';
import { failure, type Failure } from '../problems.js';

/** The message the main thread posts to ask a reader thread to abort its read (the time budget is spent). */
export const ABORT = 'abort';

/** A failed read as it crosses the thread; `data` is set when the cause was a DataError. */
export interface ReadFailure extends Failure {
  readonly data?: { readonly file: string; readonly detail: string; readonly row?: number; readonly column?: string };
}

/** The failure to post for what a read threw. */
export function readFailure(cause: unknown): ReadFailure {
  if (cause instanceof DataError) {
    const { file, detail, row, column } = cause;
    return { ...failure(cause.code, cause.message), data: { file, detail, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) } };
  }
  return failure('model/data', cause instanceof Error ? cause.message : String(cause));
}

/** What the main thread throws for a posted failure: the same DataError, or an Error with the message. */
export function readError(reply: ReadFailure): Error {
  const data = reply.data;
  return data === undefined ? new Error(reply.message) : new DataError(reply.code, data.file, data.detail, data.row, data.column);
}
