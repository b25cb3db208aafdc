/**
 * Thresholds against the check's own stored runs (policy `memory`, docs/policy.md#memory-across-runs),
 * judged after the check has judged its own: the worse verdict wins.
 *
 * - `vs: previous`: the change against the last stored run with a value, p:
 *   relative = (v − p) / |p|, absolute = v − p, as `vs: reference` does with the reference value.
 * - `vs: history`: the band edge mean − k·s (side below) or mean + k·s (side above) of the last
 *   `runs` stored values, s the sample standard deviation (n − 1), NannyML's standard-deviation
 *   threshold made one-sided: breached when the value lies beyond the edge.
 *
 * A level that cannot be judged yet (too few stored runs, no state store) turns a pass into
 * `no_data` (check/no-history): a threshold that cannot be computed never passes. A breach
 * found on another level stands (a warn while fail waits for history is a warn), and the message
 * says which level was not judged. The thresholds shown become the bounds on
 * the value that were applied (`{ lt: edge }`), with `derived_from` saying how. O(runs).
 */
import type { Comparator, MemoryThreshold } from '../policy/types.js';
import { bandEnd, comparatorHolds } from '../checks/threshold.js';
import { severity } from '../checks/status.js';
import { sampleVariance } from '../stats/sample-variance.js';
import type { CheckReport, Status } from './report.js';

/** A stored value of the check, oldest first. */
export interface StoredValue {
  readonly at: string;
  readonly value: number | null;
}

type Level = 'warn' | 'fail';

interface Resolved {
  /** The condition on the value itself, when it can be written as one. */
  readonly bound: Comparator | null;
  readonly holds: string | null;
  readonly from: string;
}

/** A comparator on the change, as a comparator on the value: change = f(value), f increasing. */
function onValue(change: Comparator, toValue: (c: number) => number): Comparator | null {
  const out: Record<string, unknown> = {};
  for (const key of ['gt', 'gte', 'lt', 'lte'] as const) if (change[key] !== undefined) out[key] = toValue(change[key]);
  for (const key of ['between', 'not_between'] as const) {
    const pair = change[key];
    if (pair !== undefined) out[key] = [toValue(pair[0]), toValue(pair[1])];
  }
  const other = ['eq', 'not_eq', 'in', 'not_in'].some((key) => change[key as keyof Comparator] !== undefined);
  return other || Object.keys(out).length === 0 ? null : (out as Comparator);
}

function resolve(threshold: MemoryThreshold, value: number, stored: readonly StoredValue[]): Resolved | { readonly missing: string } {
  const values = stored.map((s) => s.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (threshold.vs === 'previous') {
    const p = values[values.length - 1];
    if (p === undefined) return { missing: 'vs: previous needs a stored run with a value; none is stored yet' };
    const from = `the previous run's ${bandEnd(p)}`;
    if (threshold.absolute !== undefined) {
      const holds = comparatorHolds(threshold.absolute, value - p);
      if (holds !== null) return { bound: onValue(threshold.absolute, (c) => p + c), holds: `change ${holds} vs the previous run (${bandEnd(p)})`, from };
    }
    if (threshold.relative !== undefined) {
      if (p === 0) return { missing: 'vs: previous with a relative change is undefined after a previous value of 0' };
      const holds = comparatorHolds(threshold.relative, (value - p) / Math.abs(p));
      if (holds !== null) return { bound: onValue(threshold.relative, (c) => p + c * Math.abs(p)), holds: `relative change ${holds} vs the previous run (${bandEnd(p)})`, from };
    }
    const bound = threshold.absolute !== undefined ? onValue(threshold.absolute, (c) => p + c) : threshold.relative !== undefined ? onValue(threshold.relative, (c) => p + c * Math.abs(p)) : null;
    return { bound, holds: null, from };
  }
  if (values.length < threshold.runs) {
    return { missing: `vs: history needs ${threshold.runs} stored runs with a value, ${values.length} stored` };
  }
  const last = Float64Array.from(values.slice(-threshold.runs));
  let mean = 0;
  for (const v of last) mean += v;
  mean /= last.length;
  const sd = Math.sqrt(sampleVariance(last));
  const edge = threshold.side === 'below' ? mean - threshold.k * sd : mean + threshold.k * sd;
  const from = `mean ${bandEnd(mean)} ${threshold.side === 'below' ? '−' : '+'} ${threshold.k} × sd ${bandEnd(sd)} of the last ${threshold.runs} runs`;
  const bound: Comparator = threshold.side === 'below' ? { lt: edge } : { gt: edge };
  const beyond = threshold.side === 'below' ? value < edge : value > edge;
  return { bound, holds: beyond ? `${threshold.side === 'below' ? '<' : '>'} ${bandEnd(edge)} (${from})` : null, from };
}

/**
 * The check with its memory thresholds judged. `stored` holds the check's values from earlier
 * runs (none of this run), or null without a state store.
 */
export function judgeAgainstMemory(check: CheckReport, memory: { readonly warn?: MemoryThreshold; readonly fail?: MemoryThreshold } | undefined, stored: readonly StoredValue[] | null): CheckReport {
  if (memory === undefined || (memory.warn === undefined && memory.fail === undefined)) return check;
  const judged = check.status === 'pass' || check.status === 'warn' || check.status === 'fail';
  if (!judged || check.value === null || !Number.isFinite(check.value)) return check;
  const value = check.value;
  let status: Status = check.status;
  let breached: string | null = null;
  const missing: { level: Level; why: string }[] = [];
  const thresholds: Record<string, unknown> = { ...check.thresholds };
  const derived: string[] = [];
  for (const level of ['fail', 'warn'] as const) {
    const threshold = memory[level];
    if (threshold === undefined) continue;
    if (stored === null) {
      missing.push({ level, why: `vs: ${threshold.vs} needs a state store (--state, or the Action's state branch)` });
      continue;
    }
    const resolved = resolve(threshold, value, stored);
    if ('missing' in resolved) {
      missing.push({ level, why: resolved.missing });
      continue;
    }
    if (resolved.bound !== null) thresholds[level] = resolved.bound;
    derived.push(`${level} from ${resolved.from}`);
    if (resolved.holds !== null && severity(level) > severity(status)) {
      status = level;
      breached = resolved.holds;
    }
  }
  if (derived.length > 0) thresholds.derived_from = [...(typeof check.thresholds.derived_from === 'string' ? [check.thresholds.derived_from] : []), ...derived].join('; ');
  const unjudged = missing.filter((m) => severity(m.level) > severity(status));
  const note = unjudged.length === 0 ? '' : `; not judged: ${unjudged.map((m) => `${m.level} ${m.why}`).join('; ')}`;
  if (status === 'pass' && unjudged.length > 0) {
    return { ...check, status: 'no_data', code: 'check/no-history', thresholds: thresholds as CheckReport['thresholds'], message: `${check.message}${note}` };
  }
  if (breached === null) return { ...check, thresholds: thresholds as CheckReport['thresholds'], message: `${check.message}${note}` };
  return { ...check, status, thresholds: thresholds as CheckReport['thresholds'], message: `${check.message}; ${status}: ${breached}${note}` };
}
