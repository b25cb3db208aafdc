/**
 * Values a production table or a careless policy could carry, and a report that puts them in
 * every string field the renderers show: model, check and column names, categories, messages,
 * errors, paths, owners, schema problems, policy errors.
 */
import type { DataQualityDetails, DriftDetails } from '../../src/checks/details.js';
import type { DriftDistribution } from '../../src/checks/drift-distribution.js';
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

/**
 * Values that act instead of showing: a right-to-left override that makes `exe.doc` read as
 * `cod.exe`, ANSI colour and OSC title sequences, isolates, marks, NUL, BEL, DEL, C1 controls.
 */
export const CONTROL_HOSTILE = [
  'invoice\u202ecod.exe',
  '\u001b[31mred\u001b[0m \u001b]0;title\u0007',
  '\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069',
  'marks \u200e\u200f\u061c embed \u202a\u202b\u202c\u202d',
  'nul\u0000 bel\u0007 bs\u0008 tab\t vt\u000b ff\u000c del\u007f nel\u0085 csi\u009b',
] as const;

/**
 * A control or bidi character written raw, as a test defines it (independently of src/): any C0
 * control but the line feed, DEL, C1, and the bidi controls of UAX #9.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every raw control or bidi character in `text`, as `U+XXXX`, for a readable failure. */
export function rawControls(text: string): string[] {
  return [...text.matchAll(RAW_CONTROL)].map((m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const EVERY = [...HOSTILE, ...CONTROL_HOSTILE];

/** One hostile value per field, cycling through HOSTILE and CONTROL_HOSTILE, and all of them joined in messages. */
export function hostileReport(): Report {
  let i = 0;
  const next = (): string => EVERY[i++ % EVERY.length] ?? '';
  const all = EVERY.join(' ');
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
        const categories = (d: DriftDistribution): DriftDistribution =>
          d.kind === 'categories' ? { ...d, categories: d.categories.map(() => next()) } : d;
        details = {
          ...drift,
          columns: drift.columns.map((c) => ({ ...c, column: next(), message: all, ...(c.distribution && { distribution: categories(c.distribution) }) })),
        } satisfies DriftDetails;
      }
      const quality = details as DataQualityDetails | null;
      if (quality?.kind === 'data_quality') {
        details = {
          ...quality,
          columns: quality.columns.map((c) => ({
            ...c,
            column: next(),
            message: all,
            ...(c.top_unseen ? { top_unseen: EVERY.map((value, count) => ({ value, count })) } : {}),
          })),
          problems: quality.problems.length > 0 ? [...EVERY] : [],
        } satisfies DataQualityDetails;
      }
      return {
        ...check,
        id: next(),
        message: all,
        thresholds: { ...check.thresholds, fail: { in: [...EVERY] }, derived_from: next() },
        details,
      };
    }),
  }));
  return {
    ...base,
    tool: { ...base.tool, version: next() },
    models,
    policy_errors: EVERY.map((message, n) => ({ file: next(), line: n + 1, column: 1, code: 'policy/invalid-value' as const, message })),
  };
}
