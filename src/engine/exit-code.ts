/**
 * The exit code of a run: 2 when a policy could not be loaded, 1 when a model is at or beyond
 * the `fail-on` level, 0 otherwise. A check or model that could not be evaluated (`error`) is
 * failing under `fail` and `warn`: a monitor that cannot see must not report success.
 */
import type { Report, Status } from './report.js';

export type FailOn = 'fail' | 'warn' | 'never';

const FAILING: Readonly<Record<FailOn, ReadonlySet<Status>>> = {
  fail: new Set(['fail', 'error']),
  warn: new Set(['fail', 'error', 'pending', 'warn']),
  never: new Set(),
};

export function failingModels(report: Report, failOn: FailOn): string[] {
  return report.models.filter((m) => FAILING[failOn].has(m.status)).map((m) => m.name);
}

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.policy_errors.length > 0) return 2;
  return failingModels(report, failOn).length > 0 ? 1 : 0;
}
