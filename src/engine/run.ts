/**
 * A whole run: find the policies, load each (a broken one is reported and skipped), evaluate
 * every model in isolation, and assemble the report. Up to `concurrency` models are evaluated
 * at once (default 1; MODELWATCH_CONCURRENCY), so that peak memory is that many models' data,
 * not the fleet's: small models on worker threads of their own (engine/model-workers.ts), models with
 * large data, downloads or commands on this thread one at a time, with the drift workers and
 * the reader threads (docs/architecture.md, "Models side by side"). The report and the records
 * keep the policies' order whatever order the models finish in.
 */
import { availableParallelism } from 'node:os';
import { findPolicyFiles } from '../policy/find.js';
import { identityKeys } from '../policy/identity.js';
import { loadPolicyFile } from '../policy/load.js';
import type { ProgressListener } from './progress.js';
import type { Policy, PolicyError } from '../policy/types.js';
import type { ModelReport, Report, StateReport, Status } from './report.js';
import { STATUSES_BY_SEVERITY, worstStatus } from './report.js';
import { DriftWorkers } from './drift-workers.js';
import { evaluateModelWithMemory } from './model.js';
import { ModelWorkers } from './model-workers.js';
import { largeSourceBytes, sourceBytes } from './read-sources.js';
import { sourceThread } from '../data/sources/registry.js';
import type { CheckRecord } from '../state/record.js';
import { buildRunRecord, type RunIdentity } from './run-record.js';
import type { StateStore } from '../state/store.js';
import type { ModelHistory, RunRecord } from '../state/record.js';
import { redactSecrets } from './redact.js';
import { planPolicies } from './fleet.js';

export interface RunOptions {
  /** Policy files, folders or globs. */
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The run's clock; defaults to the current time. */
  readonly now?: Date;
  /** One line per step, for progress on stderr or in the Action's log (secrets already masked). */
  readonly log?: (line: string) => void;
  /** Models, rows and checks as they go, for a progress display (engine/progress.ts). */
  readonly progress?: ProgressListener;
  /** Folder every policy's data paths must stay inside (default: each policy's repository). */
  readonly root?: string;
  /**
   * Called once the policies are read, before anything is logged, with every value taken from
   * the environment by any policy, loaded or not (the Action registers them with the runner).
   */
  readonly onSecrets?: (secrets: readonly string[]) => void;
  /** Where earlier runs are read from (state/store.ts); absent: a run without memory. */
  readonly state?: StateStore;
  /** This run's identity in the state store; default `local-<now>`. */
  readonly run?: RunIdentity;
  /**
   * How many models may be evaluated at once; default `MODELWATCH_CONCURRENCY` from the process
   * environment (a whole number, or `auto` for the cores, `os.availableParallelism()`), else 1:
   * one after another, on this thread. Not the cores by default: measured on the two-core
   * machine this was built on, two models side by side were slower than one after another
   * (docs/architecture.md, "Models side by side").
   */
  readonly concurrency?: number;
  /** Evaluate only this shard's models of the fleet plan (engine/fleet.ts), recomputed from the policies. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** The concurrency a run uses: the option, else MODELWATCH_CONCURRENCY (a whole number ≥ 1, or `auto`: the cores), else 1. */
export function runConcurrency(option: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) {
    if (!Number.isInteger(option) || option < 1) throw new Error(`concurrency must be a whole number of at least 1, got ${option}`);
    return option;
  }
  const text = env['MODELWATCH_CONCURRENCY']?.trim();
  if (text === undefined || text === '') return 1;
  if (text === 'auto') return availableParallelism();
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`MODELWATCH_CONCURRENCY must be a whole number of at least 1 or "auto", got ${JSON.stringify(text)}`);
  return value;
}

/**
 * True when a model is evaluated on this thread: one of its sources is read best here (a
 * download, a command) or has a size that cannot be known (a database), or one of its files is
 * as large as a source worth a reader thread (read-sources.ts); such a model uses the drift
 * workers and the reader threads, which a model on a worker thread does not.
 */
async function needsMainThread(policy: Policy): Promise<boolean> {
  const { reference, current, labels } = policy.data;
  const specs = [reference, current, labels?.source].filter((s) => s !== undefined);
  const threads = await Promise.all(specs.map(sourceThread));
  if (threads.some((t) => t !== 'by-size')) return true;
  const sizes = await Promise.all(specs.map(sourceBytes));
  return Math.max(...sizes) >= largeSourceBytes();
}

export interface Evaluation {
  readonly report: Report;
  /** The loaded policies by file, for sinks that need more than the report (owners, retraining). */
  readonly policies: ReadonlyMap<string, Policy>;
  /** Every value any policy took from the environment, loaded or not; masked in the report. */
  readonly secrets: readonly string[];
  /** One record per evaluated model, for the state store (empty without one); written by the caller after the report. */
  readonly records: readonly RunRecord[];
}

/** Each model's stored history, or null for all when the store cannot be read (then said in the report). */
async function readHistories(state: StateStore, names: readonly string[], log: (line: string) => void): Promise<{ histories: Map<string, ModelHistory | null> | null; report: StateReport }> {
  let read: Awaited<ReturnType<StateStore['read']>>;
  try {
    read = await state.read(names);
  } catch (cause) {
    read = { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
  if (!read.ok) {
    log(`state: cannot read ${state.description}: ${read.message}; this run judges without memory`);
    return { histories: null, report: { store: state.description, read: 'failed', error: read.message } };
  }
  const histories = new Map<string, ModelHistory | null>();
  const problems: string[] = [];
  for (const name of names) {
    const entry = read.models.get(name);
    if (entry === undefined || entry.ok) histories.set(name, entry?.history ?? null);
    else problems.push(`${name}: ${entry.message}`);
  }
  for (const problem of problems) log(`state: ${problem}; that model is judged without memory`);
  return { histories, report: { store: state.description, read: problems.length === 0 ? 'ok' : 'failed', error: problems.length === 0 ? null : problems.join('; ') } };
}

/** Load every policy; a second policy for an already-seen model name is an error. */
export async function loadPolicies(
  paths: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; root?: string } = {},
): Promise<{ policies: Policy[]; errors: PolicyError[]; secrets: string[] }> {
  const found = await findPolicyFiles([...paths], options.cwd);
  const errors: PolicyError[] = [...found.errors];
  const policies: Policy[] = [];
  const byName = new Map<string, Policy>();
  // Branch, incident issue, retrain request file: what a model holds outside its policy.
  const byIdentity = new Map<string, Policy>();
  const secrets = new Set<string>();
  for (const file of found.files) {
    const loaded = await loadPolicyFile(file, options);
    for (const secret of loaded.secrets) secrets.add(secret);
    errors.push(...loaded.errors);
    const policy = loaded.policy;
    if (policy === null) continue;
    const first = byName.get(policy.model.name);
    if (first !== undefined) {
      const at = policy.positionOf('/model/name') ?? { line: 1, column: 1 };
      errors.push({ file, ...at, code: 'policy/duplicate-model', message: `model "${policy.model.name}" is already defined in ${first.file}; model names must be unique` });
      continue;
    }
    const shared = identityKeys(policy).map((k) => ({ ...k, other: byIdentity.get(k.key) })).find((k) => k.other !== undefined);
    if (shared?.other !== undefined) {
      const at = policy.positionOf(shared.pointer) ?? { line: 1, column: 1 };
      errors.push({ file, ...at, code: 'policy/shared-identity', message: `${shared.what} is already used by model "${shared.other.model.name}" in ${shared.other.file}; each model needs its own` });
      continue;
    }
    for (const { key } of identityKeys(policy)) byIdentity.set(key, policy);
    byName.set(policy.model.name, policy);
    policies.push(policy);
  }
  // Masked here, so that every caller (validate too) gets errors without the values they quote.
  return { policies, errors: redactSecrets(errors, [...secrets]), secrets: [...secrets] };
}

export async function evaluate(options: RunOptions): Promise<Evaluation> {
  const now = options.now ?? new Date();
  const { policies: fleet, errors, secrets } = await loadPolicies(options.paths, options);
  options.onSecrets?.(secrets);
  const shard = options.shard === undefined ? null : { ...options.shard, models: (await planPolicies(fleet, options.shard.count)).shards[options.shard.index - 1]?.models ?? [] };
  const policies = shard === null ? fleet : fleet.filter((p) => shard.models.includes(p.model.name));
  // Every secret of the run, not only the policy's own: one policy's value may show up anywhere.
  const log = (line: string): void => options.log?.(redactSecrets(line, secrets));
  log(`${fleet.length} polic${fleet.length === 1 ? 'y' : 'ies'} loaded, ${errors.length} error(s)${shard === null ? '' : `; shard ${shard.index}/${shard.count} holds ${policies.length}`}`);
  const { progress } = options;
  progress?.({ kind: 'loaded', models: policies.length });
  const models: ModelReport[] = [];
  const records: RunRecord[] = [];
  const run: RunIdentity = options.run ?? { id: `local-${now.toISOString()}`, attempt: null, url: null };
  const stored = options.state === undefined ? null : await readHistories(options.state, policies.map((p) => p.model.name), log);
  const mask = (text: string): string => redactSecrets(text, secrets);
  const limit = runConcurrency(options.concurrency, process.env);
  const pool = limit > 1 && policies.length > 1 ? ModelWorkers.create({ cwd: options.cwd, env: options.env, root: options.root }) : null;
  const onMain = pool === null ? policies.map(() => true) : await Promise.all(policies.map(needsMainThread));
  let workers = DriftWorkers.create();
  let onWorkers = 0;
  const results: { model: ModelReport; record: RunRecord | null }[] = new Array(policies.length);
  const evaluateOne = async (index: number): Promise<void> => {
    const policy = policies[index]!;
    log(`evaluating ${policy.model.name} (${policy.file})`);
    progress?.({ kind: 'model', index, models: policies.length, name: policy.model.name, file: policy.file });
    // A model whose history could not be read is judged without memory, and not written back.
    const history = stored?.histories?.has(policy.model.name) === true ? stored.histories.get(policy.model.name) ?? null : undefined;
    const memory = history === undefined ? null : { history, runId: run.id };
    let evaluated: { model: ModelReport; records: CheckRecord[] };
    if (onMain[index] === true || pool === null) {
      evaluated = await evaluateModelWithMemory(policy, now, { ...(workers === null ? {} : { parallel: workers }), log, ...(progress === undefined ? {} : { progress }), memory });
      if (evaluated.model.error_code === 'model/time-budget' && workers !== null) {
        // Its drift pairs may still occupy the workers: a worker thread can be stopped, so start
        // afresh. Only this thread's model uses them (one at a time), so no other model is touched.
        await workers.close();
        workers = DriftWorkers.create();
      }
    } else {
      evaluated = await pool.evaluate(policy, now, memory, { log, progress });
      onWorkers++;
    }
    const model = redactSecrets(evaluated.model, secrets);
    const record = memory === null ? null : redactSecrets(await buildRunRecord({ model, policy, checks: evaluated.records, run, at: now.toISOString(), mask }), secrets);
    log(`${policy.model.name}: ${model.status} in ${model.duration_ms} ms`);
    progress?.({ kind: 'model-done', index, models: policies.length, name: policy.model.name, ms: model.duration_ms });
    results[index] = { model, record };
  };
  // `limit` lanes take the next model in policy order; the models on this thread take turns in
  // one lane of their own, so that two of them never share the drift workers.
  let next = 0;
  let mainTurn: Promise<void> = Promise.resolve();
  const lane = async (): Promise<void> => {
    while (next < policies.length) {
      const index = next++;
      if (onMain[index] === true || pool === null) {
        const turn = mainTurn.then(() => evaluateOne(index));
        mainTurn = turn.catch(() => {});
        await turn;
      } else {
        await evaluateOne(index);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool === null ? 1 : Math.min(limit, policies.length) }, lane));
  } finally {
    if (workers !== null && workers.compared > 0) log(`drift: ${workers.compared} numeric column pair(s) compared on worker threads`);
    if (onWorkers > 0) log(`${onWorkers} of ${policies.length} models evaluated on worker threads, up to ${limit} at once`);
    await workers?.close();
    await pool?.close();
  }
  for (const { model, record } of results) {
    models.push(model);
    if (record !== null) records.push(record);
  }
  const byStatus = Object.fromEntries(STATUSES_BY_SEVERITY.map((s) => [s, 0])) as Record<Status, number>;
  for (const model of models) byStatus[model.status]++;
  const report: Report = {
    report_version: 1,
    tool: { name: 'modelwatch', version: __MODELWATCH_VERSION__ },
    generated_at: now.toISOString(),
    status: errors.length > 0 ? worstStatus([...models.map((m) => m.status), 'error']) : worstStatus(models.map((m) => m.status), 'skipped'),
    summary: { models: models.length, by_status: byStatus },
    models,
    policy_errors: errors,
    ...(stored === null ? {} : { state: stored.report }),
    ...(shard === null ? {} : { shard }),
  };
  return { report, policies: new Map(policies.map((p) => [p.file, p])), secrets, records };
}

export async function runChecks(options: RunOptions): Promise<Report> {
  return (await evaluate(options)).report;
}
