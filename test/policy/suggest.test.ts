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
  it('answers a very long word at once: a candidate whose length differs by more than the limit cannot be a typo of it', () => {
    // The hostile corpus (test/corpus) names keys and enum values of 400,000 characters; the
    // full O(|a|·|b|) table for each candidate took ~45 s over the corpus.
    const long = 'Ab Cd-'.repeat(70_000);
    const candidates = Array.from({ length: 60 }, (_, i) => `candidate_${i}_name`);
    const started = performance.now();
    expect(suggest(long, candidates)).toBeUndefined();
    expect(suggest(`${long.slice(0, 9)}`, ['Ab Cd-Ab C'])).toBe('Ab Cd-Ab C');
    // Well under 1 ms; the full tables (60 of 420,000 × ~18 cells, 450 million cells) would take
    // seconds, so 250 ms still tells the two apart and leaves room for a busy CI runner.
    expect(performance.now() - started).toBeLessThan(250);
  });
  it('gives the same answer as comparing every candidate in full', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), fc.array(fc.string({ maxLength: 14 }), { maxLength: 6 }), (word, list) => {
        const lower = word.toLowerCase();
        const limit = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
        let best: string | undefined;
        let bestDistance = Infinity;
        for (const c of list) {
          const d = damerauLevenshtein(lower, c.toLowerCase());
          if (d < bestDistance) [best, bestDistance] = [c, d];
        }
        const expected = bestDistance <= limit && best !== undefined && best !== word ? best : undefined;
        expect(suggest(word, list)).toBe(expected);
      }),
    );
  });
});
