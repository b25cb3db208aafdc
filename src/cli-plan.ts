/**
 * `modelwatch plan [PATHS] --shards N|auto`: the fleet plan (src/engine/plan.ts) as JSON for a
 * workflow's `strategy.matrix`, or as text for a person.
 *
 * JSON: `{"shard":["1/3","2/3","3/3"],"include":[{"shard":"1/3","models":"a, b","bytes":…},…]}`.
 * `shard` is the matrix's one dimension; `include` entries match a `shard` value and only add
 * `matrix.models` and `matrix.bytes` to that job (GitHub adds an include entry's keys to the
 * combinations it matches without creating new ones), for job names and logs.
 */
import { planningEnv, planPolicies } from './engine/fleet.js';
import { loadPolicies } from './engine/run.js';
import { matrixJson, MAX_SHARDS, type Plan } from './engine/plan.js';
import { formatPolicyError } from './policy/format.js';
import { maskOutput } from './report/mask.js';

export class PlanUsageError extends Error {
  override readonly name = 'PlanUsageError';
}

export function parseShardCount(text: string | undefined): number | 'auto' {
  if (text === undefined || text.trim() === 'auto') return 'auto';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) throw new PlanUsageError(`--shards must be a whole number from 1 to ${MAX_SHARDS}, or auto, got "${text}"`);
  return n;
}

function planText(plan: Plan): string {
  const total = plan.shards.reduce((sum, s) => sum + s.bytes, 0);
  const mean = total / plan.count;
  const lines = plan.shards.map((s) => `shard ${s.index}/${plan.count}: ${s.models.length} model(s), ${mib(s.bytes)}${mean > 0 ? ` (${(s.bytes / mean).toFixed(2)}× the mean)` : ''}: ${s.models.join(', ') || '—'}`);
  return `${lines.join('\n')}\n`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export async function plan(positionals: readonly string[], values: { shards?: string; format?: string; root?: string }): Promise<number> {
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new PlanUsageError(`--format must be json or text for plan, got "${format}"`);
  const count = parseShardCount(values.shards);
  const paths = positionals.length > 0 ? positionals : ['monitors'];
  const { policies, errors, secrets } = await loadPolicies(paths, { env: planningEnv(process.env), ...(values.root === undefined ? {} : { root: values.root }) });
  for (const error of errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}\n`, secrets));
  const planned = await planPolicies(policies, count);
  process.stdout.write(maskOutput(format === 'json' ? `${matrixJson(planned)}\n` : planText(planned), secrets));
  // A broken policy is left out of the plan: its model would run in no shard, so the plan fails.
  return errors.length > 0 ? 2 : 0;
}
