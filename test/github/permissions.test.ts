/**
 * The `permissions:` the README and the example workflow ask for are exactly those the code
 * needs: the REST operations a run makes against the fake GitHub (open an incident and a
 * retraining PR, store the run on the state branch, then recover) mapped to the permission each needs, and nothing more.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syncIssues } from '../../src/github/issues.js';
import { syncRetraining } from '../../src/github/retraining.js';
import type { Report } from '../../src/engine/report.js';
import type { Policy } from '../../src/policy/types.js';
import { sampleReport } from '../report/sample-report.js';
import { BranchStore } from '../../src/state/branch-store.js';
import { runRecord } from '../state/records.js';
import { FakeGitHub } from './fake-github.js';
import { policiesFor, retrainingSpec, sinkFor } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

/**
 * The permission a REST operation needs from the workflow token (GitHub's "Permissions required
 * for GitHub Apps" tables): repository metadata is always granted; labels and comments on a PR
 * go through the issues endpoints and are granted by `issues`.
 */
function permissionOf(operationId: string): string | null {
  if (operationId === 'repos/get') return null;
  if (operationId.startsWith('git/') || operationId === 'repos/get-content') return 'contents';
  if (operationId.startsWith('pulls/')) return 'pull-requests';
  if (operationId.startsWith('issues/')) return 'issues';
  throw new Error(`no permission known for ${operationId}: add it here and to docs/github.md#permissions`);
}

function needed(requests: FakeGitHub['requests']): Record<string, string> {
  const out: Record<string, string> = { contents: 'read' }; // actions/checkout reads the policies
  for (const r of requests) {
    const permission = r.operationId === null ? null : permissionOf(r.operationId);
    if (permission === null) continue;
    if (r.method !== 'GET') out[permission] = 'write';
    else out[permission] ??= 'read';
  }
  return out;
}

function readmePermissions(): unknown {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => /^permissions:/m.test(b));
  if (block === undefined) throw new Error('README has no workflow with a permissions block');
  return (parse(block) as { permissions: unknown }).permissions;
}

function examplePermissions(): unknown {
  return (parse(readFileSync(resolve(ROOT, 'examples/workflows/modelwatch.yml'), 'utf8')) as { permissions: unknown }).permissions;
}

function setup(): { report: Report; policies: Map<string, Policy> } {
  const report = sampleReport();
  const policies = policiesFor(report);
  for (const [file, policy] of policies) if (policy.model.name === 'income-classifier') policies.set(file, { ...policy, retraining: retrainingSpec() });
  return { report, policies };
}

describe('workflow permissions', () => {
  it('are exactly what a run uses: issues, a retraining PR, the state branch, a recovery', async () => {
    const { report, policies } = setup();
    const run = async (r: Report, id: string): Promise<void> => {
      const sink = sinkFor(fake, { runId: id });
      await syncRetraining(sink, r, policies, await syncIssues(sink, r, policies));
      // The state branch is read before the evaluation and appended to after the report.
      const state = new BranchStore(sink.octokit, { owner: fake.owner, repo: fake.repo });
      await state.read(r.models.map((m) => m.name));
      await state.append(r.models.map((m) => runRecord({ model: m.name, id, at: r.generated_at })));
    };
    await run(report, '5001');
    // Every model healthy: issues are commented on and closed, the open PR is told.
    await run({ ...report, models: report.models.map((m) => ({ ...m, status: 'pass', checks: m.checks.map((c) => ({ ...c, status: 'pass' })) })) }, '5002');
    const operations = new Set(fake.requests.map((r) => r.operationId));
    for (const op of ['issues/create', 'issues/create-comment', 'issues/update', 'git/create-ref', 'git/get-tree', 'git/get-blob', 'git/update-ref', 'pulls/create', 'pulls/update', 'pulls/request-reviewers']) expect(operations).toContain(op);

    const used = needed(fake.requests);
    expect(used).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    expect(readmePermissions()).toEqual(used);
    expect(examplePermissions()).toEqual(used);
  }, 120_000);
});
