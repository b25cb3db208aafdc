/**
 * Values a production table or a careless policy could carry, and a report that puts them in
 * every string field the renderers show: model, check and column names, categories, messages,
 * errors, paths, owners, schema problems, policy errors.
 */
import type { DataQualityDetails, DriftDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { sampleReport } from './sample-report.js';

export const HOSTILE = [
  '@org/team',
  '<!-- x',
  '<script>alert(1)</script>',
  '| a | b |',
  '[x](http://evil)',
  '![i](http://x/y.png)',
  'line one\nline two\r\n# heading',
  '`code` ``x``',
  '#12',
  'www.evil.com',
  '<img src=x onerror=alert(1)>',
  '**bold** _em_ ~~del~~',
  '&lt;b&gt; &amp;',
  '"quoted" \'single\'',
] as const;

/** One hostile value per field, cycling through HOSTILE, joined with a marker for each use. */
export function hostileReport(): Report {
  let i = 0;
  const next = (): string => HOSTILE[i++ % HOSTILE.length] ?? '';
  const all = HOSTILE.join(' ');
  const base = sampleReport();
  const models = base.models.map((model) => ({
    ...model,
    name: next(),
    policy: next(),
    version: model.version === null ? null : next(),
    owners: [next(), '@org/team'],
    runbook: next(),
    error: model.error === null ? null : all,
    window: { ...model.window, length: model.window.length === null ? null : next() },
    checks: model.checks.map((check) => {
      let details: unknown = check.details;
      const drift = details as DriftDetails | null;
      if (drift?.kind === 'drift') {
        details = { ...drift, columns: drift.columns.map((c) => ({ ...c, column: next(), message: all })) } satisfies DriftDetails;
      }
      const quality = details as DataQualityDetails | null;
      if (quality?.kind === 'data_quality') {
        details = {
          ...quality,
          columns: quality.columns.map((c) => ({
            ...c,
            column: next(),
            message: all,
            ...(c.top_unseen ? { top_unseen: HOSTILE.map((value, count) => ({ value, count })) } : {}),
          })),
          problems: quality.problems.length > 0 ? [...HOSTILE] : [],
        } satisfies DataQualityDetails;
      }
      return {
        ...check,
        id: next(),
        message: all,
        thresholds: { ...check.thresholds, fail: { in: [...HOSTILE] }, derived_from: next() },
        details,
      };
    }),
  }));
  return {
    ...base,
    tool: { ...base.tool, version: next() },
    models,
    policy_errors: HOSTILE.map((message, n) => ({ file: next(), line: n + 1, column: 1, code: 'policy/invalid-value' as const, message })),
  };
}
