import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldEnd, longDecimal, numberField } from '../../src/data/long-decimal.js';

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

/** numberField over a field followed by a comma, as the CSV reader calls it. */
const field = (text: string): number => numberField(bytes(`${text},`), 0, 44);

/** Python's repr of a double (what pandas' to_csv writes): exponent form below 1e-4 and from 1e16. */
const pythonRepr = (x: number): string => {
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e16)) {
    const [digits, exponent] = x.toExponential().split('e');
    const e = Number(exponent);
    return `${digits}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return String(x);
};

/** Any decimal text in the grammar: sign, leading zeros, 1–25 digits, the point anywhere, an exponent. */
const anyDecimal = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.integer({ min: 0, max: 3 }),
    fc.stringMatching(/^[0-9]{1,25}$/),
    fc.integer({ min: -1, max: 25 }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 40 }))),
  )
  .map(([sign, zeros, digits, point, exponent]) => {
    const body = `${'0'.repeat(zeros)}${digits}`;
    const at = point < 0 ? -1 : Math.min(point, body.length);
    const number = at < 0 ? body : `${body.slice(0, at)}.${body.slice(at)}`;
    return `${sign}${number}${exponent === null ? '' : `${exponent[0]}${exponent[1]}${exponent[2]}`}`;
  });

describe('numberField (the CSV reader’s one-pass number)', () => {
  /** Its double is Number(text)'s, bit for bit, and its end the field's; or it declines (NaN). */
  const agrees = (text: string): boolean => {
    const x = field(text);
    if (x !== x) return true;
    return Object.is(x, Number(text)) && fieldEnd === text.length;
  };

  it('gives Number()’s double for the three shapes of the bench: toPrecision(6), %.6f and the shortest repr', () => {
    let declined = 0;
    let total = 0;
    // Values as data has them: the bench's normals (mean j, sd 1 + j/10) and log-normal amounts.
    const uniform = fc.integer({ min: 1, max: 2 ** 30 }).map((i) => i / 2 ** 30);
    const values = fc.tuple(uniform, uniform, fc.integer({ min: 0, max: 19 })).map(([u, v, j]) => {
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return [j + (1 + j / 10) * z, 100 * Math.exp(2 * z)] as const;
    });
    fc.assert(
      fc.property(values, ([x, y]) => {
        for (const text of [x.toPrecision(6), x.toFixed(6), pythonRepr(x), y.toFixed(6), pythonRepr(y), String(y)]) {
          total++;
          if (field(text) !== field(text)) declined++;
          if (!agrees(text)) return false;
        }
        return true;
      }),
      { numRuns: 30_000, seed: 15 },
    );
    // It declines only near-halfway values and exponents beyond its powers of ten: rare here.
    expect(declined / total).toBeLessThan(0.01);
  });

  it('gives Number()’s double on any decimal text: signs, leading zeros, long digits, exponents', () => {
    fc.assert(fc.property(anyDecimal, agrees), { numRuns: 50_000, seed: 16 });
  });

  it('gives Number()’s double for random doubles of every magnitude, written every way', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 }), (x, p) =>
        [String(x), pythonRepr(x), x.toPrecision(p), x.toExponential(p - 1)].every(agrees),
      ),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('edge cases: zeros and −0, subnormals, 17 digits, halfway cases, exponents', () => {
    const texts = ['0', '-0', '+0', '0.000000', '-0.000000', '-0.0e5', '00012.5000', '.5', '5.', '-.5e-3', '5e-324', '-4.9406564584124654e-324',
      '2.2250738585072014e-308', '1.7976931348623157e308', '9007199254740993', '9007199254740992.5', '1.0000000000000002', '0.30000000000000004',
      '123456789012345678', '1234567890123456789', '12345678901234567890', '1e22', '1e23', '1e-22', '1e-23', '999999999999999.9', '4.35', '0.1e1'];
    for (const text of texts) expect(agrees(text), text).toBe(true);
    expect(Object.is(field('-0.000000'), -0)).toBe(true);
    expect(field('12.345678')).toBe(12.345678);
    expect(field('-0.07292188865544223')).toBe(-0.07292188865544223);
  });

  it('declines what is not a number by the grammar (the reader then decides: missing, text or error)', () => {
    for (const text of ['', '-', '+', '.', 'e5', '1e', '1e+', '1.2.3', '--1', '1-', 'abc', 'NA', 'NaN', 'Infinity', '0x10', '1 ', ' 1', '1_000', '١']) {
      expect(field(text), text).toBeNaN();
    }
  });
});
