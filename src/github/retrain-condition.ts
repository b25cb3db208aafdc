/**
 * When a retraining pull request is due: `retraining.when.any_failing` names checks (or `any`);
 * the condition holds in a run when one of them has status `fail` (an `error` is not evidence
 * about the model). `for: N runs` needs N consecutive runs, counted in the incident's state;
 * `for: 6h` needs the condition to have held continuously that long. The streak is counted
 * only up to what the policy needs, so that an unchanged incident needs no write to remember it.
 */
import type { ModelReport } from '../engine/report.js';
import type { RetrainingSpec } from '../policy/types.js';
import type { RetrainStreak } from './incident.js';

export function retrainConditionHolds(spec: RetrainingSpec, model: ModelReport): boolean {
  const ids = spec.when.any_failing;
  return model.checks.some((c) => c.status === 'fail' && (ids === 'any' || ids.includes(c.id)));
}

export function nextStreak(spec: RetrainingSpec, previous: RetrainStreak | null, holds: boolean, now: string): RetrainStreak | null {
  if (!holds) return null;
  const cap = spec.when.for.kind === 'runs' ? Math.max(1, spec.when.for.runs) : 1;
  if (previous === null) return { runs: 1, since: now };
  return { runs: Math.min(cap, previous.runs + 1), since: previous.since };
}

export function retrainDue(spec: RetrainingSpec, streak: RetrainStreak | null, now: Date): boolean {
  if (streak === null) return false;
  const needed = spec.when.for;
  if (needed.kind === 'runs') return streak.runs >= needed.runs;
  return now.getTime() - Date.parse(streak.since) >= needed.ms;
}
