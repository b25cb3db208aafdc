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

/** True for an existing calendar day (2026-02-30 is not), with a parseable time if any. */
function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
