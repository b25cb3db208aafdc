import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longDecimal } from '../../src/data/long-decimal.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const parse = (text: string): number => longDecimal(bytes(text), 0, text.length);

/** A decimal of 16 to 19 significant digits, the point anywhere, maybe an exponent. */
const longText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[1-9][0-9]{15,18}$/),
    fc.integer({ min: 0, max: 19 }),
    fc.integer({ min: 0, max: 4 }),
    fc.option(fc.integer({ min: -12, max: 12 })),
  )
  .map(([sign, digits, point, zeros, exponent]) => {
    const at = Math.min(point, digits.length);
    const body = at === 0 ? `0.${'0'.repeat(zeros)}${digits}` : `${digits.slice(0, at)}.${digits.slice(at)}`;
    // In scope when both powers of ten are exact: value = digits × 10^low, low ≥ −22 and
    // low + (digits − 10) ≤ 22.
    const low = (at === 0 ? -(zeros + digits.length) : -(digits.length - at)) + (exponent ?? 0);
    return { text: `${sign}${body}${exponent === null ? '' : `e${exponent}`}`, inScope: low >= -22 && low + digits.length - 10 <= 22 };
  });

describe('longDecimal', () => {
  it('gives the double Number() gives, or declines (NaN), on random 16- to 19-digit decimals', () => {
    let decided = 0;
    let total = 0;
    fc.assert(
      fc.property(longText, ({ text, inScope }) => {
        const x = parse(text);
        if (inScope) total++;
        if (x !== x) return true;
        decided++;
        return inScope && Object.is(x, Number(text));
      }),
      { numRuns: 200_000, seed: 42 },
    );
    // Declining is for values near halfway between two doubles: rare.
    expect(decided / total).toBeGreaterThan(0.99);
  });

  it('decides the shortest text of random doubles (what pandas and repr write) exactly as Number()', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (x) => {
        const text = String(x);
        const y = parse(text);
        return y !== y || Object.is(y, x);
      }),
      { numRuns: 100_000, seed: 9 },
    );
  });

  it('declines or rounds half to even on exact and near halfway cases', () => {
    const texts: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const n = 2 ** 52 + i * 1_234_567_891;
      texts.push(`${n}.5`, `${n}.4999999`, `${n}.5000001`);
      const m = 2 ** 53 + 2 * i * 987_654_321 + 1; // odd: halfway between two doubles
      texts.push(`${m}`, `${m}.000`, `${m - 1}.999`);
    }
    for (const text of texts) {
      const x = parse(text);
      if (x === x) expect(Object.is(x, Number(text)), text).toBe(true);
    }
  });

  it('declines what is outside its scope', () => {
    for (const text of ['123', '1.5', '0.1234567890123456789012', '1234567890123456.7e30', '1234567890123456.7e-30', '12345678901234567.x', '']) {
      expect(parse(text), text).toBeNaN();
    }
  });
});
