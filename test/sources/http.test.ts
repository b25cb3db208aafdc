// The HTTP source against a real node:http server started here (port 0), reached as two hosts:
// `localhost` (the URL's own) and `127.0.0.1` (another host, for redirects). No mocks: the
// server records what it received and how far it got, and every table is compared with the same
// file read by the file source.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { httpSource } from '../../src/data/sources/http.js';
import type { SourceContext } from '../../src/data/sources/source.js';
import type { HttpSourceSpec } from '../../src/policy/types.js';
import { expectSameTable, privateTmpdir, readFile, spoolsLeft } from './helpers.js';

const tmp = privateTmpdir();
const data = join(tmp, 'data');
mkdirSync(data);

// Secrets that must never reach a message: a header value, another header's value, a query token.
const TOKEN = 'tok-5ecret-bearer';
const KEY = 'key-5ecret-api';
const QUERY_TOKEN = 'qtok-5ecret-query';

const CSV = 'id,score,segment,code\n1,0.25,a,1.50\n2,0.5,b,2\n3,,a,3.0\n4,1e3,c,x4\n';
const files = {
  csv: join(data, 'table.csv'),
  gz: join(data, 'table.csv.gz'),
  jsonl: join(data, 'table.jsonl'),
  parquet: new URL('../fixtures/data/mixed.snappy.parquet', import.meta.url).pathname,
};
writeFileSync(files.csv, CSV);
writeFileSync(files.gz, gzipSync(CSV));
writeFileSync(files.jsonl, '{"id":1,"segment":"a","score":0.5}\n{"id":2,"segment":null,"score":1.5}\n');
const bytesOf = (kind: keyof typeof files): Buffer => readFileSync(files[kind]);

interface Seen {
  readonly host: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}
let seen: Seen[] = [];
const counters = new Map<string, number>();
/** How far the last large body got before the connection closed. */
let bigBody: Promise<{ written: number; total: number; finished: boolean }> = Promise.resolve({ written: 0, total: 0, finished: false });
let bomb: Buffer | undefined;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://server');
  seen.push({ host: req.headers.host ?? '', path: url.pathname + url.search, headers: req.headers });
  const q = (key: string): string => url.searchParams.get(key) ?? '';
  const count = (): number => {
    const n = (counters.get(q('id')) ?? 0) + 1;
    counters.set(q('id'), n);
    return n;
  };
  const send = (body: Buffer, headers: Record<string, string | number> = {}): void => {
    res.writeHead(200, { 'content-length': body.length, ...headers });
    res.end(body);
  };
  switch (url.pathname) {
    case '/data.csv':
      return send(bytesOf('csv'), { 'content-type': 'text/csv' });
    case '/data.csv.gz':
      return send(bytesOf('gz'), { 'content-type': 'application/gzip' });
    case '/data.jsonl':
      return send(bytesOf('jsonl'), { 'content-type': 'application/octet-stream' });
    case '/data.parquet':
      return send(bytesOf('parquet'), { 'content-type': 'application/octet-stream' });
    case '/encoded.csv':
      return send(gzipSync(bytesOf('csv')), { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
    case '/export':
      return send(bytesOf(q('file') as keyof typeof files), q('type') === '' ? {} : { 'content-type': q('type') });
    case '/flaky': {
      const status = q('fail').split(',')[count() - 1];
      if (status !== undefined && status !== '') {
        res.writeHead(Number(status));
        return void res.end('try later');
      }
      return send(bytesOf('csv'), { 'content-type': 'text/csv' });
    }
    case '/busy':
      if (count() === 1 || q('always') === '1') {
        res.writeHead(429, { 'retry-after': q('after') });
        return void res.end();
      }
      return send(bytesOf('csv'), { 'content-type': 'text/csv' });
    case '/status':
      res.writeHead(Number(q('code')));
      return void res.end(`status ${q('code')}, token ${TOKEN}`);
    case '/redirect':
      res.writeHead(Number(q('status') || '302'), { location: q('to') });
      return void res.end();
    case '/loop':
      res.writeHead(302, { location: '/loop' });
      return void res.end();
    case '/bomb':
      bomb ??= gzipSync(Buffer.alloc(64 << 20, '0,0\n'));
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'gzip', ...(q('chunked') === '1' ? {} : { 'content-length': bomb.length }) });
      return void res.end(bomb);
    case '/big':
      bigBody = serveBig(res, q('length') === '1');
      return;
    case '/hang':
      if (q('body') === '1') {
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': 1000 });
        res.write('a,b\n1,2\n');
      }
      return; // and never a byte more
    case '/reset':
      if (count() === 1) {
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': 1000 });
        res.write('id,score\n1,2\n');
        setTimeout(() => res.destroy(), 50);
        return;
      }
      return send(bytesOf('csv'), { 'content-type': 'text/csv' });
    default:
      res.writeHead(500);
      res.end('no such route in the test server');
  }
});

/** 32 MiB of CSV rows, written as fast as the client takes them; resolves when the connection closes. */
function serveBig(res: ServerResponse, withLength: boolean): Promise<{ written: number; total: number; finished: boolean }> {
  const chunk = Buffer.from('x,y\n'.repeat(16_384));
  const total = 512 * chunk.length;
  let written = 0;
  const closed = new Promise<{ written: number; total: number; finished: boolean }>((resolve) => res.once('close', () => resolve({ written, total, finished: res.writableFinished })));
  res.writeHead(200, { 'content-type': 'text/csv', ...(withLength ? { 'content-length': total } : {}) });
  const pump = (): void => {
    while (written < total && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
  return closed;
}

let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
afterEach(() => {
  expect(spoolsLeft(tmp)).toEqual([]);
  seen = [];
});

const own = (): string => `http://localhost:${port}`;
const other = (): string => `http://127.0.0.1:${port}`;
const WINDOW = { start: Date.UTC(2026, 10, 3), end: Date.UTC(2026, 10, 10, 12, 30) };
const context: SourceContext = { options: {}, window: WINDOW };

/** A spec for `path` on the URL's own host, with the secret headers and a secret query token. */
function spec(path: string, extra: Partial<HttpSourceSpec> = {}): HttpSourceSpec {
  const url = `${own()}${path}${path.includes('?') ? '&' : '?'}token=${QUERY_TOKEN}`;
  return { kind: 'http', url, headers: { Authorization: `Bearer ${TOKEN}`, 'X-Api-Key': KEY }, timeout_ms: 10_000, retries: 2, allow_redirect_hosts: [], ...extra };
}

/** The read's DataError, checked to hold no secret and to leave no spool behind. */
async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  const message = (error as DataError).message;
  for (const secret of [TOKEN, KEY, QUERY_TOKEN, 'pa55word', 'token=']) expect(message).not.toContain(secret);
  expect(message).not.toContain(tmp);
  expect(spoolsLeft(tmp)).toEqual([]);
  return error as DataError;
}

const requests = (path: string): Seen[] => seen.filter((s) => s.path.startsWith(path));

describe('http source: formats', () => {
  it('reads CSV, JSON Lines, Parquet and a .csv.gz by the URL path, into the tables the file source reads, sending the policy headers', async () => {
    expectSameTable(await httpSource.read(spec('/data.csv'), context), await readFile(files.csv));
    expectSameTable(await httpSource.read(spec('/data.jsonl'), context), await readFile(files.jsonl));
    expectSameTable(await httpSource.read(spec('/data.parquet'), context), await readFile(files.parquet));
    expectSameTable(await httpSource.read(spec('/data.csv.gz'), context), await readFile(files.csv));
    expect(seen).toHaveLength(4);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['x-api-key']).toBe(KEY);
      expect(request.headers['accept-encoding']).toBe('gzip');
      expect(request.headers['user-agent']).toMatch(/^modelwatch\//);
      expect(request.path).toContain(`token=${QUERY_TOKEN}`);
    }
  });

  it('reads a body sent with Content-Encoding: gzip (decoded by fetch, then read as CSV)', async () => {
    expectSameTable(await httpSource.read(spec('/encoded.csv'), context), await readFile(files.csv));
  });

  it('takes the format from the Content-Type when the path has no extension; format: wins over both', async () => {
    const type = (file: string, contentType: string): string => `/export?file=${file}&type=${encodeURIComponent(contentType)}`;
    expectSameTable(await httpSource.read(spec(type('csv', 'text/csv; charset=utf-8')), context), await readFile(files.csv));
    expectSameTable(await httpSource.read(spec(type('jsonl', 'application/x-ndjson')), context), await readFile(files.jsonl));
    expectSameTable(await httpSource.read(spec(type('parquet', 'application/vnd.apache.parquet')), context), await readFile(files.parquet));
    expectSameTable(await httpSource.read(spec(type('jsonl', 'text/csv'), { format: 'jsonl' }), context), await readFile(files.jsonl));
    const unknown = await failure(httpSource.read(spec(type('csv', 'application/octet-stream')), context));
    expect(unknown.code).toBe('data/unknown-format');
    expect(unknown.message).toBe(`http://localhost:${port}/export: cannot tell the format: the URL's path has no .csv, .jsonl, .ndjson or .parquet extension and the Content-Type is "application/octet-stream"; set \`format:\` on the source (csv, jsonl or parquet)`);
  });

  it('names the source, not the temporary file, when the body is malformed', async () => {
    const error = await failure(httpSource.read(spec('/export?file=jsonl&type=text/csv'), context));
    expect(error.file).toBe(`http://localhost:${port}/export`);
  });
});

describe('http source: the request', () => {
  it('substitutes the window URL-encoded, and refuses a placeholder without a window', async () => {
    await httpSource.read(spec('/export?file=csv&type=text/csv&since={{window.start}}&until={{window.end}}'), context);
    expect(seen[0]!.path).toContain('since=2026-11-03T00%3A00%3A00.000Z&until=2026-11-10T12%3A30%3A00.000Z');
    const error = await failure(httpSource.read(spec('/export?file=csv&since={{window.start}}'), { options: {}, window: null }));
    expect(error.code).toBe('policy/conflict');
    expect(error.message).toContain('set data.window');
  });

  it('turns userinfo into Basic authorization, and never names it', async () => {
    const url = `http://reader:pa55word@localhost:${port}/data.csv`;
    await httpSource.read({ ...spec('/data.csv'), url, headers: {} }, context);
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from('reader:pa55word').toString('base64')}`);
    expect(httpSource.describe({ ...spec('/x'), url })).toBe(`http://localhost:${port}/data.csv`);
  });

  it('describes itself by scheme, host and path only', () => {
    expect(httpSource.describe({ ...spec('/x'), url: `https://u:${TOKEN}@labels.internal/churn.csv.gz?sig=${QUERY_TOKEN}#frag` })).toBe('https://labels.internal/churn.csv.gz');
    expect(httpSource.describe({ ...spec('/x'), url: 'https://api.internal/export/{{window.start}}.csv' })).toBe('https://api.internal/export/{{window.start}}.csv');
  });

  it('refuses a header value a secret filled with a line break, without quoting it', async () => {
    const error = await failure(httpSource.read(spec('/data.csv', { headers: { Authorization: `Bearer ${TOKEN}\nX-Injected: 1` } }), context));
    expect(error.code).toBe('policy/invalid-value');
    expect(error.message).toContain('"Authorization"');
    expect(seen).toHaveLength(0);
  });
});

describe('http source: statuses and retries', () => {
  it('retries a 500 and a 503, then reads the 200', async () => {
    const table = await httpSource.read(spec('/flaky?id=a&fail=500,503'), context);
    expectSameTable(table, await readFile(files.csv));
    expect(requests('/flaky')).toHaveLength(3);
  });

  it('gives up after its retries: source/http-status with the status and the attempts', async () => {
    const error = await failure(httpSource.read(spec('/flaky?id=b&fail=503,503,503', { retries: 1 }), context));
    expect(error.code).toBe('source/http-status');
    expect(error.message).toMatch(/^http:\/\/localhost:\d+\/flaky: HTTP 503 Service Unavailable, after 2 attempts \(retries: 1\); try again later/);
    expect(requests('/flaky')).toHaveLength(2);
  });

  it('honours Retry-After on a 429, in seconds and as an HTTP date', async () => {
    let started = Date.now();
    expectSameTable(await httpSource.read(spec('/busy?id=c&after=1'), context), await readFile(files.csv));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(requests('/busy')).toHaveLength(2);
    started = Date.now();
    const date = new Date(Date.now() + 2_000).toUTCString(); // whole seconds: 1 to 2 s from now
    await httpSource.read(spec(`/busy?id=d&after=${encodeURIComponent(date)}`), context);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('does not wait past 60 s or past the timeout: says how long the server asked for', async () => {
    const long = await failure(httpSource.read(spec('/busy?id=e&after=120'), context));
    expect(long.code).toBe('source/http-status');
    expect(long.message).toContain('HTTP 429 Too Many Requests, and the server asked to wait 120 s before trying again (Retry-After), longer than modelwatch waits (60 s)');
    const started = Date.now();
    const late = await failure(httpSource.read(spec('/busy?id=f&after=5', { timeout_ms: 3_000 }), context));
    expect(late.message).toContain('the server asked to wait 5 s (Retry-After), past the source\'s timeout of 3 s');
    // One request, no wait: well under the 3 s it would have taken to wait out the timeout.
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('401 and 403 are source/auth naming the headers sent (not their values), 404 source/not-found, another 4xx source/http-status; none retried', async () => {
    for (const code of [401, 403]) {
      const error = await failure(httpSource.read(spec(`/status?code=${code}`), context));
      expect(error.code).toBe('source/auth');
      expect(error.message).toContain('the request sent the headers Authorization, X-Api-Key');
    }
    const missing = await failure(httpSource.read(spec('/status?code=404'), context));
    expect(missing.code).toBe('source/not-found');
    expect(missing.message).toContain('HTTP 404 Not Found');
    const teapot = await failure(httpSource.read(spec('/status?code=400'), context));
    expect(teapot.code).toBe('source/http-status');
    expect(teapot.message).toContain('HTTP 400 Bad Request: the server refused the request');
    expect(requests('/status')).toHaveLength(4);
  });

  it('a connection refused is source/connect after its retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(httpSource.read({ ...spec('/x'), url: `http://localhost:${deadPort}/data.csv?token=${QUERY_TOKEN}`, retries: 1 }, context));
    expect(error.code).toBe('source/connect');
    expect(error.message).toContain(`cannot fetch from host "localhost:${deadPort}" (ECONNREFUSED: connection refused)`);
    expect(error.message).toContain("after 2 attempts (retries: 1); check that the server is up and the url's host and port");
  });

  it('a body cut off midway is retried', async () => {
    expectSameTable(await httpSource.read(spec('/reset?id=g'), context), await readFile(files.csv));
    expect(requests('/reset')).toHaveLength(2);
  });
});

describe('http source: redirects', () => {
  const to = (location: string, status = 302): string => `/redirect?status=${status}&to=${encodeURIComponent(location)}`;

  it('follows a redirect to the same host, with the headers', async () => {
    expectSameTable(await httpSource.read(spec(to('/data.csv', 307)), context), await readFile(files.csv));
    expect(seen.map((s) => s.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('refuses a redirect to another host, naming only its host, and never contacts it', async () => {
    const error = await failure(httpSource.read(spec(to(`${other()}/data.csv?sig=${QUERY_TOKEN}`)), context));
    expect(error.code).toBe('source/redirect');
    expect(error.message).toContain(`redirected to host "127.0.0.1:${port}", which the source does not allow; add it to allow_redirect_hosts`);
    expect(seen.filter((s) => s.host.startsWith('127.0.0.1'))).toEqual([]);
  });

  it('follows a redirect to an allowed host without the policy headers', async () => {
    const table = await httpSource.read(spec(to(`${other()}/data.csv`), { allow_redirect_hosts: ['127.0.0.1'] }), context);
    expectSameTable(table, await readFile(files.csv));
    const there = seen.filter((s) => s.host.startsWith('127.0.0.1'));
    expect(there).toHaveLength(1);
    expect(there[0]!.headers.authorization).toBeUndefined();
    expect(there[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('refuses a redirect loop after 5 redirects, and a redirect out of http(s)', async () => {
    const loop = await failure(httpSource.read(spec('/loop'), context));
    expect(loop.code).toBe('source/redirect');
    expect(loop.message).toContain('more than 5 redirects');
    expect(requests('/loop')).toHaveLength(6);
    const file = await failure(httpSource.read(spec(to('file:///etc/passwd')), context));
    expect(file.message).toContain('redirected to a file:// URL; only http and https are followed');
  });
});

describe('http source: caps and time', () => {
  it('refuses a Content-Length over max_bytes before reading the body: the server is cut off early', async () => {
    const error = await failure(httpSource.read(spec('/big?length=1', { max_bytes: 64 << 10 }), context));
    expect(error.code).toBe('data/too-large');
    expect(error.message).toContain('larger than its cap of 64 KiB');
    const served = await bigBody;
    expect(served.finished).toBe(false);
    expect(served.written).toBeLessThan(served.total);
  });

  it('stops a chunked body as it passes max_bytes: the server is cut off early', async () => {
    const error = await failure(httpSource.read(spec('/big', { max_bytes: 1 << 20 }), context));
    expect(error.code).toBe('data/too-large');
    const served = await bigBody;
    expect(served.finished).toBe(false);
    expect(served.written).toBeLessThan(served.total);
  });

  it('stops a Content-Encoding gzip bomb at max_gzip_ratio of its Content-Length, and without one at max_bytes', async () => {
    const started = Date.now();
    const ratio = await failure(httpSource.read(spec('/bomb'), context));
    expect(ratio.code).toBe('data/too-large');
    expect(ratio.message).toContain('the response (Content-Encoding: gzip) decodes to more than 16 MiB, over 100 times its');
    const capped = await failure(httpSource.read(spec('/bomb?chunked=1', { max_bytes: 4 << 20 }), context));
    expect(capped.code).toBe('data/too-large');
    expect(capped.message).toContain('larger than its cap of 4 MiB');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a server that never answers, or stops mid-body, is source/timeout at timeout_ms', async () => {
    const started = Date.now();
    const silent = await failure(httpSource.read(spec('/hang', { timeout_ms: 500 }), context));
    expect(silent.code).toBe('source/timeout');
    expect(silent.message).toBe(`http://localhost:${port}/hang: no complete response within the source's timeout of 500 ms (attempt 1); raise timeout on the source if the server is slow, or check that it answers`);
    const stalled = await failure(httpSource.read(spec('/hang?body=1', { timeout_ms: 500 }), context));
    expect(stalled.code).toBe('source/timeout');
    expect(stalled.message).toContain('8 bytes of the body had arrived');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('the model running out of time (context.signal) stops the download', async () => {
    const controller = new AbortController();
    const reading = httpSource.read(spec('/hang'), { ...context, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await failure(reading);
    expect(error.code).toBe('source/interrupted');
  });
});

// TLS against a certificate made here by openssl (self-signed, for localhost, one day).
const openssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!openssl)('http source: https', () => {
  let tlsPort = 0;
  let tlsSeen = 0;
  let handshakes = 0;
  const tls = { key: join(tmp, 'tls-key.pem'), cert: join(tmp, 'tls-cert.pem') };
  const secure = createHttpsServer((req, res) => {
    tlsSeen++;
    // Every path redirects to the plain-http server's CSV on the same host name.
    res.writeHead(302, { location: `http://localhost:${port}/data.csv` });
    res.end();
  });

  secure.on('connection', () => handshakes++);

  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', tls.key, '-out', tls.cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    secure.setSecureContext({ key: readFileSync(tls.key), cert: readFileSync(tls.cert) });
    await new Promise<void>((resolve) => secure.listen(0, resolve));
    tlsPort = (secure.address() as AddressInfo).port;
  });
  afterAll(() => {
    secure.closeAllConnections();
    secure.close();
  });

  it('a certificate that is not trusted is source/connect, not retried, with what to do', async () => {
    const error = await failure(httpSource.read({ ...spec('/x'), url: `https://localhost:${tlsPort}/data.csv?token=${QUERY_TOKEN}` }, context));
    expect(error.code).toBe('source/connect');
    expect(error.message).toContain(`TLS with host "localhost:${tlsPort}" failed (DEPTH_ZERO_SELF_SIGNED_CERT)`);
    expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(tlsSeen).toBe(0);
    expect(handshakes).toBe(1); // retries: 2, yet one connection: a certificate does not get better

  });

  it('refuses a redirect from https to http', async () => {
    // Trust the test certificate for this test only (Node's TLS reads this at each connection).
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      const error = await failure(httpSource.read({ ...spec('/x'), url: `https://localhost:${tlsPort}/data.csv?token=${QUERY_TOKEN}` }, context));
      expect(error.code).toBe('source/redirect');
      expect(error.message).toContain(`redirected from https to http (host "localhost:${port}"), which is refused`);
      expect(tlsSeen).toBe(1);
      expect(seen).toEqual([]);
    } finally {
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    }
  });
});
