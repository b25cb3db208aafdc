/**
 * Two policies that would share what a model holds outside its policy (the retraining branch,
 * the incident issue, the retrain request file) are a load error at the second, naming both
 * files; names that only look alike (`a.b` and `a..b`, `model` and `model.`) no longer share
 * a branch, so they both load.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/engine/run.js';
import { retrainBranch } from '../../src/policy/identity.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'data'));
writeFileSync(join(dir, 'data', 'rows.csv'), 'x\n1\n2\n');

function policy(name: string, request?: { path: string; base?: string }): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: ${name}
  task: binary_classification
data:
  current: { file: data/rows.csv }
checks:
  - id: rows
    type: data_quality
    metric: row_count
    fail: { lt: 1 }
${request === undefined ? '' : `retraining:
  when: { any_failing: any }
  pull_request: { path: ${request.path}${request.base === undefined ? '' : `, base: ${request.base}`} }
`}`;
}

async function load(files: Record<string, string>) {
  const folder = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const result = await loadPolicies(Object.keys(files).map((f) => join(folder, f)));
  return { ...result, folder };
}

describe('policies that would share an identity', () => {
  it('refuse a second policy that writes the same retrain request file, naming both files', async () => {
    const { policies, errors, folder } = await load({
      '1-churn.yaml': policy('churn', { path: 'models/retrain.yaml' }),
      '2-fraud.yaml': policy('fraud', { path: './models/retrain.yaml' }),
    });
    expect(policies.map((p) => p.model.name)).toEqual(['churn']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(folder, '2-fraud.yaml'), line: 15, column: 25, code: 'policy/shared-identity' }); // at the path's value
    expect(errors[0]?.message).toContain('models/retrain.yaml');
    expect(errors[0]?.message).toContain(join(folder, '1-churn.yaml'));
    expect(errors[0]?.message).toContain('"churn"');
  });

  it('let the same request path on different base branches, and look-alike names, load', async () => {
    const { policies, errors } = await load({
      '1.yaml': policy('a.b', { path: 'retrain.yaml', base: 'main' }),
      '2.yaml': policy('a..b', { path: 'retrain.yaml', base: 'release' }),
      '3.yaml': policy('model'),
      '4.yaml': policy('model.'),
      '5.yaml': policy('a.lock'),
    });
    expect(errors).toEqual([]);
    expect(new Set(policies.map((p) => retrainBranch(p.model.name))).size).toBe(5);
  });

  it('still report a repeated model name as a duplicate model', async () => {
    const { errors } = await load({ '1.yaml': policy('churn'), '2.yaml': policy('churn') });
    expect(errors.map((e) => e.code)).toEqual(['policy/duplicate-model']);
  });
});
