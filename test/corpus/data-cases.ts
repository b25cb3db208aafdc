/**
 * Broken data files made from slices of the example data (examples/data), each read by a
 * policy made from the example policy that reads that data, with one source swapped for the
 * broken file: truncated and bomb gzip, other delimiters, ragged rows, unterminated quotes,
 * numbers that are not finite (`1e400`, `inf`), impossible timestamps, empty and header-only
 * files, duplicate headers, other line endings and encodings, NUL bytes, JSON Lines and Parquet
 * that are not, and paths that are not regular files or lie outside the repository.
 *
 * A case expects either an error naming the file (and the row and column when the problem is
 * in one cell) with one of `codes`, or, for data that is odd but valid (CRLF, a BOM, `NaN` as
 * missing, patterns a backtracking engine would hang on), a model that is read and evaluated.
 */
import { gzipSync } from 'node:zlib';
import type { ProblemCode } from '../../src/problems.js';
import { integer, pick, type Rng, sample } from './random.js';

/** Which example policy reads the data, and which of its sources is swapped. */
export type DataBase = 'adult-income' | 'offer-ranker' | 'adult-income-labels';
export type Slot = 'reference' | 'current' | 'labels';

export type DataContent =
  | Uint8Array
  | { readonly fifo: true }
  | { readonly folder: true }
  | { readonly symlink: string }
  /** A folder holding the good slice as a.csv and a link back to itself (a glob loop). */
  | { readonly loopFolder: string }
  /** No file is written; the policy names `path` as it is (absolute, or escaping the repository). */
  | { readonly external: true };

export type DataExpectation =
  /** Refused: a model `error` (or a policy error on the case's policy) with one of `codes`. */
  | { readonly codes: readonly ProblemCode[]; readonly row?: number; readonly column?: string }
  /** Read as it should be: the slot holds `rows` rows. `orCodes`: or refused with one of these. */
  | { readonly rows: number; readonly orCodes?: readonly ProblemCode[] }
  /** Valid but hostile: the model is evaluated (any status) within the time bound. */
  | { readonly runs: true };

export interface DataCase {
  readonly name: string;
  readonly base: DataBase;
  readonly slot: Slot;
  /** Path as written in the policy, relative to the policy's folder unless absolute. */
  readonly path: string;
  readonly content: DataContent;
  readonly format?: 'csv' | 'jsonl' | 'parquet';
  readonly expect: DataExpectation;
  /** YAML to append to the policy's checks (for the pattern cases). */
  readonly extraChecks?: string;
  /** Replaces the example's whole checks list. */
  readonly checks?: string;
  /** Keys to set on the swapped source (a small `max_bytes` for the bombs). */
  readonly source?: Readonly<Record<string, number>>;
}

/** One good slice of example data, as the header and the data rows (no quoted fields). */
export interface Slice {
  readonly header: string[];
  readonly rows: string[][];
}

export function parseSlice(text: string): Slice {
  const [head, ...rest] = text.replace(/\n$/, '').split('\n');
  return { header: head!.split(','), rows: rest.map((line) => line.split(',')) };
}

function csv(slice: Slice, eol = '\n'): string {
  return [slice.header.join(','), ...slice.rows.map((r) => r.join(','))].join(eol) + eol;
}

function withCell(slice: Slice, row: number, column: string, value: string): Slice {
  const c = slice.header.indexOf(column);
  if (c < 0) throw new Error(`corpus: no column ${column}`);
  return { header: slice.header, rows: slice.rows.map((r, i) => (i === row - 1 ? r.map((v, j) => (j === c ? value : v)) : r)) };
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** The source of each base that each slot swaps, and the columns whose kind the policy declares. */
/**
 * `required`: a declared column this source must hold (docs/policy.md, "Declared columns must be
 * in the data"): the current data its score and features, the reference its features.
 */
const SLOTS: readonly { base: DataBase; slot: Slot; slice: string; numeric: readonly string[]; timestamp?: string; required?: string }[] = [
  { base: 'adult-income', slot: 'current', slice: 'adult/current.csv', numeric: ['age', 'hours_per_week', 'proba'], required: 'proba' },
  { base: 'adult-income', slot: 'reference', slice: 'adult/reference.csv', numeric: ['age', 'capital_gain', 'proba'], required: 'age' },
  { base: 'offer-ranker', slot: 'current', slice: 'offer-ranker/current.csv', numeric: ['latency_ms', 'offer_score', 'revenue'], timestamp: 'scored_at', required: 'offer_score' },
  { base: 'offer-ranker', slot: 'reference', slice: 'offer-ranker/reference.csv', numeric: ['latency_ms', 'offer_score'], timestamp: 'scored_at', required: 'segment' },
  { base: 'adult-income-labels', slot: 'current', slice: 'adult-labels/predictions.csv', numeric: ['proba'], timestamp: 'scored_at', required: 'proba' },
  { base: 'adult-income-labels', slot: 'labels', slice: 'adult-labels/labels.csv', numeric: [] },
];

const MALFORMED: readonly ProblemCode[] = ['data/malformed'];
const NOT_READ: readonly ProblemCode[] = ['data/malformed', 'data/missing-column', 'data/delimiter'];

/** Values in a numeric column that are not finite numbers by the reader's one grammar. */
export const NOT_NUMBERS: readonly string[] = ['1e400', '-1e400', '1E999', 'inf', '-inf', 'Infinity', '+Infinity', 'nan', 'NAN', '0x1A', '1_000', '12abc', ' 12', '"1,5"', '--1', '1e', '.', '+', '∞', '１２'];

/** Values in a timestamp column that are not instants. */
export const NOT_TIMESTAMPS: readonly string[] = ['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-11-17T25:00:00Z', 'yesterday', '1e400', '+275760-09-14T00:00:00Z', '2026-11-17T00:00:00+25:00'];

interface Context {
  readonly rng: Rng;
  readonly slices: ReadonlyMap<string, Slice>;
  /** Bytes a gzip bomb expands to (above the cap the test sets). */
  readonly bombBytes: number;
}

/** Mistakes tried on every slot; the others (MINOR) on two slots each, chosen by the seed. */
const MINOR = new Set(['gzip-header-only-bytes', 'pipes', 'tabs', 'unterminated-quote-last-row', 'text-after-quote-row', 'blank-lines-only', 'cr-only', 'utf16le', 'utf16be', 'nul-bytes-only', 'binary-garbage', 'nul-in-row', 'parquet-garbage', 'parquet-gzip', 'unknown-extension', 'missing-file', 'glob-matches-nothing', 'not-gzip']);

function fileLevel(ctx: Context, s: (typeof SLOTS)[number], slice: Slice, minor: ReadonlySet<string>): DataCase[] {
  const { rng } = ctx;
  const id = `${s.base}/${s.slot}`;
  const base = { base: s.base, slot: s.slot };
  const file = (name: string) => `../data/broken/${s.base}-${s.slot}-${name}`;
  const n = slice.rows.length;
  const text = csv(slice);
  const out: DataCase[] = [];
  const add = (name: string, path: string, content: DataContent, expect: DataExpectation, format?: DataCase['format']) => {
    const kind = name.replace(/-\d+$/, '');
    if (MINOR.has(kind) && !minor.has(kind)) return;
    out.push({ name: `${id}/${name}`, ...base, path, content, expect, ...(format === undefined ? {} : { format }) });
  };

  const gz = gzipSync(bytes(text));
  add('truncated-gzip', file('truncated.csv.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)), { codes: MALFORMED });
  add('gzip-header-only-bytes', file('ten-bytes.csv.gz'), gz.subarray(0, 10), { codes: MALFORMED });
  add('not-gzip', file('plain.csv.gz'), bytes(text), { codes: MALFORMED });
  add('semicolons', file('semicolon.csv'), bytes(text.replace(/,/g, ';')), { codes: ['data/delimiter', 'data/missing-column'] });
  add('tabs', file('tab.csv'), bytes(text.replace(/,/g, '\t')), { codes: ['data/delimiter', 'data/missing-column'] });
  add('pipes', file('pipe.csv'), bytes(text.replace(/,/g, '|')), { codes: ['data/delimiter', 'data/missing-column'] });

  const r1 = integer(rng, 1, n);
  add(`ragged-short-row-${r1}`, file('ragged-short.csv'), bytes(csv({ ...slice, rows: slice.rows.map((r, i) => (i === r1 - 1 ? r.slice(0, -1) : r)) })), { codes: MALFORMED, row: r1 });
  const r2 = integer(rng, 1, n);
  add(`ragged-long-row-${r2}`, file('ragged-long.csv'), bytes(csv({ ...slice, rows: slice.rows.map((r, i) => (i === r2 - 1 ? [...r, 'extra'] : r)) })), { codes: MALFORMED, row: r2 });
  const r3 = integer(rng, 1, n);
  const quoted = slice.header[slice.header.length - 1]!;
  add(`unterminated-quote-row-${r3}`, file('unterminated.csv'), bytes(csv(withCell(slice, r3, quoted, `"${slice.rows[r3 - 1]!.at(-1)}`))), { codes: MALFORMED, row: r3 });
  add('unterminated-quote-last-row', file('unterminated-last.csv'), bytes(csv(withCell(slice, n, quoted, '"never closed'))), { codes: MALFORMED, row: n });
  const r4 = integer(rng, 1, n);
  // In a numeric column the quoted part may be refused first, as not a number.
  add(`text-after-quote-row-${r4}`, file('after-quote.csv'), bytes(csv(withCell(slice, r4, quoted, '"a"b'))), { codes: [...MALFORMED, 'data/not-a-number'], row: r4 });

  add('empty-file', file('empty.csv'), new Uint8Array(0), { codes: NOT_READ });
  add('blank-lines-only', file('blank.csv'), bytes('\n\n\n'), { codes: NOT_READ });
  add('header-only', file('header-only.csv'), bytes(`${slice.header.join(',')}\n`), { runs: true });
  const dup = integer(rng, 1, slice.header.length - 1);
  const dupHeader = slice.header.map((h, i) => (i === dup ? slice.header[dup - 1]! : h));
  add('duplicate-header', file('duplicate-header.csv'), bytes(csv({ header: dupHeader, rows: slice.rows })), { codes: MALFORMED, column: slice.header[dup - 1]! });
  if (s.required !== undefined) {
    // A column the policy declares (its score or a feature), absent from the file.
    const lost = s.required;
    const c = slice.header.indexOf(lost);
    add(`declared-column-missing-${lost}`, file('no-declared-column.csv'), bytes(csv({ header: slice.header.filter((_, i) => i !== c), rows: slice.rows.map((r) => r.filter((_, i) => i !== c)) })), { codes: ['data/missing-column'], column: lost });
  }

  add('crlf', file('crlf.csv'), bytes(csv(slice, '\r\n')), { rows: n });
  add('cr-only', file('cr.csv'), bytes(csv(slice, '\r')), { rows: n, orCodes: MALFORMED });
  add('utf8-bom', file('bom.csv'), bytes(`\ufeff${text}`), { rows: n });
  add('utf16le', file('utf16le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), { rows: n, orCodes: NOT_READ });
  add('utf16be', file('utf16be.csv'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), { rows: n, orCodes: NOT_READ });
  add('nul-bytes-only', file('nul.csv'), new Uint8Array(4096), { codes: NOT_READ });
  add('binary-garbage', file('garbage.csv'), Uint8Array.from({ length: 4096 }, () => Math.floor(rng() * 256)), { codes: NOT_READ });
  const r5 = integer(rng, 1, n);
  add(`nul-in-row-${r5}`, file('nul-row.csv'), bytes(csv(withCell(slice, r5, slice.header[0]!, `${slice.rows[r5 - 1]![0]}\u0000x`))), { runs: true });

  add('parquet-garbage', file('garbage.parquet'), Uint8Array.from({ length: 2048 }, () => Math.floor(rng() * 256)), { codes: MALFORMED });
  add('parquet-gzip', file('table.parquet.gz'), gzipSync(bytes('PAR1')), { codes: ['data/unknown-format'] });
  add('unknown-extension', file('table.txt'), bytes(text), { codes: ['data/unknown-format'] });
  add('missing-file', file('does-not-exist.csv'), { external: true }, { codes: ['data/not-found'] });
  add('glob-matches-nothing', file('nothing-*.csv'), { external: true }, { codes: ['data/not-found'] });
  return out;
}

function cellLevel(ctx: Context, s: (typeof SLOTS)[number], slice: Slice): DataCase[] {
  const { rng } = ctx;
  const id = `${s.base}/${s.slot}`;
  const base = { base: s.base, slot: s.slot };
  const n = slice.rows.length;
  const out: DataCase[] = [];
  for (const [k, value] of sample(rng, NOT_NUMBERS, s.numeric.length > 0 ? 4 : 0).entries()) {
    const column = pick(rng, s.numeric);
    const row = integer(rng, 1, n);
    out.push({ name: `${id}/not-a-number-${k}/${column}=${JSON.stringify(value)}@${row}`, ...base, path: `../data/broken/${s.base}-${s.slot}-number-${k}.csv`, content: bytes(csv(withCell(slice, row, column, value))), expect: { codes: ['data/not-a-number'], row, column } });
  }
  if (s.timestamp !== undefined) {
    for (const [k, value] of sample(rng, NOT_TIMESTAMPS, 2).entries()) {
      const row = integer(rng, 1, n);
      out.push({ name: `${id}/bad-timestamp-${k}/${JSON.stringify(value)}@${row}`, ...base, path: `../data/broken/${s.base}-${s.slot}-timestamp-${k}.csv`, content: bytes(csv(withCell(slice, row, s.timestamp, value))), expect: { codes: ['data/bad-timestamp'], row, column: s.timestamp } });
    }
  }
  if (s.numeric.length > 0) {
    // Valid after all: NaN, NA and null are missing; a huge finite number is a number.
    const column = s.numeric[0]!;
    const valid = ['NaN', 'NA', 'null', '1.7976931348623157e308', '9007199254740993', '4.9e-324'];
    const rows = sample(rng, slice.rows.map((_, i) => i + 1), valid.length);
    let edited = slice;
    valid.forEach((v, i) => (edited = withCell(edited, rows[i]!, column, v)));
    out.push({ name: `${id}/missing-and-extreme-numbers/${column}`, ...base, path: `../data/broken/${s.base}-${s.slot}-extreme.csv`, content: bytes(csv(edited)), expect: { rows: n } });
  }
  return out;
}

/** JSON Lines versions of a slice: a broken line, a line that is not an object, 1e400, NaN. */
function jsonLines(ctx: Context, s: (typeof SLOTS)[number], slice: Slice): DataCase[] {
  const { rng } = ctx;
  const id = `${s.base}/${s.slot}`;
  const base = { base: s.base, slot: s.slot, format: 'jsonl' as const };
  const numeric = new Set(s.numeric);
  const line = (row: string[]) => `{${slice.header.map((h, i) => `${JSON.stringify(h)}:${numeric.has(h) && row[i] !== '' ? row[i] : JSON.stringify(row[i])}`).join(',')}}`;
  const lines = slice.rows.map(line);
  const n = lines.length;
  const at = (row: number, text: string) => bytes(lines.map((l, i) => (i === row - 1 ? text : l)).join('\n') + '\n');
  const column = s.numeric[0]!;
  const out: DataCase[] = [];
  const r1 = integer(rng, 1, n);
  out.push({ name: `${id}/jsonl-broken-line-${r1}`, ...base, path: `../data/broken/${s.base}-${s.slot}-broken.jsonl`, content: at(r1, lines[r1 - 1]!.slice(0, -5)), expect: { codes: MALFORMED, row: r1 } });
  const r2 = integer(rng, 1, n);
  out.push({ name: `${id}/jsonl-array-line-${r2}`, ...base, path: `../data/broken/${s.base}-${s.slot}-array.jsonl`, content: at(r2, '[1, 2, 3]'), expect: { codes: MALFORMED, row: r2 } });
  const r3 = integer(rng, 1, n);
  out.push({ name: `${id}/jsonl-1e400-line-${r3}`, ...base, path: `../data/broken/${s.base}-${s.slot}-1e400.jsonl`, content: at(r3, lines[r3 - 1]!.replace(new RegExp(`"${column}":[^,}]*`), `"${column}":1e400`)), expect: { codes: ['data/not-a-number'], row: r3, column } });
  const r4 = integer(rng, 1, n);
  out.push({ name: `${id}/jsonl-nan-literal-line-${r4}`, ...base, path: `../data/broken/${s.base}-${s.slot}-nan.jsonl`, content: at(r4, lines[r4 - 1]!.replace(new RegExp(`"${column}":[^,}]*`), `"${column}":NaN`)), expect: { codes: MALFORMED, row: r4 } });
  const r5 = integer(rng, 1, n);
  out.push({ name: `${id}/jsonl-text-in-numeric-line-${r5}`, ...base, path: `../data/broken/${s.base}-${s.slot}-text.jsonl`, content: at(r5, lines[r5 - 1]!.replace(new RegExp(`"${column}":[^,}]*`), `"${column}":"abc"`)), expect: { codes: ['data/not-a-number', 'data/kind-mismatch'], row: r5, column } });
  out.push({ name: `${id}/jsonl-empty`, ...base, path: `../data/broken/${s.base}-${s.slot}-empty.jsonl`, content: new Uint8Array(0), expect: { codes: NOT_READ } });
  return out;
}

/** Paths that are not regular files, or lie outside the repository. */
function notFiles(): DataCase[] {
  const c = (name: string, base: DataBase, slot: Slot, path: string, content: DataContent, codes: readonly ProblemCode[], format?: 'csv'): DataCase => ({
    name: `special/${name}`,
    base,
    slot,
    path,
    content,
    expect: { codes },
    ...(format === undefined ? {} : { format }),
  });
  const outside: readonly ProblemCode[] = ['data/outside-root', 'data/not-a-file'];
  return [
    c('fifo', 'offer-ranker', 'current', '../data/broken/fifo.csv', { fifo: true }, ['data/not-a-file']),
    c('fifo-reference', 'adult-income', 'reference', '../data/broken/fifo-reference.csv', { fifo: true }, ['data/not-a-file']),
    c('folder-named-csv', 'offer-ranker', 'current', '../data/broken/folder.csv', { folder: true }, ['data/not-a-file']),
    c('symlink-loop', 'adult-income', 'current', '../data/broken/loop.csv', { symlink: '(self)' }, ['data/unreadable', 'data/not-found', 'data/not-a-file']),
    c('proc-self-environ', 'offer-ranker', 'current', '/proc/self/environ', { external: true }, outside, 'csv'),
    c('proc-self-environ-labels', 'adult-income-labels', 'labels', '/proc/self/environ', { external: true }, outside, 'csv'),
    c('escape-with-dot-dot', 'adult-income', 'reference', '../../../../../../../../etc/passwd', { external: true }, outside, 'csv'),
    c('symlink-to-etc', 'offer-ranker', 'reference', '../data/broken/hostname.csv', { symlink: '/etc/hostname' }, outside),
    c('symlink-to-environ', 'adult-income', 'current', '../data/broken/environ.csv', { symlink: '/proc/self/environ' }, outside),
    c('dev-null', 'offer-ranker', 'current', '/dev/null', { external: true }, outside, 'csv'),
    c('dev-zero', 'adult-income', 'current', '/dev/zero', { external: true }, outside, 'csv'),
    c('symlink-to-dev-zero', 'offer-ranker', 'current', '../data/broken/zero.csv', { symlink: '/dev/zero' }, outside),
  ];
}

/** Patterns that take exponential or high polynomial time on a backtracking engine. */
export const REDOS_PATTERNS: readonly { pattern: string; attack: string }[] = [
  { pattern: '^(a+){2,100}$', attack: `${'a'.repeat(40)}b` },
  { pattern: '^\\d*\\d*\\d*\\d*x', attack: '1'.repeat(3000) },
  { pattern: '^(a|aa){1,200}c$', attack: 'a'.repeat(80) },
  { pattern: '(x+x+)+y', attack: 'x'.repeat(40) },
  { pattern: '^(\\w+\\s?)*$', attack: `${'word '.repeat(12)}!` },
  { pattern: '^([a-z0-9]+[-.]?)+@', attack: `${'a1-'.repeat(20)}` },
  { pattern: '^(.*a){12}$', attack: 'a'.repeat(40) },
];

/** Hostile but valid: patterns a backtracking engine hangs on, long and odd category values. */
function hostileButValid(ctx: Context): DataCase[] {
  const slice = ctx.slices.get('offer-ranker/current.csv')!;
  const out: DataCase[] = [];
  const statusAt = slice.header.indexOf('status');
  REDOS_PATTERNS.forEach(({ pattern, attack }, k) => {
    const rows = slice.rows.map((r, i) => (i % 7 === 0 ? r.map((v, j) => (j === statusAt ? attack : v)) : r));
    out.push({
      name: `hostile/redos-${k}/${JSON.stringify(pattern)}`,
      base: 'offer-ranker',
      slot: 'current',
      path: `../data/broken/redos-${k}.csv`,
      content: bytes(csv({ header: slice.header, rows })),
      expect: { runs: true },
      checks: `  - id: redos\n    type: operational\n    metric: error_rate\n    column: status\n    pattern: ${JSON.stringify(pattern)}\n    fail: { gt: 0.5 }\n  - id: redos-by-segment\n    type: operational\n    metric: error_rate\n    column: status\n    by: segment\n    pattern: ${JSON.stringify(pattern)}\n    fail: { gt: 0.5 }\n`,
    });
  });
  const segmentAt = slice.header.indexOf('segment');
  const odd = ['\u001b[31mred\u001b[0m', 'abc\u202edcba', '<script>alert(1)</script>', '| a | b |', '@everyone', '[x](https://example.com)', '${HOME}', 'x'.repeat(100_000), '\u0000\u0007\u0008'];
  const rows = slice.rows.map((r, i) => r.map((v, j) => (j === segmentAt ? odd[i % odd.length]! : v)));
  out.push({ name: 'hostile/odd-category-values', base: 'offer-ranker', slot: 'current', path: '../data/broken/odd-values.csv', content: bytes(csv({ header: slice.header, rows })), expect: { runs: true } });
  // Issue 9, item 6: renderers linear in their input; long user strings are cut.
  out.push({
    name: 'hostile/400k-character-description',
    base: 'offer-ranker',
    slot: 'current',
    path: '../data/broken/long-description.csv',
    content: bytes(csv(slice)),
    expect: { runs: true },
    checks: `  - id: rows\n    description: ${'Long words '.repeat(36_400)}\n    type: data_quality\n    metric: row_count\n    fail: { gt: 1 }\n  - id: latency\n    description: ${'z'.repeat(100_000)}\n    type: operational\n    metric: p95\n    column: latency_ms\n    fail: { gt: 1 }\n`,
  });
  const many = slice.rows.map((r, i) => r.map((v, j) => (j === segmentAt ? `segment-${i}-${'y'.repeat(i % 50)}` : v)));
  out.push({ name: 'hostile/one-category-per-row', base: 'offer-ranker', slot: 'current', path: '../data/broken/many-categories.csv', content: bytes(csv({ header: slice.header, rows: many })), expect: { runs: true } });
  return out;
}

/** What the test caps a bomb's source at (`max_bytes`); a bomb expands to several times more. */
export const BOMB_CAP_BYTES = 4 << 20;

/**
 * Gzip bombs: streams that expand far beyond a cap. Two under a small `max_bytes` (one line,
 * many rows), one under the default cap on expansion (100 times the compressed size).
 */
function bombs(ctx: Context): DataCase[] {
  const slice = ctx.slices.get('offer-ranker/current.csv')!;
  const header = bytes(`${slice.header.join(',')}\n`);
  const row = `${slice.rows[0]!.join(',')}\n`;
  // A gzip file may hold several members, read one after another: one compressed MiB repeated
  // makes a bomb of any size for the cost of compressing one MiB.
  const mib = 1 << 20;
  const repeated = (member: Buffer, size: number) => Buffer.concat(Array.from({ length: Math.ceil(size / mib) }, () => member));
  const letters = gzipSync(Buffer.alloc(mib, 'a'), { level: 9 });
  const oneLine = (size: number) => Buffer.concat([gzipSync(header), repeated(letters, size)]);
  const rows = gzipSync(bytes(row.repeat(Math.ceil(mib / row.length))), { level: 9 });
  const manyRows = Buffer.concat([gzipSync(header), repeated(rows, ctx.bombBytes)]);
  const capped = { max_bytes: BOMB_CAP_BYTES };
  return [
    { name: 'bomb/gzip-one-line-capped', base: 'offer-ranker', slot: 'current', path: '../data/broken/bomb-line.csv.gz', content: oneLine(ctx.bombBytes), expect: { codes: ['data/too-large'] }, source: capped },
    { name: 'bomb/gzip-many-rows-capped', base: 'offer-ranker', slot: 'reference', path: '../data/broken/bomb-rows.csv.gz', content: manyRows, expect: { codes: ['data/too-large'] }, source: capped },
    { name: 'bomb/gzip-ratio-default-cap', base: 'adult-income', slot: 'current', path: '../data/broken/bomb-ratio.csv.gz', content: oneLine(Math.round(ctx.bombBytes * 1.5)), expect: { codes: ['data/too-large'] } },
  ];
}

/** A glob through a folder that links back to itself must read each file once (issue 9, item 7). */
function globLoop(ctx: Context): DataCase[] {
  const n = ctx.slices.get('offer-ranker/current.csv')!.rows.length;
  return [{ name: 'special/glob-through-symlink-loop', base: 'offer-ranker', slot: 'current', path: '../data/broken/loop-folder/**/*.csv', content: { loopFolder: 'offer-ranker/current.csv' }, expect: { rows: n } }];
}

export function dataCases(rng: Rng, slices: ReadonlyMap<string, Slice>, bombBytes: number): DataCase[] {
  const ctx: Context = { rng, slices, bombBytes };
  const out: DataCase[] = [];
  // Each minor mistake on two slots; JSON Lines on the slots whose file has declared numbers.
  const minorBySlot = SLOTS.map(() => new Set<string>());
  for (const kind of MINOR) for (const i of sample(rng, SLOTS.map((_, i) => i), 2)) minorBySlot[i]!.add(kind);
  SLOTS.forEach((s, i) => {
    const slice = slices.get(s.slice)!;
    out.push(...fileLevel(ctx, s, slice, minorBySlot[i]!), ...cellLevel(ctx, s, slice));
    if (s.numeric.length > 0 && s.slot === 'current') out.push(...jsonLines(ctx, s, slice));
  });
  out.push(...notFiles(), ...hostileButValid(ctx), ...bombs(ctx), ...globLoop(ctx));
  return out;
}

/** The slice files the good policies and every data case's policy read where it is not broken. */
export const SLICE_FILES = [...new Set(SLOTS.map((s) => s.slice)), 'adult-shifted/current.csv', 'diabetes/reference.csv', 'diabetes/current.csv', 'wine/reference.csv', 'wine/current.csv'];
