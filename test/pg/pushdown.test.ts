/**
 * The pushdown (src/profile/pushdown/) against the real server: a profile computed inside
 * PostgreSQL equals profileTable() of the same rows read through the row path
 * (data/sources/postgres.ts), every count, bucket, category, joint tuple, id and timestamp
 * exactly, sums, means and M2 to 1e-12 relative (the server adds in its own order).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/sources/registry.js';
import type { ReadWindow } from '../../src/data/sources/source.js';
import { DataError } from '../../src/data/errors.js';
import { filterWindow } from '../../src/data/window.js';
import { declaredKinds } from '../../src/engine/model.js';
import { referenceFacts } from '../../src/profile/reference-facts.js';
import { profileTable } from '../../src/profile/build.js';
import { nextUp } from '../../src/profile/buckets.js';
import { NO_REFERENCE, policyFingerprint, profileNeeds, type ProfileNeeds } from '../../src/profile/needs.js';
import { pushdownProfile } from '../../src/profile/pushdown/run.js';
import type { Profile } from '../../src/profile/types.js';
import type { ColumnKind, PostgresSourceSpec } from '../../src/policy/types.js';
import { appName, exampleFileOf, examplePolicies, exampleTable, freshSchema, leftoverConnections, loadExampleTables, pgSpec, pgUrl, urlFor, withClient } from './server.js';

const ORIGIN = { model: 'm', fingerprint: 'f', version: 'test' };

interface Read {
  readonly kinds?: Record<string, ColumnKind>;
  readonly skip?: ReadonlySet<string>;
  readonly window?: ReadWindow | null;
  readonly timestampColumn?: string;
}

/** The same rows twice: pushed down, and read as rows then profiled. */
async function both(spec: PostgresSourceSpec, needs: ProfileNeeds, read: Read = {}): Promise<{ pushed: Profile; rows: Profile; returned: number }> {
  const options = { kinds: read.kinds ?? {}, ...(read.skip === undefined ? {} : { skip: read.skip }) };
  const window = read.window ?? null;
  const context = { options, window, timestampColumn: read.timestampColumn };
  const { profile, rowsReturned } = await pushdownProfile(spec, needs, context, ORIGIN);
  let table = await readTable(spec, context);
  if (window !== null) table = filterWindow(table, read.timestampColumn!, window.start, window.end).table;
  const rows = profileTable(table, needs, { ...ORIGIN, source: profile.sources[0]!, computed: 'database', window });
  return { pushed: profile, rows, returned: rowsReturned };
}

/** The profile as JSON with sums, means and M2 taken out, and those numbers beside it. */
function split(profile: Profile): { exact: unknown; sums: number[] } {
  const sums: number[] = [];
  const columns = profile.columns.map((c) => {
    if (c.kind !== 'numeric') return c;
    sums.push(c.mean, c.m2, ...c.buckets.map((b) => b.sum));
    return { ...c, mean: 0, m2: 0, buckets: c.buckets.map((b) => ({ ...b, sum: 0 })) };
  });
  return { exact: JSON.parse(JSON.stringify({ ...profile, columns })), sums };
}

/** `relative`: sums over 1,000,000 values added in another order differ by up to n·ε of their magnitude. */
function expectSame(pushed: Profile, rows: Profile, relative = 1e-12): void {
  const a = split(pushed);
  const b = split(rows);
  expect(a.exact).toEqual(b.exact);
  expect(a.sums.length).toBe(b.sums.length);
  a.sums.forEach((x, i) => {
    const y = b.sums[i]!;
    // An M2 past the largest double is infinite on both sides.
    if (x === y) return;
    expect(Math.abs(x - y), `sum ${i}: ${x} vs ${y}`).toBeLessThanOrEqual(relative * Math.max(Math.abs(x), Math.abs(y)) + 1e-300);
  });
}

function needsOf(fields: Partial<ProfileNeeds> & { splits?: Record<string, number[]> }): ProfileNeeds {
  const { splits = {}, ...rest } = fields;
  return { bits: 6, exactValues: false, rules: [], top: 1000, jointLimit: 10_000, ids: [], joint: [], scoreColumns: [], binsOf: () => [], splitsOf: (name) => splits[name] ?? [], scaleOf: () => undefined, ...rest };
}

describe.skipIf(pgUrl() === undefined)('pushdown: the profile computed in PostgreSQL', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('pushdown'));
    await withClient((client) =>
      client.query(`
        CREATE TYPE ${schema}.mood AS ENUM ('sad', 'ok', 'happy');
        CREATE TABLE ${schema}.every_type (
          i2 int2, i4 int4, i8 int8, num numeric, r real, d double precision,
          t text, vc varchar(10), c char(5), b boolean, e ${schema}.mood, u uuid,
          dt date, ts timestamp, tstz timestamptz, j json, iv interval, "Mixed Case" text,
          at timestamptz, id text, nid int4, target int4, pred int4, score double precision, grp text
        );
        INSERT INTO ${schema}.every_type
          SELECT (i % 7 - 3)::int2, i * 1000, CASE WHEN i = 1 THEN 9007199254740993 ELSE i END, (i / 3.0)::numeric(10, 4), (i * 0.1)::real,
            CASE WHEN i % 11 = 0 THEN 'NaN'::float8 WHEN i % 13 = 0 THEN '-0'::float8 WHEN i % 5 = 0 THEN NULL ELSE (i - 50) * 1.37 END,
            (ARRAY['a', 'b', '', 'NA', 'NaN', 'null', 'c', 'a, "q"'])[i % 8 + 1], CASE WHEN i % 4 = 0 THEN NULL ELSE 'v' || (i % 3) END,
            (ARRAY['ab', 'NA', 'x'])[i % 3 + 1], i % 2 = 0, (ARRAY['sad', 'ok', 'happy'])[i % 3 + 1]::${schema}.mood,
            CASE WHEN i % 9 = 0 THEN NULL ELSE md5(i::text)::uuid END,
            date '2026-11-01' + i % 20, timestamp '2026-11-20 10:00:00.123456' + i * interval '1 minute',
            timestamptz '2026-11-20 10:00:00.5+02' + i * interval '1.0001 second', CASE WHEN i % 6 = 0 THEN NULL ELSE json_build_object('k', i % 4) END,
            (i % 3) * interval '1 hour', CASE WHEN i % 2 = 0 THEN 'Yes' ELSE 'No' END,
            CASE WHEN i = 77 THEN NULL ELSE timestamptz '2026-11-20 00:00:00+00' + (i * 37 % 200) * interval '1 hour' + interval '123457 microseconds' END,
            CASE WHEN i % 17 = 0 THEN NULL ELSE 'id' || (i % 150) END, CASE WHEN i % 19 = 0 THEN NULL ELSE i % 180 END,
            i % 2, (i * 7) % 3 % 2, CASE WHEN i % 23 = 0 THEN NULL ELSE round(((i * 37) % 100) / 100.0, 2)::float8 END,
            (ARRAY['g1', 'g2', NULL])[i % 3 + 1]
          FROM generate_series(1, 200) AS i;
        CREATE TABLE ${schema}.scores AS
          SELECT i % 2 AS target, ((i * 0.6180339887498949) - floor(i * 0.6180339887498949))::float8 AS score, (i % 4000) * 0.00025::float8 AS halves
          FROM generate_series(1, 3000) AS i;
        CREATE TABLE ${schema}.edges AS
          SELECT (ARRAY[0, '-0', 4.9e-324, -4.9e-324, 3.2e-309, -3.2e-309, 1e-300, -1e-300, 1e-12, -1e-12, 0.5, -0.5, 3, -3, 3.999, 16, -16, 64, -64, 1e150, -1e100,
                        1.25, -1.25, 1.2500000000000002, -1.2500000000000002, 1.2499999999999998, -1.2499999999999998]::float8[])[i % 27 + 1] * (1 + (i / 27) * 2.220446049250313e-16) AS x,
                 (i % 50)::int4 AS n
          FROM generate_series(0, 539) AS i;
        CREATE TABLE ${schema}.huge AS
          SELECT CASE WHEN i % 40 = 0 THEN 1e300 WHEN i % 97 = 0 THEN -1e300 WHEN i = 7 THEN 1.7976931348623157e308 WHEN i = 8 THEN -1.7976931348623157e308
                      WHEN i % 61 = 0 THEN 3e200 * (1 + i * 1e-6) WHEN i % 71 = 0 THEN 2e154 ELSE sin(i) * 3 END::float8 AS x
          FROM generate_series(1, 2000) AS i;
        CREATE TABLE ${schema}.empty (x double precision, y text, at timestamptz);
        CREATE TABLE ${schema}.infinite (x double precision);
        INSERT INTO ${schema}.infinite VALUES (1), ('Infinity');
      `),
    );
  });
  afterAll(() => drop());

  it('every mapped type, NULLs, missing tokens, splits, ids and the joint: equal to the rows profiled', async () => {
    const application = appName('pushdown');
    const spec = pgSpec({ table: `${schema}.every_type` }, urlFor(application));
    const needs = needsOf({ ids: ['id', 'nid'], joint: ['target', 'pred', 'score', 'grp'], scoreColumns: ['score'], splits: { d: [-10, 0, nextUp(0), 12.33], score: [0.5] } });
    const { pushed, rows, returned } = await both(spec, needs, { timestampColumn: 'at' });
    expect(pushed.rows).toBe(200);
    expect(pushed.computed).toBe('database');
    expect(pushed.joint?.score_step).toBeNull();
    expectSame(pushed, rows);
    // Rows returned: buckets, categories, per-column rows, tuples; far fewer than the rows.
    expect(returned).toBeLessThan(pushed.columns.reduce((n, c) => n + (c.kind === 'numeric' ? c.buckets.length + 1 : c.kind === 'categorical' ? c.categories.length + 2 : 1), 0) + pushed.ids.length + (pushed.joint?.tuples.length ?? 0) + 4);
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('top categories and other, declared kinds (numbers as categories), PII never read', async () => {
    const spec = pgSpec({ table: `${schema}.every_type` });
    const needs = needsOf({ top: 2, bits: 3 });
    const { pushed, rows } = await both(spec, needs, { timestampColumn: 'at', kinds: { i2: 'categorical', d: 'categorical' }, skip: new Set(['t']) });
    expect(pushed.columns.find((c) => c.name === 't')).toBeUndefined();
    const u = pushed.columns.find((c) => c.name === 'u');
    expect(u?.kind === 'categorical' && u.other.categories).toBeGreaterThan(100);
    expectSame(pushed, rows);
  });

  it('the joint past its limit: scores rounded, then refused with the row path\'s reason', async () => {
    // 3,000 distinct scores, at most 2 × 1,001 once rounded; `halves` has scores that lie half-way between steps.
    const scores = pgSpec({ table: `${schema}.scores` });
    for (const column of ['score', 'halves']) {
      const rounded = await both(scores, needsOf({ joint: ['target', column], scoreColumns: [column], jointLimit: 2500 }));
      expect(rounded.pushed.joint?.score_step).toBe(0.001);
      expect(rounded.pushed.joint!.tuples.length).toBeLessThanOrEqual(2002);
      expectSame(rounded.pushed, rounded.rows);
    }
    const spec = pgSpec({ table: `${schema}.every_type` });
    const few = await both(spec, needsOf({ joint: ['target', 'pred', 'score', 'd'], scoreColumns: ['score'], jointLimit: 20 }), { timestampColumn: 'at' });
    expect(few.pushed.joint).toBeNull();
    expect(few.pushed.joint_missing).toContain('distinct combinations even with scores rounded');
    expectSame(few.pushed, few.rows);
  });

  it('the window: the same rows as the row path, the profile says which', async () => {
    const spec = pgSpec({ table: `${schema}.every_type` });
    const window = { start: Date.parse('2026-11-21T00:00:00.123Z'), end: Date.parse('2026-11-25T00:00:00.123Z') };
    const { pushed, rows } = await both(spec, needsOf({ ids: ['id'] }), { timestampColumn: 'at', window });
    expect(pushed.rows).toBeGreaterThan(50);
    expect(pushed.rows).toBeLessThan(150);
    expect(pushed.window).toEqual(window);
    expectSame(pushed, rows);
  });

  it('values on every side of the cell grid (zeros, subnormals, far below and above the scale): equal to the rows profiled', async () => {
    // The reference's scale 4: cells cover |x| from 2^−21 to 2^5; the rest are bucketed from their bytes (grid.ts).
    // With the scale 1e300 the cells' sums are scaled by 2^−1000 (compile.ts sumScale) and the values near zero fall back.
    for (const [bits, scale] of [[6, 4], [2, 4], [6, 1e300]] as const) {
      const needs = needsOf({ bits, scaleOf: () => scale, splits: { x: [-3, nextUp(-3), 0, nextUp(0), 1.25, nextUp(1.25)] } });
      for (const spec of [pgSpec({ table: `${schema}.edges` }), pgSpec({ query: `SELECT * FROM ${schema}.edges` })]) {
        const { pushed, rows } = await both(spec, needs);
        expect(pushed.rows).toBe(540);
        expectSame(pushed, rows);
      }
    }
  });

  it('sentinels past 1e154 (1e300, ±1.8e308): the sums of squares do not overflow on the server, equal to the rows profiled', async () => {
    // Without the guard (compile.ts sumScale, fallbackUnscale), var_pop of these raised "value out of range: overflow": the model was an error where the row path reported its drift.
    for (const scale of [4, 1e300, undefined]) {
      const needs = needsOf({ scaleOf: () => scale, splits: { x: [-1, 0, 2.5] } });
      for (const spec of [pgSpec({ table: `${schema}.huge` }), pgSpec({ query: `SELECT * FROM ${schema}.huge` })]) {
        const { pushed, rows } = await both(spec, needs);
        expect(pushed.rows).toBe(2000);
        const x = pushed.columns[0]!;
        expect(x.kind === 'numeric' && [x.min, x.max, x.count]).toEqual([-1.7976931348623157e308, 1.7976931348623157e308, 2000]);
        expectSame(pushed, rows);
      }
    }
  });

  it('a query whose rows change from one read to the next is refused, not mixed into one profile', async () => {
    // The fallback query (values beyond the grid: here past 2^34 with scale 4) reads the source
    // again in the same snapshot. statement_timestamp() differs between the two statements, as
    // random() or TABLESAMPLE would make the rows differ.
    const volatile = `SELECT CASE WHEN x > 5 AND x < 1e301 THEN x * (1 + extract(microseconds FROM statement_timestamp()) * 1e-12) ELSE x END AS x FROM ${schema}.huge`;
    const needs = needsOf({ scaleOf: () => 4 });
    const refused = await pushdownProfile(pgSpec({ query: volatile }), needs, { options: {}, window: null }, ORIGIN).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataError);
    expect((refused as DataError).code).toBe('profile/pushdown');
    expect((refused as DataError).message).toMatch(/^postgres query: the source gave other rows when read a second time in the same snapshot \(column "x": /);
    // The same query without the clock is pushed down, through the same fallback.
    const steady = await both(pgSpec({ query: `SELECT x FROM ${schema}.huge` }), needs);
    expectSame(steady.pushed, steady.rows);
  });

  it('a query that gives each connection other rows is refused, not mixed into one profile', async () => {
    // Two numeric columns are grouped on two connections (pushdownConnections, default 2), each
    // running the query once in the same snapshot; random() keeps other rows each time.
    const sampled = `SELECT score, halves FROM ${schema}.scores WHERE random() < 0.5`;
    const refused = await pushdownProfile(pgSpec({ query: sampled }), needsOf({}), { options: {}, window: null }, ORIGIN).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataError);
    expect((refused as DataError).code).toBe('profile/pushdown');
    expect((refused as DataError).message).toMatch(/^postgres query: the source gave other rows to different reads in the same snapshot \(column "score" counted [\d,]+ rows, column "halves" [\d,]+\)/);
    // Without random() the two connections count the same rows, and the profile is the rows'.
    const steady = await both(pgSpec({ query: `SELECT score, halves FROM ${schema}.scores WHERE score < 0.5` }), needsOf({}));
    expect(steady.pushed.rows).toBe(steady.rows.rows);
    expectSame(steady.pushed, steady.rows);
  });

  it('query mode and an empty table', async () => {
    const query = await both(pgSpec({ query: `select d, e, score from ${schema}.every_type order by d` }), needsOf({}));
    // No order column: categories come by value in pushdown, as the server gives them in rows; compare sorted.
    const sorted = (p: Profile): Profile => ({ ...p, columns: p.columns.map((c) => (c.kind === 'categorical' ? { ...c, categories: [...c.categories].sort(), counts: [...c.categories.keys()].sort((a, b) => (c.categories[a]! < c.categories[b]! ? -1 : 1)).map((i) => c.counts[i]!) } : c)) });
    expectSame(sorted(query.pushed), sorted(query.rows));
    const empty = await both(pgSpec({ table: `${schema}.empty` }), needsOf({ joint: ['x', 'y'] }), { timestampColumn: 'at' });
    expect(empty.pushed.rows).toBe(0);
    expectSame(empty.pushed, empty.rows);
  });

  it('Infinity is refused as the row path refuses it; a query error and a timeout name the source', async () => {
    const infinite = await pushdownProfile(pgSpec({ table: `${schema}.infinite` }), needsOf({}), { options: {}, window: null }, ORIGIN).catch((e: unknown) => e);
    expect(infinite).toBeInstanceOf(DataError);
    expect((infinite as DataError).code).toBe('data/not-a-number');
    const missing = await pushdownProfile(pgSpec({ table: `${schema}.absent` }), needsOf({}), { options: {}, window: null }, ORIGIN).catch((e: unknown) => e);
    expect((missing as DataError).code).toBe('source/not-found');
    expect((missing as DataError).message).toContain(`postgres table "${schema}.absent"`);
    const slow = await pushdownProfile(pgSpec({ query: 'select pg_sleep(2)::text as x, 1 as y', timeout_ms: 200 }), needsOf({}), { options: {}, window: null }, ORIGIN).catch((e: unknown) => e);
    expect((slow as DataError).code).toBe('source/timeout');
    expect((slow as DataError).message).toContain('postgres query');
  });
});

describe.skipIf(pgUrl() === undefined)('pushdown of the example models', () => {
  beforeAll(() => loadExampleTables());

  it('each example current table pushed down equals its rows profiled, with the policy\'s needs', async () => {
    const policies = await examplePolicies();
    let compared = 0;
    for (const policy of policies) {
      const file = exampleFileOf(policy.data.current);
      if (file === undefined) continue;
      const referenceFile = exampleFileOf(policy.data.reference);
      const reference = referenceFile === undefined ? null : await readTable(pgSpec({ table: exampleTable(referenceFile) }), { options: { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) }, window: null });
      // Row rules are never pushed down (the engine reads rows for a model with one): compared without them.
      const needs = { ...profileNeeds(policy, reference === null ? NO_REFERENCE : referenceFacts(reference)), rules: [] };
      const { pushed, rows } = await both(pgSpec({ table: exampleTable(file) }), needs, { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii), timestampColumn: policy.columns.timestamp });
      expect(policyFingerprint(policy)).toMatch(/^[0-9a-f]{64}$/);
      if (policy.columns.timestamp === undefined) {
        // Without an order column the row path keeps the server's order of first sight.
        const sortedCats = (p: Profile): Profile => ({ ...p, columns: p.columns.map((c) => (c.kind === 'categorical' ? { ...c, categories: [...c.categories].sort(), counts: [...c.categories.keys()].sort((a, b) => (c.categories[a]! < c.categories[b]! ? -1 : 1)).map((i) => c.counts[i]!) } : c)) });
        expectSame(sortedCats(pushed), sortedCats(rows));
      } else expectSame(pushed, rows);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});

describe.skipIf(pgUrl() === undefined)('pushdown of a 1,000,000-row table', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('pushdown_1m'));
    // Like scored production rows: rounded normals and a lognormal amount, an integer age, a
    // long-tailed category, a binary label, a score, a timestamp over a week; some cells missing.
    await withClient((client) =>
      client.query(`
        CREATE TABLE ${schema}.scored AS
        SELECT round((40 + 12 * sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2))::numeric, 6)::float8 AS x,
          CASE WHEN i % 200 = 0 THEN NULL ELSE round(exp(3 + sqrt(-2 * ln(1 - u2)) * sin(2 * pi() * u1))::numeric, 2)::float8 END AS amount,
          (18 + floor(u3 * 70))::int4 AS age,
          'c' || floor(1 / (0.002 + u1))::int AS segment,
          (u2 < 0.3)::int4 AS target,
          round(u2::numeric, 4)::float8 AS score,
          timestamptz '2026-11-17 00:00:00+00' + (i * interval '604 milliseconds') AS at
        FROM (SELECT i, random() AS u1, random() AS u2, random() AS u3 FROM generate_series(1, 1000000) AS i) AS g;
        ANALYZE ${schema}.scored;
      `),
    );
  }, 120_000);
  afterAll(() => drop());

  it('returns O(columns × buckets) rows, not O(rows), and the profile of the rows read', async () => {
    const spec = pgSpec({ table: `${schema}.scored`, timeout_ms: 120_000 });
    const needs = needsOf({ joint: ['target', 'score', 'segment'], scoreColumns: ['score'], splits: { x: [30, nextUp(30), 50, nextUp(50)] } });
    const { pushed, rows, returned } = await both(spec, needs, { timestampColumn: 'at' });
    expect(pushed.rows).toBe(1_000_000);
    expectSame(pushed, rows, 1e-10);
    // The same rows give the same profile to the bit (a profile's JSON is byte-identical for the
    // same data): every scan starts at the table's first block and no aggregate is split among
    // workers (run.ts), so the server adds in the same order each time.
    const again = await pushdownProfile(spec, needs, { options: { kinds: {} }, window: null, timestampColumn: 'at' }, ORIGIN);
    expect(JSON.stringify(again.profile)).toBe(JSON.stringify(pushed));
    // One row a bucket and a missing group per numeric column, a row a kept category, other and
    // missing, a row a timestamp column and the joint's two tuple counts (its tuples are not
    // sent: past the limit even rounded); no row count, which the numeric columns' groups give.
    const numeric = pushed.columns.flatMap((c) => (c.kind === 'numeric' ? [c.buckets.length + (c.missing > 0 ? 1 : 0)] : []));
    const categorical = pushed.columns.flatMap((c) => (c.kind === 'categorical' ? [c.categories.length + (c.other.count > 0 ? 1 : 0) + (c.missing > 0 ? 1 : 0)] : []));
    const expected = numeric.reduce((a, b) => a + b, 0) + categorical.reduce((a, b) => a + b, 0) + 1 + 2;
    expect(pushed.joint).toBeNull();
    expect(pushed.joint_missing).toContain('even with scores rounded');
    expect(returned).toBe(expected);
    expect(returned).toBeLessThan(3_000);
    console.log(`1,000,000 rows pushed down: ${returned} rows returned`);
  }, 180_000);
});
