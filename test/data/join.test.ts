/** The label join: matches by id text, counts duplicates, conflicts and unmatched ids. */
import { describe, it, expect } from 'vitest';
import { joinLabels } from '../../src/data/join.js';
import { categorical, numeric, table, timestamps } from '../checks/context.js';

describe('joinLabels', () => {
  const predictions = table(numeric('id', [1, 2, 3, 4, 5, Number.NaN]), numeric('score', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]));

  it('joins by id, counting duplicates, conflicts and unmatched ids on both sides', () => {
    const labels = table(
      categorical('id', ['1', '2', '2', '3', '3', '9', '4']),
      numeric('y', [1, 0, 0, 1, 0, 1, Number.NaN]),
    );
    const result = joinLabels(predictions, 'id', labels, 'id', 'y');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const join = result.value;
    // id 1 → row 0; id 2 twice with the same label → used once; id 3 twice, disagreeing → dropped;
    // id 4 has a missing label → unlabelled; id 9 matches no prediction; the NaN id matches nothing.
    expect(Array.from(join.labelRow)).toEqual([0, 1, -1, -1, -1, -1]);
    expect(join.label.kind === 'numeric' && Array.from(join.label.values)).toEqual([1, 0, NaN, NaN, NaN, NaN]);
    expect(join).toMatchObject({ matched: 2, unmatched_predictions: 4, unmatched_labels: 1, duplicate_ids: 2, conflicting_ids: 1 });
  });

  it('matches a numeric id against the same id written as text', () => {
    const labels = table(categorical('request', ['5', '1']), categorical('y', ['yes', 'no']));
    const result = joinLabels(predictions, 'id', labels, 'request', 'y');
    expect(result.ok && Array.from(result.value.labelRow)).toEqual([1, -1, -1, -1, 0, -1]);
  });

  it('says which column is missing instead of joining on nothing', () => {
    const labels = table(numeric('id', [1]), numeric('y', [1]));
    expect(joinLabels(predictions, 'request_id', labels, 'id', 'y')).toEqual({
      ok: false,
      status: 'error',
      code: 'data/missing-column',
      message: 'test: no id column "request_id" to join labels on',
    });
    expect(joinLabels(predictions, 'id', labels, 'id', 'label')).toEqual({ ok: false, status: 'error', code: 'data/missing-column', message: 'test: no label column "label"' });
  });

  it('refuses to join on a timestamp column, with its own code', () => {
    const labels = table(timestamps('id', ['2026-01-01T00:00:00Z']), numeric('y', [1]));
    expect(joinLabels(predictions, 'id', labels, 'id', 'y')).toMatchObject({ ok: false, status: 'error', code: 'data/join' });
  });
});
