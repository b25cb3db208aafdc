/** The memory keys as the loader reads them: defaults, overrides, and the mistakes it refuses. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { BAD_DIRECTION } from '../../src/checks/performance-threshold.js';
import { badSide } from '../../src/policy/bad-side.js';

async function load(checks: string, defaults = ''): Promise<Awaited<ReturnType<typeof loadPolicyFile>>> {
  const dir = await mkdtemp(join(tmpdir(), 'mw-memory-'));
  await writeFile(join(dir, 'c.csv'), 'y,p\n1,0.5\n');
  const file = join(dir, 'm.yaml');
  await writeFile(file, `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: binary_classification }
columns: { target: y, score: p }
data: { current: { file: c.csv } }
${defaults}
checks:
${checks}
`);
  return loadPolicyFile(file, { root: dir });
}

describe('memory keys', () => {
  it('reads defaults.for and keep_firing_for, a check may override them, and moves vs: previous/history out of warn/fail', async () => {
    const { policy, errors } = await load(`  - id: auc
    type: performance
    metric: roc_auc
    warn: { vs: previous, relative: { lt: -0.02 } }
    fail: { vs: history, runs: 10 }
    forecast: { horizon: 21d }
  - id: acc
    type: performance
    metric: accuracy
    for: 0 runs
    fail: { lt: 0.7 }`, 'defaults: { for: 2 runs, keep_firing_for: 1 run }');
    expect(errors).toEqual([]);
    const [auc, acc] = policy!.checks as unknown as Record<string, unknown>[];
    expect(auc).toMatchObject({
      lifecycle: { for: { kind: 'runs', runs: 2 }, keep_firing_for: { kind: 'runs', runs: 1 } },
      memory: { warn: { vs: 'previous', relative: { lt: -0.02 } }, fail: { vs: 'history', runs: 10, k: 3, side: 'below' } },
      forecast: { horizon: '21d', horizon_ms: 21 * 86_400_000, runs: 14, confidence: 0.99 },
    });
    expect(auc!['warn']).toBeUndefined();
    expect(auc!['fail']).toBeUndefined();
    expect(acc).toMatchObject({ lifecycle: { for: null, keep_firing_for: { kind: 'runs', runs: 1 } }, fail: { lt: 0.7 } });
  });

  it('refuses an inhibits naming no check, or the check itself', async () => {
    const { errors } = await load(`  - id: auc
    type: performance
    metric: roc_auc
    fail: { lt: 0.7 }
    inhibits: [auc, nope]`);
    expect(errors.map((e) => e.message)).toEqual(['check "auc" cannot inhibit itself', '"inhibits" names check "nope", which is not in this policy']);
  });

  it('asks for side where the value has no bad side of its own', async () => {
    const { errors } = await load(`  - id: kpi
    type: business
    expr: mean(y)
    fail: { vs: history }`);
    expect(errors[0]?.message).toContain('"vs: history" needs "side: below" or "side: above"');
  });

  it('refuses vs: previous with a bound on the value, and history keys without vs: history', async () => {
    const { errors } = await load(`  - id: auc
    type: performance
    metric: roc_auc
    warn: { vs: previous, lt: 0.8 }
    fail: { lt: 0.7, runs: 3 }`);
    expect(errors.map((e) => e.message)).toEqual([
      '"vs: previous" judges the change against the last run: put "lt" under "relative" or "absolute"',
      '"vs: previous" needs "relative" or "absolute" conditions on the change',
      '"runs" belongs to a band from history: add "vs: history" beside it',
    ].sort((a, b) => errors.findIndex((e) => e.message === a) - errors.findIndex((e) => e.message === b)));
    expect(errors).toHaveLength(3);
  });

  it('refuses vs: history inside a drift check’s per-column thresholds', async () => {
    const { errors } = await load(`  - id: drift
    type: drift
    features: [p]
    per_feature: { fail: { vs: history } }`);
    expect(errors.some((e) => e.message.includes("works on a check's own warn and fail only"))).toBe(true);
  });

  it('agrees with the performance checks on which way each metric gets worse', () => {
    for (const [metric, direction] of Object.entries(BAD_DIRECTION)) {
      expect(badSide({ type: 'performance', metric }), metric).toBe(direction === 'lower' ? 'below' : 'above');
    }
  });
});
