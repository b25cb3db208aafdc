/**
 * What `columns: all` means for the data-quality metrics (issue 9, item 11): the features (and
 * the columns `columns.types` declares), never the id, timestamp, target, prediction, score or
 * pii columns; and no value of the id column ever reaches a report, even when a check names it.
 */
import { describe, expect, it } from 'vitest';
import { qualityColumns } from '../../src/checks/columns.js';
import { dataQualityCheck } from '../../src/checks/data-quality.js';
import type { DataQualityDetails } from '../../src/checks/details.js';
import type { DataQualityCheckSpec } from '../../src/policy/types.js';
import { categorical, context, numeric, policyWith, table, timestamps } from './context.js';

function spec(partial: Partial<DataQualityCheckSpec> & Pick<DataQualityCheckSpec, 'metric'>): DataQualityCheckSpec {
  return { id: 'q', type: 'data_quality', columns: 'all', min_samples: 1, pointer: '/checks/0', ...partial };
}

const N = Number.NaN;
const ROLES = { id: 'request_id', timestamp: 'scored_at', target: 'y', prediction: 'label', score: 'p' } as const;

/** A current table with every role, two features and a typed column; ids never seen before. */
function current() {
  return table(
    categorical('request_id', ['req-9f1', 'req-9f2', 'req-9f3', 'req-9f4']),
    timestamps('scored_at', ['2026-11-24T00:00:00Z', null, '2026-11-24T01:00:00Z', '2026-11-24T02:00:00Z']),
    categorical('y', [null, null, null, '1']),
    categorical('label', ['1', '0', null, '1']),
    numeric('p', [0.9, N, 0.2, 0.8]),
    categorical('plan', ['basic', 'pro', 'basic', 'gold']),
    numeric('tenure', [1, 2, N, 4]),
    categorical('channel', ['web', 'app', 'web', 'web']),
  );
}

function reference() {
  return table(
    categorical('request_id', ['req-001', 'req-002']),
    categorical('plan', ['basic', 'pro']),
    numeric('tenure', [1, 5]),
    categorical('channel', ['web', 'app']),
    categorical('label', ['1', '0']),
  );
}

describe('columns: all in data-quality checks', () => {
  it('means the features, then the declared types, never a role column', () => {
    const declared = policyWith({ ...ROLES, features: { numerical: ['tenure'], categorical: ['plan'] }, types: { channel: 'categorical', request_id: 'categorical' } });
    expect(qualityColumns(declared, current())).toEqual(['tenure', 'plan', 'channel']);
    // Without declared features: every column without a role (inferred), the same way drift's `all` does.
    const inferred = policyWith({ ...ROLES });
    expect(qualityColumns(inferred, current())).toEqual(['plan', 'tenure', 'channel']);
  });

  it('leaves the id column out of unseen_share (it used to be 100 % unseen and list raw request ids)', () => {
    const policy = policyWith({ ...ROLES, features: { numerical: ['tenure'], categorical: ['plan'] }, types: { channel: 'categorical' } });
    const outcome = dataQualityCheck.run(spec({ metric: 'unseen_share', fail: { gt: 0.5 } }), context(current(), reference(), policy));
    const columns = (outcome.details as DataQualityDetails).columns;
    expect(columns.map((c) => c.column)).toEqual(['plan', 'channel']);
    expect(outcome.status).toBe('pass');
    expect(JSON.stringify(outcome)).not.toMatch(/req-9f/);
  });

  it('leaves the id, timestamp, target, prediction and score out of missing_share', () => {
    const policy = policyWith({ ...ROLES, features: { numerical: ['tenure'], categorical: ['plan'] } });
    const outcome = dataQualityCheck.run(spec({ metric: 'missing_share', fail: { gt: 0.3 } }), context(current(), reference(), policy));
    expect((outcome.details as DataQualityDetails).columns.map((c) => c.column)).toEqual(['tenure', 'plan']);
    expect(outcome.status).toBe('pass'); // the target is 75 % missing (labels arrive late), and is not a feature
  });

  it('leaves the score out of out_of_range_share', () => {
    const policy = policyWith({ ...ROLES, features: { numerical: ['tenure'], categorical: [] } });
    const outcome = dataQualityCheck.run(spec({ metric: 'out_of_range_share', fail: { gt: 0.5 } }), context(current(), reference(), policy));
    expect((outcome.details as DataQualityDetails).columns.map((c) => c.column)).toEqual(['tenure']);
  });

  it('never lists values of the id column, even when unseen_share names it (decision: docs/policy.md)', () => {
    const policy = policyWith({ ...ROLES, features: { numerical: [], categorical: ['plan'] } });
    const outcome = dataQualityCheck.run(spec({ metric: 'unseen_share', columns: ['request_id', 'plan'], fail: { gt: 0.5 } }), context(current(), reference(), policy));
    const [id, plan] = (outcome.details as DataQualityDetails).columns;
    expect(id!.value).toBe(1);
    expect(id!.top_unseen).toBeUndefined();
    expect(plan!.top_unseen).toEqual([{ value: 'gold', count: 1 }]);
    expect(JSON.stringify(outcome)).not.toMatch(/req-9f/);
  });
});
