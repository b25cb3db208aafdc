/**
 * A file served over HTTP(S): fetched with Node's fetch, spooled to a private temporary file
 * (spool.ts) and read by format like any file.
 *
 * Request. GET `url` with `{{window.start}}` / `{{window.end}}` replaced by the window's bounds
 * (ISO 8601 UTC, URL-encoded), the policy's `headers`, `Accept-Encoding: gzip` and a
 * `User-Agent: modelwatch/<version>` unless the headers set them. Userinfo in the URL
 * (`https://user:token@host/…`) becomes an `Authorization: Basic` header (fetch refuses such a
 * URL) unless the headers hold one. Messages name the source by scheme, host and path only
 * (`https://labels.internal/churn.csv.gz`), never the query string, the userinfo or a header
 * value: that is where secrets live.
 *
 * Time. `timeout_ms` bounds the whole read: every attempt, redirect, wait and body byte.
 *
 * Retries (`retries` attempts after the first):
 * - retried: network errors (refused, reset, host not found, a body cut off midway), 5xx, 429
 *   and 408, after an exponential backoff (0.5 s, 1 s, 2 s, … at most 8 s, with jitter) or the
 *   `Retry-After` the server sends (seconds or an HTTP date). A Retry-After over 60 s, or one
 *   that would end past the timeout, is an error that says how long the server asked to wait:
 *   a scheduled monitor should report and go on, not sleep.
 * - not retried: TLS certificate errors, other 4xx (401/403 → source/auth, 404/410 →
 *   source/not-found, the rest → source/http-status), a body past its cap, an unknown format,
 *   the timeout.
 *
 * Redirects (decision). Followed by hand (`redirect: 'manual'`), at most 5. Followed: to the
 * URL's own host (same host name and port; http → https on the default ports counts as the
 * same) and to hosts listed in `allow_redirect_hosts` (`name` or `name:port`). Refused
 * (source/redirect, naming the target host, never its path or query): another host, https →
 * http, a scheme other than http(s). The policy's headers go only to the URL's own host: a
 * redirect to an allowed host is followed *without* them, as curl drops Authorization across
 * hosts (and a pre-signed S3 URL would refuse a second credential anyway).
 *
 * Size and gzip. The body counts against max_bytes as it arrives, and a plain body whose
 * Content-Length is over it is refused before it is read. Node's fetch decodes Content-Encoding
 * (gzip, deflate, br) itself, so the decoded bytes are what count; when a Content-Length gives
 * the encoded size they are also capped at max_gzip_ratio times it (after the free 16 MiB every
 * .gz file has, bytes.ts), so a gzip bomb on the wire stops early. A body that is itself gzip
 * (a .csv.gz file) is spooled compressed and the reader decompresses it under the same caps.
 *
 * Format: `format:`, else the URL path's extension (.csv, .jsonl/.ndjson, .parquet, optionally
 * .gz; the URL asked for, then the one redirected to), else the Content-Type, else
 * data/unknown-format asking for `format:`.
 */
import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { setTimeout as delay } from 'node:timers/promises';
import type { DataFormat, HttpSourceSpec } from '../../policy/types.js';
import { formatBytes, GZIP_FREE_BYTES, ReadBudget } from '../bytes.js';
import { DataError } from '../errors.js';
import type { Table } from '../table.js';
import type { ReadWindow, Source, SourceContext } from './source.js';
import { fillWindow, formatMs, type Spool, withSpool } from './spool.js';

const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 8_000;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const RETRIED_STATUSES: ReadonlySet<number> = new Set([408, 429]);

const CONTENT_TYPES: Readonly<Record<string, DataFormat>> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
};

export const httpSource: Source<HttpSourceSpec> = {
  kind: 'http',
  thread: 'main',
  read: readHttp,
  size: () => Promise.resolve(undefined),
  describe: (spec) => describeUrl(spec.url),
};

async function readHttp(spec: HttpSourceSpec, context: SourceContext): Promise<Table> {
  const name = describeUrl(spec.url);
  const request = prepareRequest(spec, context.window, name);
  return withSpool(async (spool) => {
    const format = await download(request, spec, spool, name, context.signal);
    return spool.read(format, spec.delimiter, ReadBudget.of(spec), context.options, name);
  });
}

/** `https://labels.internal/churn.csv.gz`: scheme, host and path, without userinfo, query or fragment. */
function describeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'http source (its url is not a valid URL)';
  }
  let path = url.pathname;
  try {
    path = decodeURI(path); // shows {{window.start}} as written, not %7B%7B…
  } catch {
    // keep the encoded path
  }
  return `${url.protocol}//${url.host}${path}`;
}

interface Request {
  readonly url: URL;
  /** Sent to the URL's own host only. */
  readonly headers: Headers;
  /** Sent to other (allowed) hosts a redirect leads to. */
  readonly anonymous: Headers;
}

function prepareRequest(spec: HttpSourceSpec, window: ReadWindow | null, name: string): Request {
  const filled = fillWindow(spec.url, window, encodeURIComponent);
  if (filled === null) {
    throw new DataError('policy/conflict', name, 'the url uses {{window.start}} or {{window.end}}, but the model has no window; set data.window (e.g. `window: 7d`), or take the placeholder out of the url');
  }
  let url: URL;
  try {
    url = new URL(filled);
  } catch {
    throw new DataError('policy/invalid-value', name, 'the url is not a valid URL once the window is filled in');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DataError('policy/invalid-value', name, `only http:// and https:// URLs are fetched, not ${url.protocol}//`);
  }
  const anonymous = new Headers({ 'accept-encoding': 'gzip', 'user-agent': `modelwatch/${__MODELWATCH_VERSION__}` });
  const headers = new Headers(anonymous);
  for (const [key, value] of Object.entries(spec.headers)) {
    try {
      headers.set(key, value);
    } catch {
      // fetch's own message quotes the value, which may be a secret.
      throw new DataError('policy/invalid-value', name, `headers: ${JSON.stringify(key)} is not a valid header name, or its value is not a valid header value (a line break or other control character; check the secret it takes)`);
    }
  }
  if (url.username !== '' || url.password !== '') {
    if (!headers.has('authorization')) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers.set('authorization', `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
    }
    url.username = '';
    url.password = '';
  }
  return { url, headers, anonymous };
}

/** Why an attempt failed, and whether another may succeed. */
interface Failure {
  readonly error: DataError;
  readonly retry: boolean;
  /** What the server's Retry-After asked for, ms. */
  readonly retryAfterMs?: number | undefined;
}

/** Fetches `request` into the spool, with redirects and retries; returns the body's format. */
async function download(request: Request, spec: HttpSourceSpec, spool: Spool, name: string, outer: AbortSignal | undefined): Promise<DataFormat> {
  const deadline = AbortSignal.timeout(spec.timeout_ms);
  const signal = outer === undefined ? deadline : AbortSignal.any([deadline, outer]);
  const endsAt = Date.now() + spec.timeout_ms;
  const stopped = (attempt: number): DataError | undefined => {
    if (deadline.aborted) {
      const progress = spool.bytes > 0 ? `, ${formatBytes(spool.bytes)} of the body had arrived` : '';
      return new DataError('source/timeout', name, `no complete response within the source's timeout of ${formatMs(spec.timeout_ms)} (attempt ${attempt}${progress}); raise timeout on the source if the server is slow, or check that it answers`);
    }
    if (outer?.aborted === true) return new DataError('source/interrupted', name, 'the download was stopped before it finished (the model ran out of time)');
    return undefined;
  };
  for (let attempt = 1; ; attempt++) {
    let failure: Failure;
    try {
      return await attemptOnce(request, spec, spool, name, signal);
    } catch (error) {
      const stop = stopped(attempt);
      if (stop !== undefined) throw stop;
      failure = classify(error, request.url, spool, name);
    }
    if (!failure.retry) throw failure.error;
    const tried = `after ${attempt} attempt${attempt === 1 ? '' : 's'} (retries: ${spec.retries})`;
    const asked = failure.retryAfterMs;
    if (attempt > spec.retries) {
      const advice = failure.error.code === 'source/connect' ? "check that the server is up and the url's host and port" : 'try again later, or raise retries if the server fails only now and then';
      throw new DataError(failure.error.code, name, `${failure.error.detail}, ${tried}; ${advice}`);
    }
    if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) {
      throw new DataError(failure.error.code, name, `${failure.error.detail}, and the server asked to wait ${formatMs(asked)} before trying again (Retry-After), longer than modelwatch waits (${formatMs(MAX_RETRY_AFTER_MS)}); the next run will try again`);
    }
    const wait = asked ?? backoff(attempt);
    if (Date.now() + wait >= endsAt) {
      const why = asked !== undefined ? `the server asked to wait ${formatMs(asked)} (Retry-After)` : `the next attempt would start after ${formatMs(wait)}`;
      throw new DataError(failure.error.code, name, `${failure.error.detail}, ${tried}; ${why}, past the source's timeout of ${formatMs(spec.timeout_ms)}`);
    }
    try {
      await delay(wait, undefined, { signal });
    } catch (error) {
      throw stopped(attempt) ?? error;
    }
  }
}

/** One attempt: the request and its redirects, then the body into the spool. */
async function attemptOnce(request: Request, spec: HttpSourceSpec, spool: Spool, name: string, signal: AbortSignal): Promise<DataFormat> {
  // Aborted once the attempt is over, whatever happened: the connection never outlives it.
  const done = new AbortController();
  try {
    const { response, url } = await fetchFollowing(request, spec, name, AbortSignal.any([signal, done.signal]));
    if (!response.ok) {
      await discard(response);
      throw statusFailure(response, name, spec);
    }
    const format = spec.format ?? formatOfPath(request.url) ?? formatOfPath(url) ?? formatOfType(response.headers.get('content-type'));
    if (format === undefined) {
      await discard(response);
      const type = response.headers.get('content-type');
      throw new DataError('data/unknown-format', name, `cannot tell the format: the URL's path has no .csv, .jsonl, .ndjson or .parquet extension and the Content-Type is ${type === null ? 'absent' : JSON.stringify(type.split(';')[0]!.trim())}; set \`format:\` on the source (csv, jsonl or parquet)`);
    }
    let charge: (bytes: number) => void;
    try {
      charge = bodyCharge(response, spec, name);
    } catch (error) {
      await discard(response);
      throw error;
    }
    const body = response.body === null ? Readable.from([]) : Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
    try {
      await spool.write(body, charge);
    } catch (error) {
      throw error instanceof DataError ? error : new BodyBroken(error);
    }
    return format;
  } finally {
    done.abort();
  }
}

/** GET with redirects followed by hand under the rules in the header. */
async function fetchFollowing(request: Request, spec: HttpSourceSpec, name: string, signal: AbortSignal): Promise<{ response: Response; url: URL }> {
  let url = request.url;
  for (let hop = 0; ; hop++) {
    const headers = sameHost(request.url, url) ? request.headers : request.anonymous;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (!REDIRECTS.has(response.status)) return { response, url };
    await discard(response);
    const location = response.headers.get('location');
    if (location === null) throw new DataError('source/redirect', name, `HTTP ${response.status} redirect without a Location header`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new DataError('source/redirect', name, `HTTP ${response.status} redirect to a Location that is not a valid URL`);
    }
    next.username = '';
    next.password = '';
    if (hop === MAX_REDIRECTS) throw new DataError('source/redirect', name, `more than ${MAX_REDIRECTS} redirects (the last to host "${next.host}"); point the url at where the file is`);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new DataError('source/redirect', name, `redirected to a ${next.protocol}// URL; only http and https are followed`);
    }
    if (url.protocol === 'https:' && next.protocol === 'http:') {
      throw new DataError('source/redirect', name, `redirected from https to http (host "${next.host}"), which is refused: the request would travel unencrypted`);
    }
    if (!sameHost(request.url, next) && !allowed(spec, next)) {
      throw new DataError('source/redirect', name, `redirected to host "${next.host}", which the source does not allow; add it to allow_redirect_hosts if you trust it (the policy's headers are not sent to it)`);
    }
    url = next;
  }
}

/** The URL's own host: same name and port, or the http → https upgrade between default ports. */
function sameHost(own: URL, other: URL): boolean {
  if (own.hostname !== other.hostname) return false;
  const ownPort = port(own);
  const otherPort = port(other);
  return ownPort === otherPort || (own.protocol === 'http:' && other.protocol === 'https:' && ownPort === 80 && otherPort === 443);
}

function port(url: URL): number {
  return url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

function allowed(spec: HttpSourceSpec, url: URL): boolean {
  return spec.allow_redirect_hosts.some((host) => {
    const entry = host.toLowerCase();
    return entry === url.hostname || entry === url.host;
  });
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** A non-success status as a Failure (thrown, for `classify` to pass on). */
class StatusFailure extends Error implements Failure {
  constructor(
    readonly error: DataError,
    readonly retry: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

/** The body broke off after the response began. */
class BodyBroken extends Error {
  constructor(override readonly cause: unknown) {
    super('body broke off');
  }
}

function statusFailure(response: Response, name: string, spec: HttpSourceSpec): StatusFailure {
  const status = response.status;
  const reason = response.statusText !== '' ? response.statusText : (STATUS_CODES[status] ?? '');
  const what = `HTTP ${status}${reason !== '' ? ` ${reason}` : ''}`;
  const names = Object.keys(spec.headers);
  if (status === 401 || status === 403) {
    const sent = names.length > 0 ? `the request sent the headers ${names.join(', ')}; check that the secrets they take are set and still valid` : 'the request sent no credentials; add them with `headers:` (e.g. Authorization: "Bearer ${TOKEN}")';
    return new StatusFailure(new DataError('source/auth', name, `${what}: the server refused the credentials (${sent})`), false);
  }
  if (status === 404 || status === 410) {
    return new StatusFailure(new DataError('source/not-found', name, `${what}: the server has no file at this URL; check the url (and the window it asks for)`), false);
  }
  if (status >= 500 || RETRIED_STATUSES.has(status)) {
    return new StatusFailure(new DataError('source/http-status', name, what), true, retryAfterMs(response.headers.get('retry-after')));
  }
  return new StatusFailure(new DataError('source/http-status', name, `${what}: the server refused the request`), false);
}

/** Retry-After as ms: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if absent or unreadable. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Exponential backoff with jitter: attempt 1 waits 0.25–0.5 s, then twice as long each time, at most 8 s. */
function backoff(attempt: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + Math.random() / 2));
}

/** An error thrown by an attempt as a Failure. */
function classify(error: unknown, url: URL, spool: Spool, name: string): Failure {
  if (error instanceof StatusFailure) return error;
  if (error instanceof DataError) return { error, retry: false };
  if (error instanceof BodyBroken) {
    return { error: new DataError('source/interrupted', name, `the response broke off after ${formatBytes(spool.bytes)} of its body (${networkReason(error.cause)})`), retry: true };
  }
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause);
  if (code !== undefined && (code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
    return { error: new DataError('source/connect', name, `TLS with host "${url.host}" failed (${networkReason(cause)}); if the server uses an internal certificate authority, point NODE_EXTRA_CA_CERTS at its certificate`), retry: false };
  }
  return { error: new DataError('source/connect', name, `cannot fetch from host "${url.host}" (${networkReason(cause)})`), retry: true };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed for now',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'the server closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
};

/** `ECONNREFUSED: connection refused`; error messages are kept out (they can quote a URL). */
function networkReason(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined) return NETWORK_REASONS[code] !== undefined ? `${code}: ${NETWORK_REASONS[code]}` : code;
  return error instanceof Error ? stripUrls(error.message) : 'network error';
}

function stripUrls(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (match) => describeUrl(match));
}

/**
 * Counts a body's bytes as they arrive: max_bytes on the decoded bytes, a plain body's
 * Content-Length claimed up front, and a Content-Encoding body's expansion against its
 * Content-Length. Throws (before reading) when a plain body's announced size is over the cap.
 */
function bodyCharge(response: Response, spec: HttpSourceSpec, name: string): (bytes: number) => void {
  const budget = ReadBudget.of(spec);
  const header = response.headers.get('content-length');
  const length = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  const encoded = encoding !== '' && encoding !== 'identity';
  if (!encoded && length !== undefined) budget.claim(name, length);
  const limit = encoded && length !== undefined ? Math.max(GZIP_FREE_BYTES, budget.maxGzipRatio * length) : Infinity;
  let decoded = 0;
  return (bytes) => {
    decoded += bytes;
    if (decoded > limit) {
      throw new DataError('data/too-large', name, `the response (Content-Encoding: ${encoding}) decodes to more than ${formatBytes(limit)}, over ${budget.maxGzipRatio} times its ${formatBytes(length!)} (max_gzip_ratio: ${budget.maxGzipRatio}); a gzip bomb is refused. Raise max_gzip_ratio on the source if the response is genuine`);
    }
    budget.spend(name, bytes);
  };
}

function formatOfPath(url: URL): DataFormat | undefined {
  let path = url.pathname.toLowerCase();
  if (path.endsWith('.gz')) path = path.slice(0, -3);
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) return 'jsonl';
  if (path.endsWith('.parquet')) return 'parquet';
  return undefined;
}

function formatOfType(contentType: string | null): DataFormat | undefined {
  if (contentType === null) return undefined;
  return CONTENT_TYPES[contentType.split(';')[0]!.trim().toLowerCase()];
}
