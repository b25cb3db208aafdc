/**
 * Shared test setup for the GitHub sinks: hand-built policies (only the fields the sinks read
 * matter; the rest are minimal), a client and sink pointed at a fake GitHub, and report edits.
 */
import type { ModelReport, Report, Status } from '../../src/engine/report.js';
import type { Duration, Policy, RetrainingSpec } from '../../src/policy/types.js';
import { createClient } from '../../src/github/client.js';
import { readRunContext } from '../../src/github/context.js';
import { createSink, type Sink } from '../../src/github/sink.js';
import type { FakeGitHub } from './fake-github.js';

export function runs(n: number): Duration {
  return { kind: 'runs', runs: n, text: `${n} runs` };
}

export function days(n: number): Duration {
  return { kind: 'time', ms: n * 86_400_000, text: `${n}d` };
}

export function policyFor(model: ModelReport, options: { labels?: string[]; issues?: boolean; retraining?: RetrainingSpec } = {}): Policy {
  return {
    file: model.policy,
    dir: '/tmp',
    apiVersion: 'modelwatch/v1',
    model: { name: model.name, task: 'binary_classification', owners: model.owners, ...(model.runbook ? { runbook: model.runbook } : {}) },
    columns: { sensitive: [], pii: [], types: {} },
    data: { current: { kind: 'file', paths: [] } },
    defaults: { min_samples: 1, time_budget: { ms: 600_000, text: '10m' } },
    checks: [],
    alerting: { issue: { enabled: options.issues ?? true, labels: options.labels ?? ['ml-monitoring'] }, silences: [] },
    ...(options.retraining ? { retraining: options.retraining } : {}),
    secrets: [],
    positionOf: () => undefined,
  };
}

export function retrainingSpec(options: { checks?: 'any' | string[]; for?: Duration; cooldown?: Duration } = {}): RetrainingSpec {
  return {
    when: { any_failing: options.checks ?? 'any', for: options.for ?? runs(1) },
    pull_request: { path: 'models/retrain.yaml', labels: ['retrain'] },
    cooldown: options.cooldown ?? days(7),
  };
}

export function policiesFor(report: Report, options: Parameters<typeof policyFor>[1] = {}): Map<string, Policy> {
  return new Map(report.models.map((m) => [m.policy, policyFor(m, options)]));
}

export function sinkFor(fake: FakeGitHub, options: { dryRun?: boolean; runId?: string; lines?: string[] } = {}): Sink {
  const env = {
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: options.runId ?? '1001',
    GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
  };
  const run = readRunContext(env);
  const lines = options.lines ?? [];
  const log = (line: string): void => void lines.push(line);
  return createSink(createClient('test-token', { baseUrl: fake.url, log }), run, { dryRun: options.dryRun ?? false, log });
}

/** A copy of the report with one model's status (and, optionally, its checks') changed. */
export function withModel(report: Report, name: string, edit: (model: ModelReport) => ModelReport): Report {
  return { ...report, models: report.models.map((m) => (m.name === name ? edit(m) : m)) };
}

export function withStatus(report: Report, name: string, status: Status, checkStatus?: Status): Report {
  return withModel(report, name, (m) => ({ ...m, status, checks: checkStatus === undefined ? m.checks : m.checks.map((c) => ({ ...c, status: checkStatus })) }));
}
