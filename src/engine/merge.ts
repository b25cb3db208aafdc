/**
 * Joining the shards' reports into one fleet report (pure: reports and the plan in, a report out;
 * src/engine/shard-files.ts reads the files). Nothing goes silently missing: every model the plan
 * or a shard names is in the result, and a model no shard reported is `error` with code
 * `model/shard-missing`, named from the plan the merge recomputes from the policies.
 *
 * Order: the policies' order (as `check` would give it), then any model a shard reported that the
 * merge's plan does not know (its policy changed between the jobs), in shard order.
 */
import type { Policy, PolicyError } from '../policy/types.js';
import type { Plan } from './plan.js';
import type { ModelReport, Report, ShardReport, StateReport, Status } from './report.js';
import { STATUSES_BY_SEVERITY, worstStatus } from './report.js';

export interface MergeInput {
  /** The shards' reports as read; each must carry `shard`. */
  readonly reports: readonly Report[];
  /** The fleet's policies in policy order, and their plan over the shard count (null: none could be made). */
  readonly policies: readonly Policy[];
  readonly plan: Plan | null;
  /** The shard count; every report's `shard.count` must equal it (shard-files.ts checks). */
  readonly count: number;
  /** The merge's own policy errors (the same files the shards read; duplicates are dropped). */
  readonly policyErrors: readonly PolicyError[];
  readonly now: Date;
  readonly version: string;
}

function missingModel(name: string, policy: Policy | undefined, message: string): ModelReport {
  return {
    name,
    version: policy?.model.version ?? null,
    task: policy?.model.task ?? null,
    policy: policy?.file ?? '(unknown)',
    status: 'error',
    error: message,
    error_code: 'model/shard-missing',
    owners: policy?.model.owners ?? [],
    runbook: policy?.model.runbook ?? null,
    window: { start: null, end: null, length: null },
    rows: { reference: null, current: null, sampled: false },
    checks: [],
    duration_ms: 0,
  };
}

/** The report of each shard index; of two for one shard (a re-run attempt's too), the newer. */
function byShard(reports: readonly Report[]): Map<number, Report & { shard: ShardReport }> {
  const out = new Map<number, Report & { shard: ShardReport }>();
  for (const report of reports) {
    const shard = report.shard;
    if (shard === undefined) continue;
    const seen = out.get(shard.index);
    if (seen === undefined || seen.generated_at < report.generated_at) out.set(shard.index, { ...report, shard });
  }
  return out;
}

export function mergeReports(input: MergeInput): Report {
  const { count, plan } = input;
  const shards = byShard(input.reports);
  const reported = [...shards.keys()].filter((i) => i >= 1 && i <= count).sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
  const policyOf = new Map(input.policies.map((p) => [p.model.name, p]));

  // What each reported model's shard said; of a model two shards report, the one the plan names.
  const found = new Map<string, { model: ModelReport; shard: number }>();
  const extras: string[] = [];
  for (const index of reported) {
    for (const model of shards.get(index)!.models) {
      const seen = found.get(model.name);
      if (seen === undefined) {
        found.set(model.name, { model, shard: index });
        if (!policyOf.has(model.name)) extras.push(model.name);
      } else if (plan?.shardOf.get(model.name) === index) found.set(model.name, { model, shard: index });
    }
  }

  // Every model that should be there: the merge's plan, and each reported shard's own list.
  const names = [...input.policies.map((p) => p.model.name), ...extras];
  for (const index of reported) for (const name of shards.get(index)!.shard.models) if (!names.includes(name)) names.push(name);
  const models: ModelReport[] = names.map((name) => {
    const hit = found.get(name);
    if (hit !== undefined) return hit.model;
    const planned = plan?.shardOf.get(name);
    const claimed = reported.find((i) => shards.get(i)!.shard.models.includes(name));
    const message =
      claimed !== undefined
        ? `shard ${claimed}/${count} lists this model but its report holds no result for it; re-run that shard`
        : planned !== undefined && missing.includes(planned)
          ? `shard ${planned}/${count} failed or never uploaded its report, so this model has no result; see that job's log, and re-run it`
          : `no shard reported this model (the plan puts it in shard ${planned ?? '?'}/${count}, whose report does not hold it: did the jobs see different policies or data sizes?); re-run the fleet`;
    return missingModel(name, policyOf.get(name), message);
  });

  const errors = new Map<string, PolicyError>();
  for (const error of [...[...shards.values()].flatMap((r) => r.policy_errors), ...input.policyErrors]) {
    errors.set(JSON.stringify([error.file, error.line, error.column, error.code, error.message]), error);
  }
  const policyErrors = [...errors.values()];
  const byStatus = Object.fromEntries(STATUSES_BY_SEVERITY.map((s) => [s, 0])) as Record<Status, number>;
  for (const model of models) byStatus[model.status]++;
  const states = [...shards.values()].map((r) => r.state).filter((s): s is StateReport => s !== undefined);
  const failedStates = states.filter((s) => s.read === 'failed');
  const state: StateReport | null =
    states.length === 0 ? null : { store: states[0]!.store, read: failedStates.length === 0 ? 'ok' : 'failed', error: failedStates.length === 0 ? null : failedStates.map((s) => s.error ?? 'unreadable').join('; ') };
  const times = [...shards.values()].map((r) => r.generated_at).sort();
  return {
    report_version: 1,
    tool: { name: 'modelwatch', version: input.version },
    generated_at: times.at(-1) ?? input.now.toISOString(),
    status: policyErrors.length > 0 ? worstStatus([...models.map((m) => m.status), 'error']) : worstStatus(models.map((m) => m.status), missing.length > 0 ? 'error' : 'skipped'),
    summary: { models: models.length, by_status: byStatus },
    models,
    policy_errors: policyErrors,
    ...(state === null ? {} : { state }),
    shards: { count, reported, missing },
  };
}
