/** Invariants of the parser and the Wilson interval, with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/expr/index.js';
import { wilsonInterval } from '../../src/stats/fairness/index.js';

const TOKENS = ['a', 'b', '`c d`', '1', '2.5', '"x"', "'y'", '+', '-', '*', '/', '%', '==', '!=', '<', '>=', 'and', 'or', 'not', '!', '&&', '(', ')', '[', ']', ',', 'in', 'is', 'null', 'mean(', 'rate(', 'where:', '.', '=', '${', 'constructor', 'true'];

describe('parseExpression', () => {
  it('never throws, and an error always points inside the text', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(' ')));
    fc.assert(
      fc.property(text, (input) => {
        const result = parseExpression(input);
        if (!result.ok) {
          expect(result.offset).toBeGreaterThanOrEqual(0);
          expect(result.offset).toBeLessThanOrEqual(input.length);
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every node offsets inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(' ')), (input) => {
        const result = parseExpression(input);
        if (!result.ok) return;
        expect(result.value.start).toBeGreaterThanOrEqual(0);
        expect(result.value.end).toBeLessThanOrEqual(input.length);
        expect(result.value.start).toBeLessThan(result.value.end);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wilsonInterval', () => {
  it('lies in [0, 1] and contains k / n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.floor(share * n);
        const { low, high } = wilsonInterval(k, n);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });
});
