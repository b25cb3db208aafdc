/**
 * Evaluating one model, as a person would: read the reference and current data, keep the
 * evaluated window, then sample it, run every check, apply what earlier runs say and silences
 * (engine/memory.ts), and combine the statuses.
 * Nothing here throws for expected conditions: unreadable data makes the model `error` with
 * the reason, and a check that crashes is `error` for that check alone.
 */
import { DataError } from '../data/errors.js';
import type { ProblemCode } from '../problems.js';
import type { ProgressListener } from './progress.js';
import type { ReadWindow } from '../data/sources/source.js';
import type { Table } from '../data/table.js';
import { largeSourceBytes, readSources, sourceBytes } from './read-sources.js';
import { requireDeclaredColumns } from './declared-columns.js';
import { sampleTable } from '../data/sample.js';
import { filterWindow } from '../data/window.js';
import { profileFacts } from '../profile/table.js';
import { policyFingerprint } from '../profile/needs.js';
import { aggregatesNote, profiledCheck } from './profile-context.js';
import { fallbackNote, planPushdown, pushedCurrent, type PushdownBlockers } from './pushdown.js';
import type { ReadOptions } from '../data/read.js';
import { percentileBound } from './profile-bounds.js';
import type { CheckSpec, ColumnKind, Policy, PostgresSourceSpec } from '../policy/types.js';
import { checkModuleFor } from '../checks/registry.js';
import { startBudget, TimeBudgetExceeded, type TimeBudget } from '../checks/budget.js';
import { raceBudget } from './time-budget.js';
import type { CheckContext, CheckOutcome, ParallelCompare } from '../checks/types.js';
import type { CheckReport, ModelReport } from './report.js';
import { worstStatus } from './report.js';
import { applyMemory, type ModelMemory } from './memory.js';
import type { CheckRecord } from '../state/record.js';
import { count } from '../checks/counts.js';

/** Declared column kinds, from the roles and types in the policy. */
export function declaredKinds(policy: Policy): Record<string, ColumnKind> {
  const { columns } = policy;
  const kinds: Record<string, ColumnKind> = { ...columns.types };
  for (const name of columns.features?.numerical ?? []) kinds[name] = 'numeric';
  for (const name of columns.features?.categorical ?? []) kinds[name] = 'categorical';
  if (columns.timestamp !== undefined) kinds[columns.timestamp] = 'timestamp';
  if (columns.score !== undefined) kinds[columns.score] = 'numeric';
  for (const name of Object.values(columns.class_scores ?? {})) kinds[name] = 'numeric';
  return kinds;
}

interface LoadedData {
  readonly reference: Table | null;
  /** The current rows in the window, then sampled. */
  readonly current: Table;
  /** Every current row read: neither windowed nor sampled (checks/types.ts). */
  readonly currentUnwindowed: Table;
  readonly window: { readonly start: number; readonly end: number } | null;
  readonly labels: Table | null;
  readonly sampled: boolean;
  /** Checks that kept pushdown: auto from computing the current side in the database, and why. */
  readonly fallback: PushdownBlockers;
}

const NO_FALLBACK: PushdownBlockers = new Map();

/**
 * The current rows any check will look at, for sources that can select them where the data
 * lives: the window, reaching back by the labels' delay too (performance, fairness and concept
 * drift evaluate (start − delay, end − delay]). Null without a window: every row.
 */
export function pushedWindow(policy: Policy, now: Date): ReadWindow | null {
  const length = policy.data.window;
  if (length?.kind !== 'time') return null;
  const delay = policy.data.labels?.delay;
  const back = delay?.kind === 'time' ? delay.ms : 0;
  return { start: now.getTime() - length.ms - back, end: now.getTime() };
}

/**
 * The window the checks evaluate, (now − data.window, now], or null without one; a window that
 * is not a time span, or without columns.timestamp, is the model's error.
 */
export function evaluatedWindow(policy: Policy, now: Date): { readonly start: number; readonly end: number } | null {
  const length = policy.data.window;
  if (length === undefined) return null;
  if (length.kind !== 'time') throw new Error(`data.window must be a time span such as 7d, not "${length.text}"`);
  if (policy.columns.timestamp === undefined) throw new Error('data.window needs columns.timestamp to know when each row was scored');
  return { start: now.getTime() - length.ms, end: now.getTime() };
}

async function loadData(policy: Policy, now: Date, log: ((line: string) => void) | undefined, signal: AbortSignal): Promise<LoadedData> {
  const options = { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) };
  const { reference: referenceSpec, current: currentSpec, labels: labelled } = policy.data;
  const plan = await planPushdown(policy);
  let fallback = plan.push ? NO_FALLBACK : plan.fallback;
  if (fallback.size > 0) log?.(`${policy.model.name}: the current rows are read, not computed in the database (pushdown: auto), since ${[...fallback.keys()].map((id) => `"${id}"`).join(', ')} cannot be`);
  const read = { options, timestampColumn: policy.columns.timestamp, signal, log };
  const referenceRead = referenceSpec === undefined ? undefined : { spec: referenceSpec, window: null };
  const labelsRead = labelled === undefined ? undefined : { spec: labelled.source, window: null };
  let tables: (Table | null)[];
  if (plan.push) {
    // The reference first: its edges and range split the buckets computed in the database.
    tables = await readSources([referenceRead, undefined, labelsRead], read);
    const pushed = await pushCurrent(policy, plan.spec, tables[0] ?? null, now, read);
    if (pushed.ok) tables[1] = pushed.table;
    else {
      fallback = new Map(policy.checks.map((c) => [c.id, pushed.why]));
      log?.(`${policy.model.name}: the current rows are read, not computed in the database (pushdown: auto): ${pushed.why}`);
      tables[1] = (await readSources([{ spec: currentSpec, window: pushedWindow(policy, now) }], read))[0]!;
    }
  } else {
    tables = await readSources([referenceRead, { spec: currentSpec, window: pushedWindow(policy, now) }, labelsRead], read);
  }
  const referenceTable = tables[0] ?? null;
  const currentUnwindowed = tables[1]!;
  for (const table of [referenceTable, currentUnwindowed]) checkProfileOf(policy, table, log);
  const labels = tables[2] ?? null;
  requireDeclaredColumns(policy, { reference: tables[0] ?? null, current: tables[1]! });
  // The window first, then the sample: max_rows bounds what is evaluated, it must not thin a
  // window that fits (a 1,515-row window was cut to 1,018 when the sample came first).
  const currentProfile = profileFacts(currentUnwindowed);
  if (currentProfile !== undefined) {
    // Aggregates are not cut or sampled again: the window is the one they were made for.
    return { reference: referenceTable, current: currentUnwindowed, currentUnwindowed, window: currentProfile.profile.window, labels, sampled: false, fallback };
  }
  const window = evaluatedWindow(policy, now);
  const windowed = window === null ? currentUnwindowed : filterWindow(currentUnwindowed, policy.columns.timestamp!, window.start, window.end).table;
  const sample = policy.data.sample;
  const current = sampleTable(windowed, sample);
  const sampledReference = referenceTable === null || profileFacts(referenceTable) !== undefined ? referenceTable : sampleTable(referenceTable, sample);
  const sampled = current !== windowed || sampledReference !== referenceTable;
  return { reference: sampledReference, current, currentUnwindowed, window, labels, sampled, fallback };
}

/**
 * The current side computed in the database over the evaluated window, or, under pushdown:
 * auto, why it could not be (a column the pushdown cannot read as the row path does).
 */
async function pushCurrent(policy: Policy, spec: PostgresSourceSpec, reference: Table | null, now: Date, read: { options: ReadOptions; signal: AbortSignal; log: ((line: string) => void) | undefined }): Promise<{ ok: true; table: Table } | { ok: false; why: string }> {
  const window = evaluatedWindow(policy, now);
  try {
    const { table, rowsReturned } = await pushedCurrent(policy, spec, reference, window, read);
    read.log?.(`${table.origin}: ${policy.model.name}'s current aggregates computed in the database over ${count(table.rowCount)} rows (${count(rowsReturned)} rows returned)`);
    return { ok: true, table };
  } catch (cause) {
    if (cause instanceof DataError && cause.code === 'profile/pushdown' && spec.pushdown !== 'required') return { ok: false, why: cause.detail };
    throw cause;
  }
}

/**
 * A profile read for this model must be this model's (a profile of another model is refused);
 * one made for another version of the policy is used, with a line in the log, since only what
 * it lacks matters and each check says so (profile/missing).
 */
function checkProfileOf(policy: Policy, table: Table | null, log: ((line: string) => void) | undefined): void {
  const facts = profileFacts(table);
  if (facts === undefined || table === null) return;
  const { profile } = facts;
  if (profile.model !== policy.model.name) throw new DataError('profile/invalid', table.origin, `is a profile of model "${profile.model}", not of "${policy.model.name}"`);
  if (profile.policy_fingerprint !== policyFingerprint(policy)) log?.(`${table.origin} was made for another version of the policy of ${policy.model.name}; a check that needs what it lacks says so`);
}

async function runCheck(policySpec: CheckSpec, modelContext: CheckContext, stage: { current: string }): Promise<CheckReport> {
  // Between checks: a spent budget stops the model before the next check starts.
  modelContext.budget?.check();
  stage.current = `running check "${policySpec.id}"`;
  const started = performance.now();
  const profiled = profiledCheck(policySpec, modelContext);
  const aggregates = profiled.aggregates === undefined ? {} : { aggregates: profiled.aggregates };
  if (!profiled.ok) return { id: policySpec.id, type: policySpec.type, ...profiled.outcome, ...aggregates, duration_ms: Math.round(performance.now() - started) };
  const { spec, context } = profiled;
  let outcome: CheckOutcome;
  try {
    // The registry is keyed by type, so the module and the spec always agree.
    const module = checkModuleFor(spec.type) as {
      run(s: CheckSpec, c: CheckContext): CheckOutcome;
      runAsync?(s: CheckSpec, c: CheckContext): Promise<CheckOutcome>;
    };
    outcome = context.parallel !== undefined && module.runAsync !== undefined ? await module.runAsync(spec, context) : module.run(spec, context);
  } catch (cause) {
    if (cause instanceof TimeBudgetExceeded) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    outcome = { status: 'error', code: 'check/crashed', value: null, thresholds: {}, message: `the check crashed: ${reason}`, details: null };
  }
  const within = profiled.bound ?? percentileBound(spec, context, outcome);
  const bound = within === undefined || outcome.value === null ? {} : { bound: within };
  const boundText = within !== undefined && within > 0 && outcome.value !== null ? ` (within ±${Number(within.toPrecision(2))} of the rows' value)` : '';
  const message = profiled.aggregates === undefined ? outcome.message : `${outcome.message}${boundText}${aggregatesNote(profiled.aggregates)}`;
  return { id: spec.id, type: spec.type, ...outcome, message, ...aggregates, ...bound, duration_ms: Math.round(performance.now() - started) };
}

function baseReport(policy: Policy): Omit<ModelReport, 'status' | 'error' | 'error_code' | 'checks' | 'window' | 'rows' | 'duration_ms'> {
  return {
    name: policy.model.name,
    version: policy.model.version ?? null,
    task: policy.model.task,
    policy: policy.file,
    owners: policy.model.owners,
    runbook: policy.model.runbook ?? null,
  };
}

/**
 * When a model has a drift check and large data (as large as a source worth its own reader
 * thread), starts the drift workers before reading, so that they load while the data is read
 * instead of after (`npm run bench`: ~70 ms). Not when a side is a profile: drift then compares
 * in this thread (checks/drift.ts), and idle workers would only add their memory.
 */
async function prepareWorkers(policy: Policy, parallel: ParallelCompare | undefined): Promise<void> {
  if (parallel?.prepare === undefined || !policy.checks.some((check) => check.type === 'drift')) return;
  const sources = [policy.data.reference, policy.data.current].filter((s) => s !== undefined);
  if (sources.some((s) => s.kind === 'profile')) return;
  const bytes = (await Promise.all(sources.map(sourceBytes))).reduce((a, b) => a + b, 0);
  if (bytes >= largeSourceBytes()) parallel.prepare();
}

/** How the engine may spread the work: worker threads for drift, and a log line per worker read. */
export interface EvaluateOptions {
  readonly parallel?: ParallelCompare;
  readonly log?: (line: string) => void;
  /** Rows read and checks done, for a progress display (engine/progress.ts). */
  readonly progress?: ProgressListener;
  /** The model's stored runs (engine/memory.ts); absent or null: a run without state. */
  readonly memory?: ModelMemory | null;
}

/**
 * The model's report, within its time budget: past it, the model is `error` (model/time-budget)
 * with what it was doing, and the caller goes on to the next model (src/engine/time-budget.ts).
 */
export async function evaluateModel(policy: Policy, now: Date, options: EvaluateOptions = {}): Promise<ModelReport> {
  return (await evaluateModelWithMemory(policy, now, options)).model;
}

/** The model's report with memory applied (silences too), and what the state store keeps of each check. */
export async function evaluateModelWithMemory(policy: Policy, now: Date, options: EvaluateOptions = {}): Promise<{ model: ModelReport; records: CheckRecord[] }> {
  return applyMemory(await evaluateChecks(policy, now, options), policy, options.memory ?? null, now);
}

/** The model's report as its checks gave it, before memory and silences. */
async function evaluateChecks(policy: Policy, now: Date, options: EvaluateOptions): Promise<ModelReport> {
  const started = performance.now();
  const { ms, text } = policy.defaults.time_budget;
  const budget = startBudget(ms, text);
  const stage = { current: 'reading its data' };
  // Aborted at the deadline, so that a query, a download or a command stops with the model.
  const abort = new AbortController();
  try {
    return await raceBudget(evaluateWithin(policy, now, options, budget, stage, abort.signal), budget);
  } catch (cause) {
    if (!(cause instanceof TimeBudgetExceeded)) throw cause;
    abort.abort(cause);
    return modelErrorReport(policy, `the model ${cause.message} (defaults.time_budget) while ${stage.current}; the other models were still evaluated`, 'model/time-budget', Math.round(performance.now() - started));
  }
}

/** A model that has no checks to show: its data could not be read, or it was stopped. */
export function modelErrorReport(policy: Policy, error: string, code: ProblemCode, durationMs: number): ModelReport {
  return {
    ...baseReport(policy),
    status: 'error',
    error,
    error_code: code,
    window: { start: null, end: null, length: policy.data.window?.text ?? null },
    rows: { reference: null, current: null, sampled: false },
    checks: [],
    duration_ms: durationMs,
  };
}

async function evaluateWithin(policy: Policy, now: Date, options: EvaluateOptions, budget: TimeBudget, stage: { current: string }, signal: AbortSignal): Promise<ModelReport> {
  const { parallel } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let data: LoadedData;
  try {
    await prepareWorkers(policy, parallel);
    data = await loadData(policy, now, options.log, signal);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return modelErrorReport(policy, reason, cause instanceof DataError ? cause.code : 'model/data', elapsed());
  }
  options.progress?.({ kind: 'read', name: policy.model.name, rows: { reference: data.reference?.rowCount ?? null, current: data.currentUnwindowed.rowCount } });
  const context: CheckContext = { policy, now, ...data, budget, ...(parallel === undefined ? {} : { parallel }) };
  // Every check starts before any is awaited, so the checks computed on this thread run while
  // a check that waits for worker threads (drift on large columns) is waiting. The report keeps
  // the policy's order; the checks share nothing but the read-only context.
  let done = 0;
  const counted = async (spec: CheckSpec): Promise<CheckReport> => {
    const ran = await runCheck(spec, context, stage);
    const why = data.fallback.get(spec.id);
    const report = why === undefined ? ran : { ...ran, message: `${ran.message}${fallbackNote(why)}` };
    options.progress?.({ kind: 'check', name: policy.model.name, done: ++done, checks: policy.checks.length });
    return report;
  };
  const running = policy.checks.map(counted);
  const checks: CheckReport[] = await Promise.all(running);
  return {
    ...baseReport(policy),
    status: worstStatus(checks.map((c) => c.status), 'skipped'),
    error: null,
    error_code: null,
    window: {
      start: data.window ? new Date(data.window.start).toISOString() : null,
      end: data.window ? new Date(data.window.end).toISOString() : null,
      length: policy.data.window?.text ?? null,
    },
    rows: { reference: data.reference?.rowCount ?? null, current: data.current.rowCount, sampled: data.sampled },
    checks,
    duration_ms: elapsed(),
  };
}
