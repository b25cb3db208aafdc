/**
 * The keys of a check that need memory across runs (docs/policy.md#memory-across-runs):
 * `for:` and `keep_firing_for:` (from the check, else `defaults`), `inhibits:`, `forecast:`,
 * and warn/fail thresholds with `vs: previous` or `vs: history`. Those thresholds are moved out
 * of the check's `warn`/`fail` into `memory`, so that the check modules judge only what they
 * can judge on this run's data and the engine judges the rest against the stored runs
 * (engine/memory-thresholds.ts). Only a check's own warn/fail may look at history: a nested
 * threshold (a drift check's per_feature) has no value of its own in the stored runs.
 */
import { badSide } from './bad-side.js';
import type { NormaliseContext } from './context.js';
import { childPointer } from './document.js';
import type { RawCheck } from './raw.js';
import type { CheckSpec, Duration, LifecycleSpec, MemoryThreshold, Threshold } from './types.js';

type Spec = CheckSpec & { warn?: Threshold; fail?: Threshold };

function isMemory(threshold: unknown): threshold is Threshold & { vs: 'previous' | 'history' } {
  const vs = (threshold as { vs?: unknown } | null)?.vs;
  return vs === 'previous' || vs === 'history';
}

/** A zero duration means "none": `for: 0 runs` fires at once, `keep_firing_for: 0m` keeps nothing. */
function orNull(duration: Duration | undefined): Duration | null {
  if (duration === undefined) return null;
  return (duration.kind === 'runs' ? duration.runs : duration.ms) === 0 ? null : duration;
}

export function normaliseDefaultsLifecycle(raw: { for?: string; keep_firing_for?: string } | undefined, ctx: NormaliseContext): LifecycleSpec {
  return {
    for: orNull(raw?.for === undefined ? undefined : ctx.duration(raw.for, '/defaults/for')),
    keep_firing_for: orNull(raw?.keep_firing_for === undefined ? undefined : ctx.duration(raw.keep_firing_for, '/defaults/keep_firing_for')),
  };
}

/** The memory keys of one check, added to its normalised spec (warn/fail with memory moved out). */
export function withMemory(check: CheckSpec, raw: RawCheck, defaults: LifecycleSpec, ctx: NormaliseContext): CheckSpec {
  const pointer = check.pointer;
  const lifecycle: LifecycleSpec = {
    for: raw.for === undefined ? defaults.for : orNull(ctx.duration(raw.for, childPointer(pointer, 'for'))),
    keep_firing_for: raw.keep_firing_for === undefined ? defaults.keep_firing_for : orNull(ctx.duration(raw.keep_firing_for, childPointer(pointer, 'keep_firing_for'))),
  };
  const out: Record<string, unknown> = { ...check, lifecycle, inhibits: [...(raw.inhibits ?? [])] };
  const spec = check as Spec;
  const memory: { warn?: MemoryThreshold; fail?: MemoryThreshold } = {};
  for (const level of ['warn', 'fail'] as const) {
    const threshold = spec[level];
    if (!isMemory(threshold)) continue;
    delete out[level];
    if (threshold.vs === 'previous') {
      memory[level] = { vs: 'previous', ...(threshold.relative && { relative: threshold.relative }), ...(threshold.absolute && { absolute: threshold.absolute }) };
      continue;
    }
    const side = threshold.side ?? badSide(spec as Parameters<typeof badSide>[0]);
    if (side === null) {
      ctx.error(childPointer(childPointer(pointer, level), 'vs'), 'policy/conflict', `"vs: history" needs "side: below" or "side: above" here: this ${check.type} value has no bad side modelwatch can assume`, 'key');
      continue;
    }
    memory[level] = { vs: 'history', runs: threshold.runs ?? 14, k: threshold.k ?? 3, side };
  }
  if (memory.warn !== undefined || memory.fail !== undefined) out.memory = memory;
  refuseNestedMemory(check, pointer, ctx, true);
  if (raw.forecast !== undefined) {
    const horizon = ctx.duration(raw.forecast.horizon, childPointer(childPointer(pointer, 'forecast'), 'horizon'), 'positive');
    out.forecast = { horizon_ms: horizon.kind === 'time' ? horizon.ms : 0, horizon: raw.forecast.horizon, runs: raw.forecast.runs ?? 14, confidence: raw.forecast.confidence ?? 0.99 };
  }
  return out as unknown as CheckSpec;
}

/** `vs: previous`/`history` anywhere but a check's own warn/fail is an error. */
function refuseNestedMemory(value: object, pointer: string, ctx: NormaliseContext, top: boolean): void {
  for (const [key, child] of Object.entries(value)) {
    if (typeof child !== 'object' || child === null || Array.isArray(child)) continue;
    const here = childPointer(pointer, key);
    if (!(top && (key === 'warn' || key === 'fail')) && isMemory(child)) {
      ctx.error(childPointer(here, 'vs'), 'policy/conflict', `"vs: ${child.vs}" works on a check's own warn and fail only: "${key}" here has no value of its own in the stored runs`, 'key');
    }
    if (key !== 'memory') refuseNestedMemory(child, here, ctx, false);
  }
}

/** `inhibits:` must name other checks of the policy. */
export function refuseBadInhibits(checks: readonly CheckSpec[], ctx: NormaliseContext): void {
  const ids = new Set(checks.map((c) => c.id));
  for (const check of checks) {
    (check.inhibits ?? []).forEach((id, index) => {
      const at = `${check.pointer}/inhibits/${index}`;
      if (id === check.id) ctx.error(at, 'policy/conflict', `check "${check.id}" cannot inhibit itself`);
      else if (!ids.has(id)) ctx.error(at, 'policy/invalid-value', `"inhibits" names check "${id}", which is not in this policy`);
    });
  }
}
