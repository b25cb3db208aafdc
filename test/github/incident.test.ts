/**
 * The incident issue is found again by the hidden marker in its body: the marker must name the
 * model exactly (distinct names, distinct markers), since issues are keyed on the model name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBody, incidentModel, markerFor } from '../../src/github/incident.js';

describe('the incident marker', () => {
  it('names exactly its model: a.b and a..b, model and model., any string', () => {
    for (const [a, b] of [['a.b', 'a..b'], ['model', 'model.'], ['a', 'a ']] as const) expect(markerFor(a)).not.toBe(markerFor(b));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const body = composeBody(name, 'visible --> text', { v: 1, model: name, opened_at: 'x', first_run: null, latest_run: null, checks: {}, retrain: null });
        expect(incidentModel(body)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });
});
