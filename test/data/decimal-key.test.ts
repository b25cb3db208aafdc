import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalKey, decodeKey, decodeKeys, MISSING_KEY, NO_KEY } from '../../src/data/decimal-key.js';
import { missingCount, numericColumn, Table } from '../../src/data/table.js';

/**
 * A decimal with at most seven significant digits in the keyed range (|x| from 1e-16 to about
 * 1e29, or 0), as (mantissa, exponent, sign) with the trailing zeros of the digits dropped, so
 * that mantissas of every length from one to seven digits occur.
 */
const shortDecimal = fc
  .record({ digits: fc.integer({ min: 1_000_000, max: 9_999_999 }), q: fc.integer({ min: -22, max: 22 }), negative: fc.boolean(), zero: fc.integer({ min: 0, max: 49 }) })
  .map(({ digits, q, negative, zero }) => {
    if (zero === 0) return { mantissa: 0, exponent: q, negative: false };
    let mantissa = digits;
    let exponent = q;
    while (mantissa % 10 === 0) {
      mantissa /= 10;
      exponent++;
    }
    return { mantissa, exponent, negative };
  });

const text = ({ mantissa, exponent, negative }: { mantissa: number; exponent: number; negative: boolean }) =>
  `${negative ? '-' : ''}${mantissa}e${exponent}`;

describe('decimal keys', () => {
  it('decode to the double Number() gives for the same text', () => {
    fc.assert(
      fc.property(shortDecimal, (d) => {
        const key = decimalKey(d.mantissa, d.exponent, d.negative);
        expect(key).not.toBe(NO_KEY);
        expect(Object.is(decodeKey(key), Number(text(d)))).toBe(true);
      }),
      { numRuns: 20_000, seed: 3 },
    );
  });

  it('order as the numbers do, and are equal exactly when the numbers are', () => {
    fc.assert(
      fc.property(shortDecimal, shortDecimal, (a, b) => {
        const ka = decimalKey(a.mantissa, a.exponent, a.negative);
        const kb = decimalKey(b.mantissa, b.exponent, b.negative);
        const xa = Number(text(a));
        const xb = Number(text(b));
        expect(Math.sign(ka - kb)).toBe(Math.sign(xa - xb));
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('decode in bulk (sorted or not, missing and zero among them) exactly as one by one', () => {
    const key = fc.oneof(
      { weight: 8, arbitrary: shortDecimal.map((d) => decimalKey(d.mantissa, d.exponent, d.negative)) },
      { weight: 1, arbitrary: fc.constantFrom(MISSING_KEY, 0) },
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (list, sorted) => {
        const keys = Int32Array.from(list);
        if (sorted) keys.sort();
        const bulk = decodeKeys(keys, keys.length, new Float64Array(keys.length));
        for (let i = 0; i < keys.length; i++) expect(Object.is(bulk[i], decodeKey(keys[i]!))).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('give one key to one number however it is written', () => {
    const key = decimalKey(15, -1, false);
    expect(decimalKey(150, -2, false)).toBe(key);
    expect(decimalKey(1_500_000_000, -9, false)).toBe(key);
    expect(decimalKey(1_500_000, -6, false)).toBe(key);
    expect(decodeKey(key)).toBe(1.5);
    expect(decimalKey(0, 5, false)).toBe(0);
    expect(decodeKey(0)).toBe(0);
  });

  it('have none for eight significant digits, −0, or numbers out of range; fit an Int32 beside MISSING_KEY', () => {
    expect(decimalKey(12_345_678, -3, false)).toBe(NO_KEY);
    expect(decimalKey(0, 0, true)).toBe(NO_KEY);
    expect(decimalKey(1, -29, false)).toBe(NO_KEY);
    expect(decimalKey(1, 29, false)).toBe(NO_KEY);
    const largest = decimalKey(9_999_999, 22, false);
    const smallest = decimalKey(9_999_999, 22, true);
    expect(largest).toBeLessThan(2 ** 31 - 1);
    expect(smallest).toBeGreaterThan(MISSING_KEY);
    expect(decodeKey(largest)).toBe(9.999999e28);
    expect(decodeKey(decimalKey(1, -16, false))).toBe(1e-16);
    expect(decimalKey(1, -17, false)).toBe(NO_KEY);
    expect(decodeKey(MISSING_KEY)).toBeNaN();
  });
});

describe('a numeric column stored as keys', () => {
  const keys = Int32Array.from([decimalKey(25, -1, false), MISSING_KEY, decimalKey(3, 0, true), 0]);
  const table = new Table(4, [numericColumn('x', { keys })], 'test');

  it('gives its doubles, counts its missing values, and keeps its keys through take()', () => {
    const column = table.column('x')!;
    if (column.kind !== 'numeric') throw new Error('numeric expected');
    expect(Array.from(column.values)).toEqual([2.5, NaN, -3, 0]);
    expect(missingCount(column)).toBe(1);
    const taken = table.take([3, 1, 0]).column('x')!;
    if (taken.kind !== 'numeric') throw new Error('numeric expected');
    expect(taken.keys).toBeDefined();
    expect(Array.from(taken.values)).toEqual([0, NaN, 2.5]);
  });
});
