/**
 * A report with one long user string (`n` characters) in every field a user or data can fill:
 * model, check, column and group names, messages, errors, paths, owners, thresholds, policy
 * errors. The string mixes words, accents, emoji and wide characters so that width and
 * truncation code meets every kind of grapheme.
 */
import type { DataQualityDetails, DriftDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { sampleReport } from './sample-report.js';

const UNIT = 'timeout é 😀 中文 segment-a\u0301 ';

export function longString(n: number, tag = ''): string {
  return `${tag}${UNIT.repeat(Math.ceil(n / UNIT.length))}`.slice(0, n);
}

export function longReport(n: number): Report {
  const long = longString(n);
  const base = sampleReport();
  const models = base.models.map((model, m) => ({
    ...model,
    name: longString(n, `m${m}-`),
    policy: long,
    version: model.version === null ? null : long,
    owners: [long],
    runbook: long,
    error: model.error === null ? null : long,
    window: { ...model.window, length: model.window.length === null ? null : long },
    checks: model.checks.map((check, c) => {
      let details: unknown = check.details;
      const drift = details as DriftDetails | null;
      if (drift?.kind === 'drift') {
        const columns = drift.columns.map((col) => {
          const d = col.distribution;
          return { ...col, column: long, message: long, ...(d?.kind === 'categories' && { distribution: { ...d, categories: d.categories.map(() => long) } }) };
        });
        details = { ...drift, columns } satisfies DriftDetails;
      }
      const quality = details as DataQualityDetails | null;
      if (quality?.kind === 'data_quality') {
        details = {
          ...quality,
          columns: quality.columns.map((col) => ({ ...col, column: long, message: long, ...(col.top_unseen ? { top_unseen: [{ value: long, count: 3 }] } : {}) })),
          problems: quality.problems.length > 0 ? [long] : [],
        } satisfies DataQualityDetails;
      }
      return { ...check, id: longString(n, `c${c}-`), message: long, thresholds: { ...check.thresholds, fail: { in: [long] }, derived_from: long }, details };
    }),
  }));
  return { ...base, tool: { ...base.tool, version: long }, models, policy_errors: [{ file: long, line: 1, column: 1, code: 'policy/invalid-value', message: long }] };
}
