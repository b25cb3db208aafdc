/**
 * What a check's report owes to earlier runs, applied after the checks have run, in this order
 * (docs/policy.md#memory-across-runs):
 *
 * 1. thresholds against stored runs (`vs: previous`, `vs: history`; engine/memory-thresholds.ts);
 * 2. the trend of the value (engine/forecast.ts), for every check once 7 runs are stored; with
 *    `forecast:` a passing check heading for its fail bound within the horizon becomes `warn`;
 * 3. the alert lifecycle (`for`, `keep_firing_for`; engine/lifecycle.ts) on the verdict so far:
 *    a breach still waiting for `for:` reports `pending`;
 * 4. inhibition (engine/inhibition.ts), then silences (engine/silences.ts), on top;
 * 5. the last runs' values, for charts, on every check that warns, fails or is pending.
 *
 * Without a state store (`memory` null) there is nothing to remember: a breach fires at once,
 * thresholds against stored runs give no_data, no forecast is made, and no `alert` is reported.
 * Pure: the stored history comes in, the reports and what to store go out. O(checks × runs).
 */
import type { CheckSpec, Policy } from '../policy/types.js';
import type { AlertMemory, CheckRecord, ModelHistory, RunRecord } from '../state/record.js';
import { applyInhibition } from './inhibition.js';
import { nextAlert } from './lifecycle.js';
import { forecastCheck, TREND_ONLY } from './forecast.js';
import { judgeAgainstMemory } from './memory-thresholds.js';
import type { CheckHistory, CheckReport, ModelReport, Status } from './report.js';
import { worstStatus } from './report.js';
import { applySilences } from './silences.js';
import { historyLines } from './history-lines.js';

/** The model's stored history and the id of this run (whose own earlier record is ignored). */
export interface ModelMemory {
  readonly history: ModelHistory | null;
  readonly runId: string;
}

/** How many of the last runs a chart shows (this one included). */
export const HISTORY_POINTS = 30;

const NO_LIFECYCLE = { for: null, keep_firing_for: null } as const;

/** Earlier runs of this model, oldest first: not this run's own record, nothing after `now`. */
export function earlierRuns(memory: ModelMemory, now: Date): RunRecord[] {
  const runs = memory.history?.runs ?? [];
  return runs.filter((r) => r.run.id !== memory.runId && Date.parse(r.at) < now.getTime());
}

/** The check's value and status in each earlier run that has it, oldest first. */
function storedRuns(runs: readonly RunRecord[], id: string): { at: string; value: number | null; status: Status }[] {
  const out: { at: string; value: number | null; status: Status }[] = [];
  for (const run of runs) {
    const check = run.checks.find((c) => c.id === id);
    if (check !== undefined) out.push({ at: run.at, value: check.value, status: check.status });
  }
  return out;
}

function lastMemory(runs: readonly RunRecord[], id: string): AlertMemory | null {
  for (let i = runs.length - 1; i >= 0; i--) {
    const check = runs[i]!.checks.find((c) => c.id === id);
    if (check !== undefined) return check.memory;
  }
  return null;
}

function breach(status: Status): boolean {
  return status === 'fail' || status === 'error';
}

function pendingMessage(check: CheckReport, runs: number, needed: string): string {
  return `${check.status} held ${runs} run${runs === 1 ? '' : 's'} of for: ${needed}, not firing yet: ${check.message}`;
}

function chartOf(check: CheckReport, earlier: readonly RunRecord[], now: Date): CheckHistory | undefined {
  const shown = check.status === 'warn' || check.status === 'fail' || check.status === 'pending' || check.alert?.state === 'firing';
  if (!shown) return undefined;
  const points = [...storedRuns(earlier, check.id), { at: now.toISOString(), value: check.value, status: check.status }].slice(-HISTORY_POINTS);
  if (points.length < 2) return undefined;
  return { points, lines: historyLines(check.thresholds) };
}

/**
 * The model's checks with memory applied, and what to store for each. `memory` null: no state.
 */
export function applyMemory(model: ModelReport, policy: Policy, memory: ModelMemory | null, now: Date): { model: ModelReport; records: CheckRecord[] } {
  const earlier = memory === null ? [] : earlierRuns(memory, now);
  const specs = new Map<string, CheckSpec>(policy.checks.map((s) => [s.id, s]));
  const verdicts = new Map<string, Status>();
  const memories = new Map<string, AlertMemory>();
  const stepped = model.checks.map((raw): CheckReport => {
    const spec = specs.get(raw.id);
    const stored = memory === null ? null : storedRuns(earlier, raw.id);
    let check = judgeAgainstMemory(raw, spec?.memory, stored);
    // Every numeric check gets its trend once enough runs are stored; only `forecast:` may warn.
    if (stored !== null) check = forecastCheck(check, spec?.forecast ?? TREND_ONLY, stored, now);
    verdicts.set(check.id, check.status);
    const lifecycle = memory === null ? NO_LIFECYCLE : (spec?.lifecycle ?? policy.defaults.lifecycle ?? NO_LIFECYCLE);
    const step = nextAlert(memory === null ? null : lastMemory(earlier, check.id), breach(check.status), lifecycle, now);
    memories.set(check.id, step.memory);
    if (memory === null) return check;
    const alert = step.report;
    if (alert.state === 'pending') return { ...check, status: 'pending', message: pendingMessage(check, alert.runs, lifecycle.for?.text ?? ''), alert };
    if (alert.kept === true) return { ...check, message: `${check.message}; the alert keeps firing for keep_firing_for: ${lifecycle.keep_firing_for?.text ?? ''} (clear for ${alert.runs} run${alert.runs === 1 ? '' : 's'})`, alert };
    return { ...check, alert };
  });
  const checks = applyInhibition(stepped, policy.checks)
    .map((c) => applySilences(c, policy.alerting.silences, now))
    .map((c) => {
      const history = memory === null ? undefined : chartOf(c, earlier, now);
      return history === undefined ? c : { ...c, history };
    });
  const records: CheckRecord[] = checks.map((c) => ({
    id: c.id,
    type: c.type,
    status: c.status,
    verdict: verdicts.get(c.id) ?? c.status,
    value: c.value,
    thresholds: JSON.parse(JSON.stringify(c.thresholds)) as unknown,
    alert: c.alert ?? null,
    memory: memories.get(c.id) ?? { state: 'inactive', since: now.toISOString(), runs: 0 },
    ...columnScores(c),
  }));
  const status = model.error === null ? worstStatus(checks.map((c) => c.status), 'skipped') : model.status;
  return { model: { ...model, status, checks }, records };
}

/** A drift check's per-column scores (statistic by column), for the audit trail. */
function columnScores(check: CheckReport): { columns?: Record<string, number> } {
  if (check.type !== 'drift') return {};
  const columns = (check.details as { columns?: readonly { column: string; statistic: number | null }[] } | null)?.columns ?? [];
  const out: Record<string, number> = {};
  for (const c of columns) if (c.statistic !== null && Number.isFinite(c.statistic)) out[c.column] = c.statistic;
  return Object.keys(out).length === 0 ? {} : { columns: out };
}
