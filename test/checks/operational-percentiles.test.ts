/**
 * The latency percentiles an operational check keeps for the report's chart (details.percentiles):
 * over every row of each side, equal to numpy.percentile on the seeded offer-ranker log
 * (test/fixtures/oracle/operational_oracle.py), and absent for metrics that are not latencies.
 */
import { describe, expect, it } from 'vitest';
import { operationalCheck } from '../../src/checks/operational.js';
import type { OperationalCheckSpec } from '../../src/policy/types.js';
import { context } from './context.js';
import { offerLog, offerPolicy, operationalOracle } from './offer-log.js';

const oracle = operationalOracle();

async function run(over: Partial<OperationalCheckSpec> & Pick<OperationalCheckSpec, 'metric'>) {
  const spec: OperationalCheckSpec = { id: 'op', type: 'operational', pointer: '/checks/0', min_samples: 1, min_group_size: 30, fail: { gt: 1e12 }, ...over };
  return operationalCheck.run(spec, context(await offerLog('current'), await offerLog('reference'), await offerPolicy()));
}

describe('details.percentiles', () => {
  it('holds p50 p90 p95 p99 and max of both sides, as numpy computes them, whichever latency metric is judged and with by:', async () => {
    for (const over of [{ metric: 'p95' as const }, { metric: 'max' as const, by: ['segment'] }]) {
      const { details } = await run({ ...over, column: 'latency_ms' });
      for (const side of ['reference', 'current'] as const) {
        const got = details.percentiles?.[side];
        expect(got).not.toBeNull();
        for (const k of ['p50', 'p90', 'p95', 'p99', 'max'] as const) expect(got?.[k]).toBe(oracle[side].overall[k]);
      }
    }
  });

  it('is absent for error rates and throughput', async () => {
    expect((await run({ metric: 'error_rate', column: 'status', values: [500] })).details.percentiles).toBeUndefined();
    expect((await run({ metric: 'throughput' })).details.percentiles).toBeUndefined();
  });
});
