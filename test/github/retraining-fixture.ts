/**
 * What the retraining tests share: a fresh GitHub double per test (no request it cannot check
 * against the OpenAPI description), a report where only income-classifier asks for retraining,
 * and one Action run's issue + retraining sync. The tests are split over two files because the
 * throttling plugin spaces writes ~1 s apart, as GitHub asks: two files run side by side.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { syncIssues } from '../../src/github/issues.js';
import { syncRetraining } from '../../src/github/retraining.js';
import type { Report } from '../../src/engine/report.js';
import type { Policy } from '../../src/policy/types.js';
import { sampleReport } from '../report/sample-report.js';
import { FakeGitHub } from './fake-github.js';
import { policiesFor, retrainingSpec, sinkFor } from './helpers.js';

export const BRANCH = 'modelwatch/retrain/income-classifier';

/** Starts a GitHub double before each test and stops it after, failing on any request it rejected. */
export function useFakeGitHub(): () => FakeGitHub {
  let fake: FakeGitHub | undefined;
  beforeEach(async () => {
    fake = await new FakeGitHub().start();
  });
  afterEach(async () => {
    expect(fake?.violations).toEqual([]);
    await fake?.stop();
  });
  return () => {
    if (fake === undefined) throw new Error('the GitHub double starts in beforeEach');
    return fake;
  };
}

/** Only income-classifier asks for retraining; issues are on for every model. */
export function setup(spec = retrainingSpec()): { report: Report; policies: Map<string, Policy> } {
  const report = sampleReport();
  const policies = policiesFor(report);
  for (const [file, policy] of policies) if (policy.model.name === 'income-classifier') policies.set(file, { ...policy, retraining: spec });
  return { report, policies };
}

/** One Action run: issues first, then the retraining PRs they lead to. */
export async function runOnce(fake: FakeGitHub, report: Report, policies: Map<string, Policy>, runId: string, dryRun = false) {
  const sink = sinkFor(fake, { runId, dryRun });
  const incidents = await syncIssues(sink, report, policies);
  return syncRetraining(sink, report, policies, incidents);
}
