/**
 * Normalises `alerting` (issue enabled by default with label `modelwatch`, no silences) and
 * `retraining` (for: 1 runs, cooldown: 7d, PR labels modelwatch + retraining). Check ids named by
 * silences and by retraining.when.any_failing must exist in the policy; silence dates must be
 * real calendar dates.
 */
import type { NormaliseContext } from './context.js';
import { didYouMean } from './suggest.js';
import type { RawPolicy } from './raw.js';
import type { AlertingSpec, RetrainingSpec } from './types.js';

export const ISSUE_LABELS = ['modelwatch'] as const;
export const PULL_REQUEST_LABELS = ['modelwatch', 'retraining'] as const;

function checkIdsExist(ids: readonly string[], pointer: string, known: readonly string[], what: string, ctx: NormaliseContext): void {
  ids.forEach((id, index) => {
    if (!known.includes(id)) ctx.error(`${pointer}/${index}`, 'policy/invalid-value', `${what} names unknown check "${id}"${didYouMean(id, known)}`);
  });
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * True for an existing calendar day (2026-02-30 is not) with, if any, a time of day that exists
 * (hour ≤ 23, minute and second ≤ 59, zone offset ≤ 23:59). Checked field by field, because
 * Date.parse rolls 24:00 over into the next day.
 */
function isRealDate(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => Number(match[i] ?? 0)) as [number, number, number, number, number, number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && zoneHour <= 23 && zoneMinute <= 59;
}

export function normaliseAlerting(raw: RawPolicy['alerting'], checkIds: readonly string[], ctx: NormaliseContext): AlertingSpec {
  const issue = raw?.issue;
  const silences = (raw?.silences ?? []).map((silence, index) => {
    const at = `/alerting/silences/${index}`;
    const checks = [...(silence.checks ?? [])];
    checkIdsExist(checks, `${at}/checks`, checkIds, 'silence', ctx);
    if (!isRealDate(silence.until)) ctx.error(`${at}/until`, 'policy/invalid-value', `"until" is not a real date: "${silence.until}"`);
    return { checks, until: silence.until, reason: silence.reason };
  });
  return {
    issue: { enabled: issue?.enabled ?? true, labels: [...(issue?.labels ?? ISSUE_LABELS)] },
    silences,
  };
}

export function normaliseRetraining(raw: RawPolicy['retraining'], checkIds: readonly string[], ctx: NormaliseContext): RetrainingSpec | undefined {
  if (raw === undefined) return undefined;
  const anyFailing = raw.when.any_failing;
  if (anyFailing !== 'any') checkIdsExist(anyFailing, '/retraining/when/any_failing', checkIds, 'retraining.when.any_failing', ctx);
  const pr = raw.pull_request;
  return {
    when: {
      any_failing: anyFailing === 'any' ? 'any' : [...anyFailing],
      for: ctx.duration(raw.when.for ?? '1 runs', '/retraining/when/for'),
    },
    pull_request: {
      path: pr.path,
      ...(pr.base === undefined ? {} : { base: pr.base }),
      labels: [...(pr.labels ?? PULL_REQUEST_LABELS)],
    },
    cooldown: ctx.duration(raw.cooldown ?? '7d', '/retraining/cooldown'),
  };
}
