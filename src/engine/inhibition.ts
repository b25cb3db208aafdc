/**
 * Inhibition (`inhibits: [check ids]`, Prometheus's inhibit rules): while a check fails or
 * errors with its alert firing, the checks it names report `inhibited`, with the reason and the
 * status they would have had, and open nothing. A broken feed is one incident, not three.
 * A passing or skipped target stays as it is (there is nothing to hide). Whether a check
 * inhibits is decided on its status before inhibition, so two checks that name each other
 * never hide both. O(checks + named ids).
 */
import type { CheckSpec } from '../policy/types.js';
import type { CheckReport } from './report.js';

function inhibiting(check: CheckReport): boolean {
  return (check.status === 'fail' || check.status === 'error') && (check.alert === undefined || check.alert.state === 'firing');
}

export function applyInhibition(checks: readonly CheckReport[], specs: readonly CheckSpec[]): CheckReport[] {
  const byTarget = new Map<string, CheckReport>();
  const reports = new Map(checks.map((c) => [c.id, c]));
  for (const spec of specs) {
    const source = reports.get(spec.id);
    if (source === undefined || !inhibiting(source)) continue;
    for (const target of spec.inhibits ?? []) if (!byTarget.has(target)) byTarget.set(target, source);
  }
  return checks.map((check) => {
    const source = byTarget.get(check.id);
    if (source === undefined || check.status === 'pass' || check.status === 'skipped') return check;
    return { ...check, status: 'inhibited', message: `inhibited by ${source.id} (${source.status}); would be ${check.status}: ${check.message}` };
  });
}
