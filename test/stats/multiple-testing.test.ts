/**
 * Adjusted p-values against statsmodels 0.13.5's multipletests on real (UCI Adult drift tests)
 * and synthetic families: test/fixtures/multiple-testing-oracle.json, written by
 * test/fixtures/oracle/multiple_testing_oracle.py.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues, type PValueCorrection } from '../../src/stats/multiple-testing.js';

interface Family {
  readonly name: string;
  readonly p_values: number[];
  readonly bh: { adjusted: number[]; 'reject_at_0.05': boolean[] };
  readonly holm: { adjusted: number[]; 'reject_at_0.05': boolean[] };
  readonly bonferroni: { adjusted: number[]; 'reject_at_0.05': boolean[] };
}

const oracle = JSON.parse(readFileSync(new URL('../fixtures/multiple-testing-oracle.json', import.meta.url), 'utf8')) as { families: Family[] };
const METHODS = ['bh', 'holm', 'bonferroni'] as const;

describe.each(oracle.families.map((f) => [f.name, f] as const))('%s', (_name, family) => {
  it.each(METHODS)('%s equals statsmodels within 1e-12 relative, with its rejections at 0.05', (method) => {
    const got = adjustPValues(family.p_values, method);
    const want = family[method];
    for (let i = 0; i < got.length; i++) {
      const w = want.adjusted[i]!;
      expect(Math.abs(got[i]! - w), `${method}[${i}]: ${got[i]} vs ${w}`).toBeLessThanOrEqual(1e-12 * Math.abs(w));
      expect(got[i]! <= 0.05, `${method}[${i}] rejects`).toBe(want['reject_at_0.05'][i]);
    }
  });
});

describe('adjustPValues', () => {
  const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 });

  // These hold up to rounding: p_(j) / (j / m) may round below p_(m) (statsmodels does the same).
  const ULP = 1 - 2 ** -51;
  it('never lowers a p-value and never exceeds 1; bonferroni ≥ holm ≥ bh', () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const [bh, holm, bonf] = (['bh', 'holm', 'bonferroni'] as PValueCorrection[]).map((m) => adjustPValues(p, m));
        p.forEach((x, i) => {
          expect(bh![i]!).toBeGreaterThanOrEqual(x * ULP);
          expect(bonf![i]!).toBeLessThanOrEqual(1);
          expect(bonf![i]!).toBeGreaterThanOrEqual(holm![i]! * ULP);
          expect(holm![i]!).toBeGreaterThanOrEqual(bh![i]! * ULP);
        });
      }),
    );
  });

  it('keeps the order of the p-values (a smaller p never gets a larger adjusted value)', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom<PValueCorrection>('bh', 'holm', 'bonferroni'), (p, method) => {
        const adjusted = adjustPValues(p, method);
        for (let i = 0; i < p.length; i++) for (let j = 0; j < p.length; j++) if (p[i]! <= p[j]!) expect(adjusted[i]!).toBeLessThanOrEqual(adjusted[j]!);
      }),
    );
  });

  it('does not depend on the order of the family', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom<PValueCorrection>('bh', 'holm'), (p, method) => {
        const forward = adjustPValues(p, method);
        const backward = adjustPValues([...p].reverse(), method).reverse();
        expect(Array.from(backward)).toEqual(Array.from(forward));
      }),
    );
  });

  it('none and a family of one leave the p-values as they are', () => {
    expect(Array.from(adjustPValues([0.2, 0.01], 'none'))).toEqual([0.2, 0.01]);
    for (const method of METHODS) expect(Array.from(adjustPValues([0.03], method))).toEqual([0.03]);
    expect(adjustPValues([], 'bh')).toHaveLength(0);
  });

  it('throws RangeError for a p-value outside [0, 1] or NaN', () => {
    expect(() => adjustPValues([0.1, Number.NaN], 'bh')).toThrow(RangeError);
    expect(() => adjustPValues([1.5], 'none')).toThrow(RangeError);
    expect(() => adjustPValues([-0.1, 0.2], 'holm')).toThrow(RangeError);
  });
});
