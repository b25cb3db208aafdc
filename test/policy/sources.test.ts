/**
 * Sources in a policy (issue 10): each kind loads to its spec with its defaults; a source names
 * exactly one kind and only its own options; a URL in `file:` is refused with the source to
 * use; postgres needs table or query; window placeholders need data.window; literal
 * credentials in a source are secrets.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';

const policy = (data: string): string => `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: churn
  task: binary_classification
columns:
  id: id
  timestamp: ts
data:
${data}
checks:
  - id: rows
    type: data_quality
    metric: row_count
    fail: { lt: 1 }
`;

function load(data: string, env: NodeJS.ProcessEnv = {}) {
  const { policy: loaded, errors, secrets } = loadPolicySource('p.yaml', policy(data), { env, dir: '/repo/monitors', root: '/repo' });
  return { policy: loaded, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code), secrets };
}

describe('source kinds', () => {
  it('postgres: table mode with its defaults, the URL from a secret', () => {
    const { policy: p, lines, secrets } = load(
      `  current:
    postgres: { url: "\${DB_URL}", table: ml.predictions, where: "model_version = '2026.11'" }
  window: 7d`,
      { DB_URL: 'postgres://monitor:s3cret-pw@db.internal:5432/preds' },
    );
    expect(lines).toEqual([]);
    expect(p?.data.current).toEqual({
      kind: 'postgres',
      url: 'postgres://monitor:s3cret-pw@db.internal:5432/preds',
      table: 'ml.predictions',
      where: "model_version = '2026.11'",
      timeout_ms: 300_000,
      connect_timeout_ms: 10_000,
      retries: 3,
    });
    expect(secrets).toContain('postgres://monitor:s3cret-pw@db.internal:5432/preds');
    expect(secrets).toContain('s3cret-pw');
  });

  it('postgres: query mode with $window_start and $window_end, timeouts and retries', () => {
    const { policy: p, lines } = load(`  current:
    postgres: { url: "postgres://db/preds", query: "select * from p where ts > $window_start and ts <= $window_end", connect_timeout: 2s, retries: 0 }
    timeout: 30s
    max_bytes: 1000000
  window: 1d`);
    expect(lines).toEqual([]);
    expect(p?.data.current).toMatchObject({ kind: 'postgres', query: expect.stringContaining('$window_start'), timeout_ms: 30_000, connect_timeout_ms: 2000, retries: 0, max_bytes: 1_000_000 });
  });

  it('http: headers, retries, redirect hosts, format', () => {
    const { policy: p, lines, secrets } = load(
      `  current: { file: cur.csv }
  labels:
    http: { url: "https://labels.internal/churn.csv.gz?since={{window.start}}", headers: { Authorization: "Bearer \${TOKEN}", Accept: text/csv }, allow_redirect_hosts: [CDN.internal] }
    timeout: 2m
    join: id
    column: y
  window: 7d`,
      { TOKEN: 'tok-123456' },
    );
    expect(lines).toEqual([]);
    expect(p?.data.labels?.source).toEqual({
      kind: 'http',
      url: 'https://labels.internal/churn.csv.gz?since={{window.start}}',
      headers: { Authorization: 'Bearer tok-123456', Accept: 'text/csv' },
      timeout_ms: 120_000,
      retries: 3,
      allow_redirect_hosts: ['cdn.internal'],
    });
    expect(secrets).toEqual(expect.arrayContaining(['tok-123456', 'Bearer tok-123456']));
    expect(secrets).not.toContain('text/csv');
  });

  it('command: argv kept whole, run in the policy folder, csv by default', () => {
    const { policy: p, lines } = load(`  current:
    command: [python, export.py, --since, "{{window.start}}", "--label=two words"]
    timeout: 10m
  window: 7d`);
    expect(lines).toEqual([]);
    expect(p?.data.current).toEqual({ kind: 'command', argv: ['python', 'export.py', '--since', '{{window.start}}', '--label=two words'], cwd: '/repo/monitors', format: 'csv', timeout_ms: 600_000 });
  });

  it('file: paths resolved against the policy folder and confined to the root', () => {
    const { policy: p } = load('  current: { file: ../data/cur.csv }');
    expect(p?.data.current).toEqual({ kind: 'file', paths: ['/repo/data/cur.csv'], root: '/repo' });
  });
});

describe('refused sources', () => {
  it.each([
    ['s3://bucket/preds.parquet', 'command: [aws, s3, cp'],
    ['gs://bucket/preds.csv', 'command: [gcloud, storage, cat'],
    ['https://labels.internal/x.csv', 'use http: { url: https://… }'],
    ['postgres://db/preds', 'use postgres: { url: ${DB_URL}'],
    ['ftp://host/x.csv', 'file: reads files on the runner'],
  ])('file: %s names the source to use', (url, advice) => {
    const { lines, codes } = load(`  current: { file: "${url}" }`);
    expect(codes).toEqual(['policy/invalid-value']);
    expect(lines[0]).toMatch(/^p\.yaml:\d+:\d+: /);
    expect(lines[0]).toContain(advice);
  });

  it('a profile: is a path too: a URL is refused with the source to use, and labels take no profile (they join rows by id)', () => {
    const url = load('  current: { profile: "s3://bucket/baseline.json" }');
    expect(url.codes).toEqual(['policy/invalid-value']);
    expect(url.lines[0]).toContain('command: [aws, s3, cp');
    const labels = load('  current: { file: c.csv }\n  labels: { profile: l.json, join: id }');
    expect(labels.codes).toEqual(['policy/unknown-key']);
  });

  it('a profile: source reads a path relative to the policy, inside the repository', () => {
    const { policy: p, lines } = load('  reference: { profile: base.json }\n  current: { file: cur.csv }');
    expect(lines).toEqual([]);
    expect(p?.data.reference).toEqual({ kind: 'profile', path: '/repo/monitors/base.json', root: '/repo' });
  });

  it('a URL among several files is pointed at by its index, and its userinfo is not quoted', () => {
    const { lines } = load('  current: { file: [a.csv, "https://user:pw@host/x.csv"] }');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('user:pw');
    expect(lines[0]).toContain('https://…@host/x.csv');
  });

  it('a source with no kind, or two', () => {
    expect(load('  current: { format: csv }').lines[0]).toContain('a source needs one of file, postgres, http, command or profile');
    const two = load('  current: { file: a.csv, command: [cat, a.csv] }');
    expect(two.codes).toEqual(['policy/conflict']);
    expect(two.lines[0]).toContain('"file" and "command" are both set');
  });

  it.each([
    ['{ postgres: { url: "postgres://db/x", table: t }, format: csv }', '"format" applies to file, http, command sources, and this one is postgres'],
    ['{ postgres: { url: "postgres://db/x", table: t }, delimiter: ";" }', '"delimiter" applies to file, http, command sources'],
    ['{ command: [cat], allow_outside_root: true }', '"allow_outside_root" applies to file, profile sources, and this one is command'],
    ['{ file: a.csv, timeout: 5m }', '"timeout" applies to postgres, http, command sources, and this one is file'],
    ['{ command: [cat], max_gzip_ratio: 10 }', '"max_gzip_ratio" applies to file, http sources'],
  ])('an option of another kind: %s', (source, message) => {
    const { lines, codes } = load(`  current: ${source}`);
    expect(codes).toEqual(['policy/conflict']);
    expect(lines[0]).toContain(message);
  });

  it.each([
    ['{ url: "postgres://db/x" }', 'needs "table" (with an optional "where") or "query"'],
    ['{ url: "postgres://db/x", table: t, query: "select 1" }', '"table" and "query" are both set'],
    ['{ url: "postgres://db/x", query: "select 1", where: "a = 1" }', '"where" goes with "table"'],
    ['{ url: "mysql://u:hunter22@db/x", table: t }', 'url must be a postgres:// or postgresql:// URL'],
    ['{ url: "postgres://db/x", query: "select * from t where ts > $window_start" }', '$window_start is the evaluated window\'s bound, and data.window is not set'],
    ['{ url: "postgres://db/x", query: "select * from t where ts > $window_begin" }', 'unknown placeholder $window_begin'],
  ])('postgres %s', (source, message) => {
    const { lines } = load(`  current: { postgres: ${source} }`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(lines[0]).not.toContain('hunter22');
  });

  it('leaves a {{…}} that is not a window placeholder to the command', () => {
    const { policy: p, lines } = load('  current: { command: [docker, ps, --format, "{{.Names}}"] }');
    expect(lines).toEqual([]);
    expect(p?.data.current).toMatchObject({ argv: ['docker', 'ps', '--format', '{{.Names}}'] });
  });

  it.each([
    ['{ command: [export, "{{window.start}}"] }', '{{window.start}} is the evaluated window\'s bound, and data.window is not set'],
    ['{ command: [export, "--since={{window.begin}}"] }', 'unknown placeholder {{window.begin}}'],
    ['{ http: { url: "https://h/x.csv?from={{window.end}}" } }', '{{window.end}} is the evaluated window\'s bound'],
    ['{ http: { url: "ftp://h/x.csv" } }', 'an http:// or https:// URL'],
  ])('placeholders and URLs: %s', (source, message) => {
    const { lines } = load(`  current: ${source}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});

describe('literal credentials are secrets, loaded or not', () => {
  it('the password of a postgres URL written in the policy, as written and decoded', () => {
    const { secrets } = load('  current: { postgres: { url: "postgres://u:p%40ss-word@db/x", table: t } }');
    expect(secrets).toEqual(expect.arrayContaining(['p%40ss-word', 'p@ss-word']));
  });

  it('even when the policy does not load', () => {
    const { policy: p, secrets } = load('  current: { postgres: { url: "postgres://u:hunter22-pw@db/x" } }');
    expect(p).toBeNull();
    expect(secrets).toContain('hunter22-pw');
  });
});
