/**
 * What went wrong with a PostgreSQL read, as the DataError a user reads (docs/errors.md,
 * `source/*`). Messages name the source (`postgres table "predictions"`) and say what to do;
 * they never hold the URL, the host, the port, the user or the password: a network error's own
 * message names the address ("connect ECONNREFUSED 10.0.0.5:5432") and a login error's names
 * the user, so both are described by their code alone. The server's message for an SQL error
 * is quoted (it names the table or column in question and never holds the password), with its
 * hint when it has one.
 *
 * | failure                                             | code               | retried at connect |
 * |-----------------------------------------------------|--------------------|--------------------|
 * | refused, reset, unreachable, connect timeout         | source/connect     | yes                |
 * | 57P03 cannot_connect_now, 53300 too_many_connections | source/connect     | yes                |
 * | host not found                                       | source/connect     | no                 |
 * | 28P01 / 28000 login refused                          | source/auth        | no                 |
 * | 3D000 no such database                               | source/not-found   | no                 |
 * | 42P01 no such table, 42703 no such column            | source/not-found   |                    |
 * | 57014 statement_timeout                              | source/timeout     |                    |
 * | 57P01/57P02 shutdown, 08xxx, connection lost mid-read | source/interrupted |                    |
 * | 25006 read-only violation, any other SQLSTATE         | source/query       |                    |
 */
import { DataError } from '../errors.js';

/** The parts of a pg error (DatabaseError or a Node socket error) that are looked at. */
interface PgError {
  readonly code?: string;
  readonly message: string;
  readonly hint?: string;
}

const RETRIED_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENETDOWN', 'EHOSTDOWN']);
const RETRIED_SQLSTATE = new Set(['57P03', '53300']);
const SQLSTATE = /^[0-9A-Z]{5}$/;

function asPgError(error: unknown): PgError {
  if (error instanceof Error) return error as PgError;
  return { message: String(error) };
}

/** A connect timeout: pg destroys the socket with "timeout expired", or ends it (our own timer). */
export function isConnectTimeout(error: unknown): boolean {
  const { message } = asPgError(error);
  return message === 'timeout expired' || message.includes('connection timeout');
}

/** Whether a failure to connect may pass, so that trying again is worth it. */
export function isRetriedConnectError(error: unknown): boolean {
  const { code, message } = asPgError(error);
  if (code !== undefined && (RETRIED_NETWORK.has(code) || RETRIED_SQLSTATE.has(code))) return true;
  return isConnectTimeout(error) || message === 'Connection terminated unexpectedly';
}

/** A failure to connect and log in, after `attempts` attempts. */
export function connectError(name: string, error: unknown, attempts: number, connectTimeoutMs: number): DataError {
  const { code, message } = asPgError(error);
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  if (code === '28P01' || code === '28000') {
    return new DataError('source/auth', name, 'the server refused the login (wrong password, or no pg_hba.conf entry lets this user in); check the user and password in the source\'s url');
  }
  if (code === '3D000') return new DataError('source/not-found', name, 'the database named in the url does not exist on the server; check the url\'s database name');
  if (code === '57P03') return new DataError('source/connect', name, `the server is starting up or shutting down and accepts no connections${after}; try again later`);
  if (code === '53300') return new DataError('source/connect', name, `the server has no free connection slot (too many connections)${after}; try again later or raise max_connections`);
  if (isConnectTimeout(error)) {
    return new DataError('source/connect', name, `no answer from the server within ${seconds(connectTimeoutMs)} (connect_timeout on the postgres source)${after}; is the server up and reachable from this runner?`);
  }
  if (code === 'ENOTFOUND') return new DataError('source/connect', name, 'host not found: the host name in the url does not resolve; check the url');
  if (code === 'ECONNREFUSED') return new DataError('source/connect', name, `connection refused${after}; is the server running, and are the url's host and port right?`);
  if (code === 'ECONNRESET' || message === 'Connection terminated unexpectedly') {
    return new DataError('source/connect', name, `the server closed the connection before the login finished${after}; check that the url's sslmode matches the server's`);
  }
  if (code !== undefined && RETRIED_NETWORK.has(code)) return new DataError('source/connect', name, `cannot reach the server (${code})${after}; check the network between this runner and the server`);
  if (code !== undefined && SQLSTATE.test(code)) return new DataError('source/connect', name, `the server refused the connection: ${serverMessage(asPgError(error))}`);
  if (message === 'The server does not support SSL connections') return new DataError('source/connect', name, 'the url asks for TLS (sslmode) and the server does not support it; use sslmode=disable only on a trusted network, or enable ssl on the server');
  // Other client-side failures (TLS, a malformed url). Their messages may quote the address, so only their kind is told.
  const kind = error instanceof Error && error.name !== 'Error' ? ` (${error.name})` : '';
  return new DataError('source/connect', name, `cannot connect${kind}${code === undefined ? '' : ` (${code})`}${after}; check the url and its sslmode`);
}

/** What the server or the connection said while the query ran. */
export function queryError(name: string, error: unknown, context: { readonly table?: string | undefined; readonly timeoutMs: number }): DataError {
  if (error instanceof DataError) return error;
  const pg = asPgError(error);
  const { code, message } = pg;
  switch (code) {
    case '42P01':
      return context.table !== undefined
        ? new DataError('source/not-found', name, `table ${JSON.stringify(context.table)} does not exist (or this user cannot see it): ${serverMessage(pg)}. Names are taken exactly as written, case included; a table in another schema is written schema.table`)
        : new DataError('source/not-found', name, `a table of the query does not exist: ${serverMessage(pg)}`);
    case '42703':
      return new DataError('source/not-found', name, `${serverMessage(pg)}; check the column names in the source's ${context.table !== undefined ? 'where and timestamp' : 'query'}`);
    case '57014':
      return new DataError('source/timeout', name, `the query ran longer than its timeout of ${seconds(context.timeoutMs)} and was stopped by the server; make it cheaper (an index on the window's column, a narrower where) or raise timeout on the source`);
    case '25006':
      return new DataError('source/query', name, `the query tried to write, and the source reads in a read-only transaction: ${serverMessage(pg)}`);
    case '57P01':
    case '57P02':
      return new DataError('source/interrupted', name, `the server ended the connection in the middle of the read (${serverMessage(pg)}); no partial data is used, the next run reads again`);
    default:
      break;
  }
  if (code !== undefined && SQLSTATE.test(code)) {
    if (code.startsWith('08')) return new DataError('source/interrupted', name, `the connection broke in the middle of the read (${serverMessage(pg)})`);
    return new DataError('source/query', name, `the server rejected the query: ${serverMessage(pg)}`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || message.startsWith('Connection terminated')) {
    return new DataError('source/interrupted', name, 'the connection was lost in the middle of the read; no partial data is used, the next run reads again');
  }
  // Not the server's: a client-side failure, whose message is ours to show only by kind.
  return new DataError('source/interrupted', name, `the read failed${code === undefined ? '' : ` (${code})`}: ${error instanceof Error ? error.name : 'unknown error'}`);
}

function serverMessage(error: PgError): string {
  const hint = error.hint === undefined || error.hint === '' ? '' : ` (hint: ${error.hint})`;
  return `${error.message}${hint}`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`;
}
