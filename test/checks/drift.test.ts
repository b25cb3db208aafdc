/** The drift check's choices and verdicts; its numbers are checked against scipy in test/e2e. */
import { describe, expect, it } from 'vitest';
import { driftCheck } from '../../src/checks/drift.js';
import { compareNumeric, keysWithRoom, type NumericData, type PairRequest, Scratch } from '../../src/checks/drift-measure.js';
import type { DriftDetails } from '../../src/checks/details.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';
import { categorical, context, driftSpec, numeric, table } from './context.js';
import { decimalKey, MISSING_KEY } from '../../src/data/decimal-key.js';

const spec = (partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec => driftSpec(partial);

const range = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const methods = (outcome: ReturnType<typeof driftCheck.run>) =>
  Object.fromEntries((outcome.details as DriftDetails).columns.map((c) => [c.column, c.method]));

describe('method: auto', () => {
  it('chooses tests for at most 1,000 reference values, by kind and distinct values', () => {
    const make = (n: number) =>
      table(
        numeric('many', range(n, (i) => i % 50)),
        numeric('three', range(n, (i) => i % 3)),
        numeric('two', range(n, (i) => i % 2)),
        categorical('cats', range(n, (i) => ['a', 'b', 'c'][i % 3]!)),
        categorical('pair', range(n, (i) => ['a', 'b'][i % 2]!)),
      );
    expect(methods(driftCheck.run(spec(), context(make(300), make(1000))))).toEqual({
      many: 'ks',
      three: 'chi_square',
      two: 'z',
      cats: 'chi_square',
      pair: 'z',
    });
  });

  it('chooses distances above 1,000 reference values', () => {
    const make = (n: number) => table(numeric('many', range(n, (i) => i % 50)), numeric('three', range(n, (i) => i % 3)), categorical('cats', range(n, (i) => ['a', 'b'][i % 2]!)));
    expect(methods(driftCheck.run(spec(), context(make(300), make(1001))))).toEqual({
      many: 'wasserstein',
      three: 'jensen_shannon',
      cats: 'jensen_shannon',
    });
  });
});

describe('verdicts', () => {
  const reference = table(numeric('x', range(2000, (i) => i % 100)), numeric('y', range(2000, (i) => i % 100)));
  const current = table(numeric('x', range(1000, (i) => (i % 100) + 30)), numeric('y', range(1000, (i) => i % 100)));

  it('judges distances with per_feature and reports the share of drifted columns', () => {
    const outcome = driftCheck.run(spec({ dataset: { share_drifted: { fail: { gte: 0.75 } } } }), context(current, reference));
    const details = outcome.details as DriftDetails;
    expect(details.columns.map((c) => [c.column, c.status, c.drifted])).toEqual([
      ['x', 'fail', true],
      ['y', 'pass', false],
    ]);
    expect(outcome.value).toBe(0.5);
    expect(details.share_drifted_status).toBe('pass');
    expect(outcome.status).toBe('pass'); // the share decides: 50% is below the dataset's 75% (drift-status.test.ts)
    expect(outcome.message).toMatch(/1 of 2 columns drifted \(50%\): x/);
  });

  it('judges tests with p_value', () => {
    const outcome = driftCheck.run(spec({ method: 'ks', p_value: { fail: { lt: 0.01 } } }), context(current, reference));
    const x = (outcome.details as DriftDetails).columns[0]!;
    expect(x.score).toBe(x.p_value_adjusted); // bh over the two tests x and y (drift-tests.test.ts)
    expect(x.thresholds).toEqual({ fail: { lt: 0.01 } });
    expect(x.status).toBe('fail');
  });

  it('a column missing from current data, or of another kind, is an error for that column', () => {
    const cur = table(categorical('x', range(1000, () => 'a')));
    const outcome = driftCheck.run(spec({ features: ['x', 'y'] }), context(cur, reference));
    const [x, y] = (outcome.details as DriftDetails).columns;
    expect(x!.message).toMatch(/numeric in the reference data but categorical in the current data/);
    expect(y!.message).toMatch(/not in the current data/);
    expect([x!.code, y!.code]).toEqual(['data/kind-mismatch', 'check/missing-column']);
    expect(outcome).toMatchObject({ status: 'error', code: 'data/kind-mismatch' });
  });

  it('too few current rows give no_data; no reference gives error', () => {
    expect(driftCheck.run(spec({ min_samples: 5000 }), context(current, reference))).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    expect(driftCheck.run(spec(), context(current, null))).toMatchObject({ status: 'error', code: 'check/no-reference' });
  });

  it('z on a column with more than two values is an error that says so', () => {
    const outcome = driftCheck.run(spec({ method: 'z', features: ['x'] }), context(current, reference));
    expect((outcome.details as DriftDetails).columns[0]!.message).toMatch(/z compares two proportions/);
  });
});

describe('runAsync with worker threads offered', () => {
  it('gives the outcome of run, sending only the numeric pairs the pool wants, on copies', async () => {
    const n = 2000;
    const make = (shift: number) =>
      table(
        numeric('big', range(n, (i) => ((i * 7919) % 1000) / 10 + shift + (i % 97 === 0 ? NaN : 0))),
        numeric('few', range(n, (i) => i % 3)),
        categorical('cats', range(n, (i) => ['a', 'b', 'c', null][(i + shift) % 4] ?? null)),
      );
    const reference = make(0);
    const current = make(3);
    const sent: number[] = [];
    const parallel = {
      wants: (values: number) => values > 3000,
      compareNumeric: async (ref: NumericData, cur: NumericData, request: PairRequest) => {
        sent.push(ref.length + cur.length);
        // As a worker does: on copies, compacted in place.
        return compareNumeric(ref.slice(), cur.slice(), request, new Scratch(), true);
      },
    };
    for (const method of ['auto', 'ks', 'psi', 'wasserstein'] as const) {
      sent.length = 0;
      const s = spec({ method, features: ['big', 'few', 'cats'] });
      const expected = driftCheck.run(s, context(current, reference));
      const before = reference.column('big')!;
      const snapshot = before.kind === 'numeric' ? before.values.slice() : null;
      const actual = await driftCheck.runAsync!(s, { ...context(current, reference), parallel });
      expect(actual).toEqual(expected);
      expect(sent).toEqual([2 * n, 2 * n]);
      expect(before.kind === 'numeric' ? before.values : null).toEqual(snapshot);
    }
  });
});

describe('numeric columns stored as decimal keys', () => {
  it('measure exactly what their doubles measure, for every method', () => {
    // Six-digit decimals, many ties, some missing, a shifted current sample; the reference
    // crosses zero and a decade so keys of both signs and several exponents are sorted.
    const sample = (n: number, shift: number) =>
      range(n, (i) => (i % 53 === 0 ? 'NA' : (((i * 7919) % 20011) / 1000 - 7 + shift).toPrecision(6)));
    const asKeys = (texts: string[]) =>
      Int32Array.from(texts, (t) => {
        if (t === 'NA') return MISSING_KEY;
        const [digits = '', fraction = ''] = t.replace('-', '').split('.');
        return decimalKey(Number(digits + fraction), -fraction.length, t.startsWith('-'));
      });
    const asDoubles = (texts: string[]) => Float64Array.from(texts, (t) => (t === 'NA' ? NaN : Number(t)));
    const reference = sample(12_000, 0);
    const current = sample(9_000, 0.5);
    for (const method of ['auto', 'ks', 'wasserstein', 'psi', 'jensen_shannon', 'kl', 'hellinger', 'chi_square'] as const) {
      const request: PairRequest = { method, bins: 10, minSamples: 30 };
      const fromDoubles = compareNumeric(asDoubles(reference), asDoubles(current), request, new Scratch());
      const fromKeys = compareNumeric(asKeys(reference), asKeys(current), request, new Scratch());
      expect(fromKeys).toEqual(fromDoubles);
      // As a worker prepares them: in place, decoded over their own buffer.
      const inPlace = compareNumeric(keysWithRoom(asKeys(reference)), keysWithRoom(asKeys(current), new ArrayBuffer(1 << 20)), request, new Scratch(), true);
      expect(inPlace).toEqual(fromDoubles);
      expect(fromKeys.referenceRows).toBe(12_000 - Math.ceil(12_000 / 53));
    }
  });
});
