/**
 * The plan of loaded policies: each model's data size measured (the only I/O: a stat per file),
 * then planned by src/engine/plan.ts. The plan job, every shard and the merge job call this on
 * the same checkout, so they agree without passing a file around.
 */
import { sourceFiles } from '../data/files.js';
import type { Policy, SourceSpec } from '../policy/types.js';
import { autoShardCount, planShards, type Plan, type PlanModel } from './plan.js';

/**
 * What a source that is not a file counts for (postgres, http, command: their size is unknown
 * until read), and a file source that cannot be measured (missing, outside the root): 16 MiB.
 */
export const DEFAULT_SOURCE_BYTES = 16 * 1024 * 1024;

async function sourceBytes(source: SourceSpec): Promise<number> {
  if (source.kind !== 'file') return DEFAULT_SOURCE_BYTES;
  try {
    return (await sourceFiles(source)).reduce((sum, file) => sum + file.size, 0);
  } catch {
    return DEFAULT_SOURCE_BYTES;
  }
}

/** A model's data: its reference, current and labels sources, in bytes. */
export async function modelBytes(policy: Policy): Promise<number> {
  const sources = [policy.data.reference, policy.data.current, policy.data.labels?.source].filter((s): s is SourceSpec => s !== undefined);
  let bytes = 0;
  for (const source of sources) bytes += await sourceBytes(source);
  return bytes;
}

export async function planModels(policies: readonly Policy[]): Promise<PlanModel[]> {
  const models: PlanModel[] = [];
  for (const policy of policies) models.push({ name: policy.model.name, bytes: await modelBytes(policy) });
  return models;
}

/** The plan of these policies over `count` shards, or `auto` (plan.ts: autoShardCount). */
export async function planPolicies(policies: readonly Policy[], count: number | 'auto'): Promise<Plan> {
  const models = await planModels(policies);
  return planShards(models, count === 'auto' ? autoShardCount(models) : count);
}

/**
 * The environment the plan and merge jobs load the policies with: the job's own, and '' for a
 * `${NAME}` it does not set. Those jobs read no data and need no secret, and a workflow should not
 * have to hand them the evaluating jobs' secrets for the policies to load (docs/github.md).
 */
export function planningEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return new Proxy(env, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? '') : undefined) });
}
