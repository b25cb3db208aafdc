import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDecimalString } from '../../src/data/number.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const same = (a: number, b: number): boolean => Object.is(a, b);
/** What parseDecimal must give: Number(text) when finite; NaN (not a number) when it overflows a double. */
const finiteNumber = (text: string): number => {
  const x = Number(text);
  return Number.isFinite(x) ? x : NaN;
};

/** Random texts in the decimal grammar: sign, digits, fraction, exponent, in any mix. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,25}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,25}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 400 }))),
  )
  .map(([sign, int, frac, exp]) => {
    let text = sign + int;
    if (frac !== null) text += '.' + frac;
    if (exp !== null) text += exp[0] + exp[1] + String(exp[2]);
    return text;
  })
  .filter((text) => /[0-9]/.test(text.split(/[eE]/)[0]!));

describe('parseDecimal', () => {
  it('is bit-identical to Number() on random decimal strings (NaN where Number() overflows)', () => {
    fc.assert(
      fc.property(decimalText, (text) => same(parseDecimal(bytes(text), 0, text.length), finiteNumber(text))),
      { numRuns: 20_000 },
    );
  });

  it('is bit-identical to Number() on the shortest text of random doubles and %.6g forms', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const texts = [String(x), x.toPrecision(6), x.toExponential(5), x.toFixed(Math.min(20, Math.abs(x) < 1e21 ? 8 : 0))];
        return texts.every((t) => same(parseDecimal(bytes(t), 0, t.length), Number(t)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('parses a slice of a larger buffer', () => {
    const buf = bytes('xx12.5e1yy');
    expect(parseDecimal(buf, 2, 8)).toBe(125);
  });

  it('rejects what is not in the grammar', () => {
    for (const text of ['', '-', '+', '.', 'e5', '1e', '1e+', '0x10', ' 1', '1 ', 'Infinity', '1,5', '1.2.3', '--1', 'NaN', '１']) {
      expect(parseDecimalString(text), text).toBeNaN();
    }
  });

  it('refuses a number that overflows a double, as it refuses Infinity (one rule: the grammar holds finite numbers only)', () => {
    for (const text of ['1e400', '-1e400', '1e309', '1.8e308', `1${'0'.repeat(400)}`, `-${'9'.repeat(310)}.5`, (2n ** 1024n).toString()]) {
      expect(parseDecimalString(text), text).toBeNaN();
      expect(parseDecimal(bytes(text), 0, text.length), text).toBeNaN();
    }
    // The largest double and its neighbourhood that still rounds to it stay numbers.
    expect(parseDecimalString('1.7976931348623157e308')).toBe(Number.MAX_VALUE);
    expect(parseDecimalString('-1.7976931348623158e308')).toBe(-Number.MAX_VALUE);
  });

  it('rounds a number below the smallest double to zero, keeping its sign (decision: docs/architecture.md, Numbers)', () => {
    expect(parseDecimalString('1e-400')).toBe(0);
    expect(Object.is(parseDecimalString('-1e-400'), -0)).toBe(true);
    expect(parseDecimalString('4.9e-324')).toBe(Number.MIN_VALUE);
    expect(parseDecimalString('2e-324')).toBe(0);
  });

  it('keeps the sign of zero and the edge forms Number() accepts', () => {
    expect(Object.is(parseDecimalString('-0'), -0)).toBe(true);
    expect(parseDecimalString('.5')).toBe(0.5);
    expect(parseDecimalString('5.')).toBe(5);
    expect(parseDecimalString('+1E-2')).toBe(0.01);
    expect(parseDecimalString('9007199254740993')).toBe(Number('9007199254740993'));
    // Longer than one call's worth of characters: read by the loop in latin1().
    const long = `0.${'3'.repeat(5000)}e-2`;
    expect(parseDecimalString(long)).toBe(Number(long));
  });
});
