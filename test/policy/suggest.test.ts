import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, suggest } from '../../src/policy/suggest.js';

describe('damerauLevenshtein (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['treshold', 'threshold', 1],
    ['drfit', 'drift', 1],
    ['ca', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%j → %j is %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('suggest', () => {
  const keys = ['threshold', 'features', 'method', 'min_samples', 'per_feature'];
  it('finds the plausible typo', () => {
    expect(suggest('treshold', keys)).toBe('threshold');
    expect(suggest('min_sample', keys)).toBe('min_samples');
    expect(suggest('Method', keys)).toBe('method');
  });
  it('says nothing when nothing is close', () => {
    expect(suggest('owner', keys)).toBeUndefined();
    expect(suggest('xyz', keys)).toBeUndefined();
  });
});
