/**
 * Normalises a data source: exactly one of `file`, `postgres`, `http`, `command`, with the
 * options that kind takes (docs/policy.md#data). The schema has shaped each key; this file
 * decides what the schema cannot say:
 *
 * - one kind per source, and no option of another kind (`allow_outside_root` on postgres);
 * - a `file:` that is a URL (`s3://`, `https://`, `postgres://`) is refused with the source to
 *   use instead, rather than failing later as a missing file;
 * - postgres: `table` or `query`, `where` and `timestamp` only with `table`;
 * - window placeholders (`$window_start` in a query, `{{window.start}}` in a URL or command)
 *   need `data.window`, and an unknown placeholder (`{{window.begin}}`) is refused.
 *
 * It also finds the secrets a source spells out literally (a password inside a postgres URL,
 * an Authorization header), so that they are masked like `${NAME}` values (`sourceSecrets`).
 */
import path from 'node:path';
import type { NormaliseContext } from './context.js';
import type { RawSource } from './raw.js';
import type { SourceKind, SourceSpec } from './types.js';

const KINDS = ['file', 'postgres', 'http', 'command', 'profile'] as const satisfies readonly SourceKind[];

/** Which kinds each source-level option applies to. */
const OPTION_KINDS: Readonly<Record<'format' | 'delimiter' | 'allow_outside_root' | 'max_gzip_ratio' | 'timeout', readonly SourceKind[]>> = {
  format: ['file', 'http', 'command'],
  delimiter: ['file', 'http', 'command'],
  allow_outside_root: ['file', 'profile'],
  max_gzip_ratio: ['file', 'http'],
  timeout: ['postgres', 'http', 'command'],
};

const DEFAULT_TIMEOUT = '5m';
const DEFAULT_CONNECT_TIMEOUT = '10s';
const DEFAULT_RETRIES = 3;

/**
 * `{{window.…}}`: `{{window.start}}` and `{{window.end}}` are what a URL or a command argument
 * may hold; another `{{window.…}}` is a typo, refused. Any other `{{…}}` is left alone (a
 * command's argument may be a template of its own, such as docker's `{{.Name}}`).
 */
const TEMPLATE = /\{\{\s*(window\.[^{}]*?)\s*\}\}/g;
const TEMPLATE_NAMES = new Set(['window.start', 'window.end']);
/** `$window_start` and `$window_end` in SQL (and any other `$window_…`, to refuse it). */
const SQL_PLACEHOLDER = /\$window_[A-Za-z0-9_]*/g;
const SQL_NAMES = new Set(['$window_start', '$window_end']);

type Ctx = Pick<NormaliseContext, 'dir' | 'root' | 'error'>;

/** The normalised source at `pointer` (`/data/current`); `hasWindow`: data.window is set. */
export function normaliseSource(raw: RawSource, pointer: string, ctx: Ctx, hasWindow: boolean): SourceSpec {
  const given = KINDS.filter((kind) => raw[kind] !== undefined);
  if (given.length === 0) {
    ctx.error(pointer, 'policy/missing-key', 'a source needs one of file, postgres, http, command or profile, such as { file: data/current.csv } or { postgres: { url: ${DB_URL}, table: predictions } }');
  } else if (given.length > 1) {
    ctx.error(`${pointer}/${given[1]}`, 'policy/conflict', `a source reads from one place: "${given[0]}" and "${given[1]}" are both set; keep one`, 'key');
  }
  const kind = given[0] ?? 'file';
  for (const [option, kinds] of Object.entries(OPTION_KINDS)) {
    if (raw[option as keyof typeof OPTION_KINDS] !== undefined && given.length === 1 && !kinds.includes(kind)) {
      ctx.error(`${pointer}/${option}`, 'policy/conflict', `"${option}" applies to ${kinds.join(', ')} sources, and this one is ${kind}`, 'key');
    }
  }
  const limits = {
    ...(raw.max_bytes === undefined ? {} : { max_bytes: raw.max_bytes }),
    ...(raw.max_gzip_ratio === undefined ? {} : { max_gzip_ratio: raw.max_gzip_ratio }),
  };
  const csv = {
    ...(raw.format === undefined ? {} : { format: raw.format }),
    ...(raw.delimiter === undefined ? {} : { delimiter: raw.delimiter }),
  };
  const timeout_ms = timeoutMs(raw.timeout ?? DEFAULT_TIMEOUT);
  switch (kind) {
    case 'file':
      return { kind, paths: filePaths(raw, pointer, ctx), ...csv, ...(raw.allow_outside_root === true ? {} : { root: ctx.root }), ...limits };
    case 'postgres': {
      const pg = raw.postgres!;
      const at = `${pointer}/postgres`;
      if (!/^postgres(?:ql)?:\/\/./i.test(pg.url) || !parsesAsUrl(pg.url)) {
        // Never quote the value: it is usually a secret.
        ctx.error(`${at}/url`, 'policy/invalid-value', 'url must be a postgres:// or postgresql:// URL, such as postgres://monitor@db.internal:5432/predictions (put it in a secret: url: ${PREDICTIONS_DB_URL})');
      }
      if ((pg.table === undefined) === (pg.query === undefined)) {
        ctx.error(at, 'policy/conflict', pg.table === undefined ? 'a postgres source needs "table" (with an optional "where") or "query"' : '"table" and "query" are both set; give one: a table to read, or your own SELECT', pg.table === undefined ? 'value' : 'key');
      }
      for (const key of ['where', 'timestamp'] as const) {
        if (pg[key] !== undefined && pg.table === undefined) ctx.error(`${at}/${key}`, 'policy/conflict', `"${key}" goes with "table"; in a query, write the condition in the SELECT itself`, 'key');
      }
      if (pg.query !== undefined) checkSqlPlaceholders(pg.query, `${at}/query`, ctx, hasWindow);
      return {
        kind,
        url: pg.url,
        ...(pg.table === undefined ? {} : { table: pg.table }),
        ...(pg.where === undefined ? {} : { where: pg.where }),
        ...(pg.query === undefined ? {} : { query: pg.query }),
        ...(pg.timestamp === undefined ? {} : { timestamp: pg.timestamp }),
        timeout_ms,
        connect_timeout_ms: timeoutMs(pg.connect_timeout ?? DEFAULT_CONNECT_TIMEOUT),
        retries: pg.retries ?? DEFAULT_RETRIES,
        ...(pg.pushdown === undefined ? {} : { pushdown: pg.pushdown }),
        ...limits,
      };
    }
    case 'http': {
      const http = raw.http!;
      checkTemplates(http.url, `${pointer}/http/url`, ctx, hasWindow);
      if (!parsesAsUrl(http.url.replace(TEMPLATE, 'x'))) ctx.error(`${pointer}/http/url`, 'policy/invalid-value', 'url is not a valid http:// or https:// URL');
      return {
        kind,
        url: http.url,
        headers: http.headers ?? {},
        ...csv,
        timeout_ms,
        retries: http.retries ?? DEFAULT_RETRIES,
        allow_redirect_hosts: (http.allow_redirect_hosts ?? []).map((host) => host.toLowerCase()),
        ...limits,
      };
    }
    case 'profile': {
      const file = raw.profile!;
      const advice = urlAdvice(file);
      if (advice !== null) ctx.error(`${pointer}/profile`, 'policy/invalid-value', `"${file.replace(/\/\/[^/@]*@/, '//…@')}" ${advice}`);
      return { kind, path: path.resolve(ctx.dir, file), ...(raw.allow_outside_root === true ? {} : { root: ctx.root }), ...limits };
    }
    case 'command': {
      const argv = raw.command!;
      argv.forEach((arg, i) => checkTemplates(arg, `${pointer}/command/${i}`, ctx, hasWindow));
      return { kind, argv, cwd: ctx.dir, format: raw.format ?? 'csv', ...(raw.delimiter === undefined ? {} : { delimiter: raw.delimiter }), timeout_ms, ...limits };
    }
  }
}

/** `30s`, `500ms`, `5m`, `1h` (the schema's timeout pattern) in ms. */
export function timeoutMs(text: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (match === null) return 0;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

/** A URL scheme in a `file:` path, and the source that reads such a URL. */
function urlAdvice(file: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(file)?.[1]?.toLowerCase();
  if (scheme === undefined) return null;
  if (scheme === 'http' || scheme === 'https') return `is a URL, and file: reads files on the runner; use http: { url: ${scheme}://… } instead`;
  if (scheme === 'postgres' || scheme === 'postgresql') return 'is a database URL; use postgres: { url: ${DB_URL}, table: … } instead';
  if (scheme === 's3') return 'is an S3 URL; read it with a command: command: [aws, s3, cp, "s3://…", "-"]';
  if (scheme === 'gs') return 'is a Cloud Storage URL; read it with a command: command: [gcloud, storage, cat, "gs://…"]';
  return `is a ${scheme}:// URL, and file: reads files on the runner; use http, postgres or a command that writes the data to its standard output`;
}

function filePaths(raw: RawSource, pointer: string, ctx: Ctx): string[] {
  if (raw.file === undefined) return [];
  const files = typeof raw.file === 'string' ? [raw.file] : raw.file;
  files.forEach((file, i) => {
    const advice = urlAdvice(file);
    if (advice !== null) ctx.error(typeof raw.file === 'string' ? `${pointer}/file` : `${pointer}/file/${i}`, 'policy/invalid-value', `"${file.replace(/\/\/[^/@]*@/, '//…@')}" ${advice}`);
  });
  // path.resolve leaves glob characters alone, so `data/*.csv` stays a glob, now absolute.
  return files.map((file) => path.resolve(ctx.dir, file));
}

function checkTemplates(text: string, pointer: string, ctx: Ctx, hasWindow: boolean): void {
  for (const match of text.matchAll(TEMPLATE)) {
    const name = match[1]!;
    if (!TEMPLATE_NAMES.has(name)) ctx.error(pointer, 'policy/invalid-value', `unknown placeholder {{${name}}}: the placeholders are {{window.start}} and {{window.end}}`);
    else if (!hasWindow) ctx.error(pointer, 'policy/conflict', `{{${name}}} is the evaluated window's bound, and data.window is not set`);
  }
}

function checkSqlPlaceholders(sql: string, pointer: string, ctx: Ctx, hasWindow: boolean): void {
  for (const match of sql.matchAll(SQL_PLACEHOLDER)) {
    const name = match[0];
    if (!SQL_NAMES.has(name)) ctx.error(pointer, 'policy/invalid-value', `unknown placeholder ${name}: the placeholders are $window_start and $window_end`);
    else if (!hasWindow) ctx.error(pointer, 'policy/conflict', `${name} is the evaluated window's bound, and data.window is not set`);
  }
}

function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Header names whose values are credentials. */
const SECRET_HEADER = /authorization|cookie|token|secret|key|password|auth/i;

/**
 * Secrets a policy spells out in its sources rather than taking from `${NAME}`: the password of
 * a postgres or http URL (as written and decoded), and the values of credential headers (with
 * their `Bearer `/`Basic ` scheme and without). Read from the raw YAML data, so that they are
 * masked even when the policy does not load.
 */
export function sourceSecrets(data: unknown): string[] {
  const out: string[] = [];
  const sources = typeof data === 'object' && data !== null ? (data as { data?: Record<string, unknown> }).data : undefined;
  if (typeof sources !== 'object' || sources === null) return out;
  for (const key of ['reference', 'current', 'labels']) {
    const source = sources[key] as { postgres?: { url?: unknown }; http?: { url?: unknown; headers?: unknown } } | undefined;
    if (typeof source !== 'object' || source === null) continue;
    for (const url of [source.postgres?.url, source.http?.url]) if (typeof url === 'string') out.push(...urlPassword(url));
    const headers = source.http?.headers;
    if (typeof headers !== 'object' || headers === null) continue;
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== 'string' || !SECRET_HEADER.test(name)) continue;
      out.push(value);
      const credentials = /^\s*\S+\s+(\S.*)$/.exec(value)?.[1];
      if (credentials !== undefined) out.push(credentials);
    }
  }
  return out;
}

function urlPassword(url: string): string[] {
  // Not `new URL`: a password holding '#' or '/' breaks the parse, and must still be masked.
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(url);
  if (match === null || match[1] === '') return [];
  const written = match[1]!;
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    // Not valid percent-encoding: the written form is what appears.
  }
  return decoded === written ? [written] : [written, decoded];
}
