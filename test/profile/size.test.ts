/**
 * Issue 11's two promises about writing a profile, on a reference the size the issue names:
 * "A 1,000,000-row × 20-column reference gives a profile under 1 MB" and "Writing is
 * deterministic: the same data gives byte-identical JSON".
 *
 * The table looks like a CSV export of real data, not like what buckets hold best: continuous
 * columns rounded to 6 decimals (or to cents), one standardised feature centred on 0 (the worst
 * case for buckets: every binade near 0 is populated), a balance that crosses 0, lognormal
 * money and durations, integer ages, counts and ratings, three categorical columns (one of
 * 20,000 products with a Zipf tail, past the 1,000 categories kept), a timestamp, and 0.5 % of
 * all cells missing. Seeded (mulberry32), built as typed arrays, not CSV text, so that the
 * test stays within seconds. The profile is made with a policy's needs (drift on every feature
 * with 10 bins, missing share), as `modelwatch profile` makes a reference's.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/data/random.js';
import { Table, type Column } from '../../src/data/table.js';
import { loadPolicySource } from '../../src/policy/load.js';
import { profileTable } from '../../src/profile/build.js';
import { profileJson } from '../../src/profile/json.js';
import { policyFingerprint, profileNeeds } from '../../src/profile/needs.js';

const ROWS = 1_000_000;
const MISSING = 0.005;
const SEED = 20261202;

const random = mulberry32(SEED);
const uniform = (): number => random.uniform();
const normal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
/** x as a CSV export with `places` decimals writes it, read back as a double. */
const rounded = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function poisson(mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = uniform(); p > limit; p *= uniform()) k++;
  return k;
}

/** The numeric columns: name and one draw. */
const NUMERIC: [string, () => number][] = [
  ['age', () => Math.round(clamp(41 + 13 * normal(), 18, 90))],
  ['income', () => rounded(Math.exp(10.9 + 0.75 * normal()), 2)],
  ['tenure_months', () => Math.min(120, Math.floor(-28 * Math.log(1 - uniform())))],
  ['purchases_30d', () => poisson(3.2)],
  ['monthly_charges', () => rounded(clamp(64.8 + 30.1 * normal(), 18.25, 118.75), 2)],
  ['credit_utilisation', () => rounded(1 / (1 + Math.exp(0.8 - 1.1 * normal())), 6)],
  ['feature_z', () => rounded(normal(), 6)],
  ['sensor_temp_c', () => rounded(21.5 + 3.2 * normal(), 6)],
  ['pressure_kpa', () => rounded(101.325 + 0.9 * normal(), 6)],
  ['balance', () => rounded(2500 + 1800 * normal(), 2)],
  ['basket_value', () => rounded(Math.exp(3.6 + 0.9 * normal()), 2)],
  ['session_seconds', () => rounded(Math.exp(5.2 + 1.1 * normal()), 3)],
  ['latency_ms', () => rounded(Math.exp(4.6 + 0.45 * normal()), 1)],
  ['latitude', () => rounded(40.7 + 2.5 * normal(), 6)],
  ['longitude', () => rounded(-74 + 3 * normal(), 6)],
  ['rating', () => 1 + pick(RATING)],
];
const RATING = cumulative([0.06, 0.08, 0.16, 0.32, 0.38]);

/** Categorical columns: name, category names, their shares. */
const CATEGORICAL: [string, string[], Float64Array][] = [
  ['region', Array.from({ length: 60 }, (_, i) => `region-${String(i + 1).padStart(2, '0')}`), zipf(60, 1)],
  ['product', Array.from({ length: 20_000 }, (_, i) => `SKU-${String(((i * 7919) % 100_000) + 1).padStart(6, '0')}`), zipf(20_000, 1.05)],
  ['device', ['mobile', 'desktop', 'tablet', 'tv'], cumulative([0.58, 0.33, 0.08, 0.01])],
];

function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((s, w) => s + w, 0);
  let sum = 0;
  return Float64Array.from(weights, (w) => (sum += w / total));
}

function zipf(n: number, s: number): Float64Array {
  return cumulative(Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s));
}

/** The index of a uniform draw in a cumulative distribution. */
function pick(cdf: Float64Array): number {
  const u = uniform();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Codes in first-seen order of the values (what a reader's dictionary gives), -1 missing. */
function encoded(name: string, values: Int32Array, names: readonly string[]): Column {
  const codeOf = new Int32Array(names.length).fill(-1);
  const dictionary: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0) {
      codes[i] = -1;
      continue;
    }
    if (codeOf[v] === -1) {
      codeOf[v] = dictionary.length;
      dictionary.push(names[v]!);
    }
    codes[i] = codeOf[v]!;
  }
  return { kind: 'categorical', name, codes, dictionary };
}

interface Rows {
  readonly numeric: Float64Array[];
  readonly categorical: Int32Array[];
  readonly timestamps: Float64Array;
}

function filled<T extends Float64Array | Int32Array>(values: T, missing: number, draw: () => number): T {
  for (let i = 0; i < values.length; i++) values[i] = uniform() < MISSING ? missing : draw();
  return values;
}

function generate(): Rows {
  const numeric = NUMERIC.map(([, draw]) => filled(new Float64Array(ROWS), NaN, draw));
  const categorical = CATEGORICAL.map(([, , cdf]) => filled(new Int32Array(ROWS), -1, () => pick(cdf)));
  const start = Date.parse('2026-10-01T00:00:00Z');
  const timestamps = filled(new Float64Array(ROWS), NaN, () => start + Math.floor(uniform() * 30 * 86_400_000));
  return { numeric, categorical, timestamps };
}

/** The rows as a table, in the order `order` gives (each categorical column encoded as read in that order). */
function tableOf(rows: Rows, order: Uint32Array | null): Table {
  function at<T extends Float64Array | Int32Array>(values: T): T {
    if (order === null) return values;
    const out = values.slice();
    for (let i = 0; i < ROWS; i++) out[i] = values[order[i]!]!;
    return out as T;
  }
  const columns: Column[] = [
    { kind: 'timestamp', name: 'event_at', values: at(rows.timestamps) },
    ...NUMERIC.map(([name], k): Column => ({ kind: 'numeric', name, values: at(rows.numeric[k]!) })),
    ...CATEGORICAL.map(([name, names], k) => encoded(name, at(rows.categorical[k]!), names)),
  ];
  return new Table(ROWS, columns, 'generated');
}

const POLICY = `
apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: million, task: regression }
columns:
  timestamp: event_at
  features:
    numerical: [${NUMERIC.map(([name]) => name).join(', ')}]
    categorical: [${CATEGORICAL.map(([name]) => name).join(', ')}]
data:
  reference: { file: reference.csv }
  current: { file: current.csv }
checks:
  - { id: drift, type: drift, features: all, method: psi, bins: 10 }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.02 } }
`;

describe('a profile of a 1,000,000-row × 20-column reference', () => {
  it('is under 1 MB, the same bytes when made twice, and the same numeric columns from the rows shuffled', () => {
    const loaded = loadPolicySource('million.yaml', POLICY, { env: {}, dir: '/tmp' });
    expect(loaded.errors).toEqual([]);
    const policy = loaded.policy!;
    const needs = profileNeeds(policy, null);
    expect(needs.binsOf('age')).toEqual([10]);
    const origin = { model: 'million', fingerprint: policyFingerprint(policy), source: 'reference.csv', computed: 'rows', window: null, version: '0.0.0-test' } as const;

    let t = performance.now();
    const rows = generate();
    const table = tableOf(rows, null);
    const generated = performance.now() - t;
    expect(table.columnNames.length).toBe(20);

    const timed = (of: Table): { json: string; ms: number } => {
      const started = performance.now();
      const json = profileJson(profileTable(of, needs, origin));
      return { json, ms: performance.now() - started };
    };
    const first = timed(table);
    const again = timed(table);

    // The same rows in another order: a seeded Fisher–Yates shuffle.
    t = performance.now();
    const order = new Uint32Array(ROWS);
    for (let i = 0; i < ROWS; i++) order[i] = i;
    for (let i = ROWS - 1; i > 0; i--) {
      const j = Math.floor(uniform() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    const shuffled = timed(tableOf(rows, order));
    const shuffling = performance.now() - t - shuffled.ms;

    const bytes = Buffer.byteLength(first.json);
    const lines = first.json.split('\n');
    const columnLines = (json: string, kind: string): string[] => json.split('\n').filter((l) => l.includes(`"kind":"${kind}"`));
    const largest = lines
      .filter((l) => l.includes('"kind":'))
      .map((l) => [(/"name":"([^"]+)"/.exec(l) ?? [])[1], Buffer.byteLength(l)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, size]) => `${name} ${(size / 1000).toFixed(1)} kB`);
    console.log(
      `profile of ${ROWS.toLocaleString('en')} rows × ${table.columnNames.length} columns: ${bytes.toLocaleString('en')} bytes (${(bytes / 1e6).toFixed(3)} MB); ` +
        `largest columns: ${largest.join(', ')}; profiling and writing ${(first.ms / 1000).toFixed(2)} s, again ${(again.ms / 1000).toFixed(2)} s, ` +
        `shuffled ${(shuffled.ms / 1000).toFixed(2)} s; generating ${(generated / 1000).toFixed(2)} s, shuffling ${(shuffling / 1000).toFixed(2)} s`,
    );

    expect(bytes).toBeLessThan(1_000_000);
    expect(again.json === first.json).toBe(true);
    // Categories keep the order the rows first show them in, so only the numeric (and timestamp) columns are the same bytes.
    const numeric = columnLines(first.json, 'numeric');
    expect(numeric.length).toBe(NUMERIC.length);
    expect(columnLines(shuffled.json, 'numeric')).toEqual(numeric);
    expect(columnLines(shuffled.json, 'timestamp')).toEqual(columnLines(first.json, 'timestamp'));
    // What makes the comparison worth making: the profile is not trivial, and the categorical lines do differ.
    expect(numeric.every((l) => l.includes('"edges":{"10":['))).toBe(true);
    expect(columnLines(shuffled.json, 'categorical')).not.toEqual(columnLines(first.json, 'categorical'));
  });
});
