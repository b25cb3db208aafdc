/**
 * Silences: a check named by an active silence reports `silenced` instead of warn or fail, with
 * the real status and the reason in its message (a `pending` breach too). Passing checks stay `pass`, errors stay
 * `error` (a silence hides a known condition, not a broken check). A silence is active until
 * the end of its `until` day (UTC) for a date, or until the instant for a date-time.
 */
import type { Silence } from '../policy/types.js';
import type { CheckReport } from './report.js';

export function silenceEnd(until: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}

export function applySilences(check: CheckReport, silences: readonly Silence[], now: Date): CheckReport {
  if (check.status !== 'warn' && check.status !== 'fail' && check.status !== 'pending') return check;
  const silence = silences.find(
    (s) => (s.checks.length === 0 || s.checks.includes(check.id)) && now.getTime() <= silenceEnd(s.until),
  );
  if (silence === undefined) return check;
  return { ...check, status: 'silenced', message: `silenced until ${silence.until} (${silence.reason}); would be ${check.status}: ${check.message}` };
}
