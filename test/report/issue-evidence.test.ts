/**
 * The evidence in an incident issue and the job summary (src/report/column-evidence.ts) on real
 * data: each drifted column's reference-vs-current numbers equal pandas' (count, missing, mean,
 * median, 5th and 95th percentiles with linear interpolation; category shares), computed by
 * test/fixtures/oracle/evidence_oracle.py on the same CSV files; values from data are escaped;
 * the body stays under GitHub's limit with 300 drifted columns; the silence snippet parses as
 * YAML and, pasted into the example policy, loads with the project's policy loader and silences
 * exactly the failing checks.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DriftColumnDetail, DriftDetails } from '../../src/checks/details.js';
import type { ModelReport, Report } from '../../src/engine/report.js';
import { runChecks } from '../../src/engine/run.js';
import { applySilences } from '../../src/engine/silences.js';
import { loadPolicySource } from '../../src/policy/load.js';
import { categoryShares, MAX_CHARTED_COLUMNS, MAX_DETAILED_COLUMNS, SILENCE_REASON } from '../../src/report/column-evidence.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { formatValue } from '../../src/report/format.js';
import { ISSUE_BODY_LIMIT, renderIssueBody } from '../../src/report/issue-body.js';
import { renderSummary } from '../../src/report/summary.js';
import { MONITORS, NOW } from './example-reports.js';

interface Side {
  count: number;
  missing: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
}
interface Oracle {
  numeric: Record<string, { reference: Side; current: Side }>;
  categorical: Record<string, Record<'reference' | 'current', { count: number; missing: number; shares: Record<string, number> }>>;
}
const ORACLE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/evidence-oracle.json'), 'utf8')) as Oracle;
const SHIFTED = resolve(MONITORS, 'adult-income-shifted.yaml');
const RUN = { id: '7001', url: 'https://github.com/acme/models/actions/runs/7001' };

let all: DriftColumnDetail[];
let shifted: Report;
let model: ModelReport;
beforeAll(async () => {
  const report = await runChecks({ paths: [resolve(import.meta.dirname, '../fixtures/e2e/evidence-all.yaml')], now: NOW });
  all = [...(report.models[0]!.checks[0]!.details as DriftDetails).columns];
  shifted = await runChecks({ paths: [SHIFTED], now: NOW });
  model = shifted.models[0]!;
}, 60_000);

function body(m: ModelReport, latestRun: typeof RUN | null = RUN): string {
  return renderIssueBody({ model: m, since: {}, openedAt: shifted.generated_at, generatedAt: shifted.generated_at, firstRun: null, latestRun, runbookUrl: null, artifactName: 'modelwatch-report' });
}

function close(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('the drift check\'s column summaries', () => {
  it('equal pandas\' count, missing, mean, median, p5 and p95 on every numeric column', () => {
    const numeric = all.filter((c) => c.kind === 'numeric');
    expect(numeric.map((c) => c.column).sort()).toEqual(Object.keys(ORACLE.numeric).sort());
    for (const column of numeric) {
      const expected = ORACLE.numeric[column.column]!;
      for (const side of ['reference', 'current'] as const) {
        const got = column.summary![side];
        expect(got.count, `${column.column} ${side}`).toBe(expected[side].count);
        expect(got.missing, `${column.column} ${side}`).toBe(expected[side].missing);
        for (const key of ['mean', 'median', 'p5', 'p95'] as const) close(got[key], expected[side][key]);
      }
    }
    // Not a trivial sample: capital_gain is missing in ~4% of the current rows, fnlwgt's quantiles interpolate.
    expect(ORACLE.numeric['capital_gain']!.current.missing).toBeGreaterThan(500);
    const quantiles = Object.values(ORACLE.numeric).flatMap((o) => [o.reference, o.current]).flatMap((s) => [s.median, s.p5, s.p95]);
    expect(quantiles.some((q) => !Number.isInteger(q))).toBe(true);
  });

  it('give pandas\' category shares for the top five categories and the rest', () => {
    const categorical = all.filter((c) => c.kind === 'categorical');
    expect(categorical.map((c) => c.column).sort()).toEqual(Object.keys(ORACLE.categorical).sort());
    for (const column of categorical) {
      const expected = ORACLE.categorical[column.column]!;
      expect(column.summary!.reference.count).toBe(expected.reference.count);
      expect(column.summary!.current.missing).toBe(expected.current.missing);
      expect(column.summary!.reference.mean).toBeNull();
      const shares = categoryShares(column.distribution as Extract<DriftColumnDetail['distribution'], { kind: 'categories' }>);
      expect(shares.categories.length).toBe(Math.min(5, new Set([...Object.keys(expected.reference.shares), ...Object.keys(expected.current.shares)]).size));
      for (const side of ['reference', 'current'] as const) {
        const of = (name: string): number => expected[side].shares[name] ?? 0;
        for (const c of shares.categories) close(c[side], of(c.name));
        if (shares.other !== null) close(shares.other[side], 1 - shares.categories.reduce((s, c) => s + of(c.name), 0));
      }
      // The top five are the largest by the larger of the two shares.
      const larger = (name: string): number => Math.max(expected.reference.shares[name] ?? 0, expected.current.shares[name] ?? 0);
      const names = new Set(shares.categories.map((c) => c.name));
      const smallestKept = Math.min(...shares.categories.map((c) => larger(c.name)));
      for (const name of Object.keys({ ...expected.reference.shares, ...expected.current.shares })) if (!names.has(name)) expect(larger(name)).toBeLessThanOrEqual(smallestKept);
    }
  });

  it('are kept only with the distributions: never on a passing column', () => {
    const passing = (shifted.models[0]!.checks.find((c) => c.id === 'feature-drift')!.details as DriftDetails).columns.filter((c) => c.status === 'pass');
    expect(passing.length).toBeGreaterThan(5);
    for (const c of passing) expect(c.summary).toBeUndefined();
  });
});

describe('the incident issue\'s evidence', () => {
  it('shows reference vs current for each drifted numeric column, with pandas\' numbers', () => {
    const text = body(model);
    const age = ORACLE.numeric['age']!;
    const row = (label: string, key: keyof Side, hint: 'count' | 'number' = 'number'): string => `| ${label} | ${formatValue(age.reference[key], hint)} | ${formatValue(age.current[key], hint)} |`;
    expect(text).toContain('#### ❌ age (numeric, wasserstein: fail)');
    for (const r of [row('count', 'count', 'count'), row('missing', 'missing', 'count'), row('mean', 'mean'), row('median', 'median'), row('p5', 'p5'), row('p95', 'p95')]) expect(text).toContain(r);
    expect(text).toContain('| mean | 38.58 | 41.78 |');
    expect(text).toContain('#### ⚠️ hours\\_per\\_week (numeric, wasserstein: warn)');
  });

  it('shows the top categories\' shares and the rest for a drifted categorical column', () => {
    const text = body(model);
    const workclass = ORACLE.categorical['workclass']!;
    const share = (side: 'reference' | 'current', name: string): string => formatValue(workclass[side].shares[name] ?? 0, 'share');
    expect(text).toContain(`| Private | ${share('reference', 'Private')} | ${share('current', 'Private')} |`);
    expect(text).toContain(`| Self\\-emp\\-not\\-inc | ${share('reference', 'Self-emp-not-inc')} | ${share('current', 'Self-emp-not-inc')} |`);
    expect(text).toMatch(/\| _\(other: 4 categories\)_ \| 3\.19% \| 5\.37% \|/);
    expect(text).toContain('Rows: reference 30,725 with a value, 1,836 missing; current 15,318 with a value, 963 missing.');
  });

  it('draws reference (bars) and current (line) shares for the worst columns only', () => {
    const text = body(model);
    const charts = [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    // feature-drift: age, workclass, hours_per_week; age-ks: age.
    expect(charts).toHaveLength(4);
    const age = charts[0]!;
    expect(age).toContain('title "age - % of rows: bars reference, line current"');
    const numbers = (key: string): number[] => (new RegExp(`^  ${key} \\[(.*)\\]$`, 'm').exec(age)?.[1] ?? '').split(', ').map(Number);
    for (const key of ['bar', 'line']) expect(numbers(key).reduce((s, x) => s + x, 0)).toBeCloseTo(100, 1);
  });

  it('links the run\'s report artifact when the run is known', () => {
    expect(body(model)).toContain('[artifact modelwatch\\-report](https://github.com/acme/models/actions/runs/7001#artifacts)');
    expect(body(model, null)).not.toContain('#artifacts');
    const noArtifact = renderIssueBody({ model, since: {}, openedAt: shifted.generated_at, firstRun: null, latestRun: RUN, runbookUrl: null, artifactName: null });
    expect(noArtifact).not.toContain('#artifacts');
  });

  it('escapes values from data in tables, headings and chart labels', () => {
    const hostile = '@org/team <img src=x onerror=alert(1)> | `x` [l](http://e) "q"\n# h';
    const renamed: ModelReport = {
      ...model,
      checks: model.checks.map((check) => {
        const drift = check.details as DriftDetails | null;
        if (drift?.kind !== 'drift') return check;
        const columns = drift.columns.map((c) =>
          c.column !== 'workclass' || c.distribution?.kind !== 'categories' ? { ...c, column: c.column === 'age' ? hostile : c.column } : { ...c, distribution: { ...c.distribution, categories: c.distribution.categories.map((x, i) => (i === 0 ? hostile : x)) } },
        );
        return { ...check, details: { ...drift, columns } };
      }),
    };
    const text = body(renamed);
    expect(text).toContain(`#### ❌ ${escapeMarkdown(hostile)} (numeric`);
    expect(text).toContain(`| ${escapeMarkdown(hostile)} | 73.9% |`);
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/@org\/team/);
    for (const chart of [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)) {
      // Every label is one quoted string without mermaid's or HTML's special characters.
      for (const label of chart.match(/"[^"\n]*"/g) ?? []) expect(label.slice(1, -1)).toMatch(/^[^"<>`[\]{}();#&\\]*$/);
      expect(chart.split('\n').length).toBe(7); // the line break in the name did not end a line
      expect(chart).not.toMatch(/@org\/team/);
    }
  });

  it('stays under 65,536 characters with 300 drifted columns', () => {
    const check = model.checks.find((c) => c.id === 'feature-drift')!;
    const drift = check.details as DriftDetails;
    const template = drift.columns.find((c) => c.column === 'workclass')!;
    const numericTemplate = drift.columns.find((c) => c.column === 'age')!;
    const columns = Array.from({ length: 300 }, (_, i) => ({ ...(i % 2 === 0 ? numericTemplate : template), column: `feature_${i}_${'x'.repeat(40)}` }));
    const wide: ModelReport = { ...model, checks: model.checks.map((c) => (c.id === 'feature-drift' ? { ...c, details: { ...drift, columns } } : c)) };
    const text = body(wide);
    expect(text.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(text.match(/^#### /gm)?.length).toBe(MAX_DETAILED_COLUMNS + 1); // + age-ks's column
    expect(text.match(/```mermaid/g)?.length).toBe(MAX_CHARTED_COLUMNS + 1);
    expect(text).toContain(`_${300 - MAX_DETAILED_COLUMNS} more drifted column(s) with their distributions are in the report._`);
    expect(text).toContain('### 🔕 Silence this');
  });
});

describe('the silence snippet', () => {
  function snippet(text: string): string {
    const match = /### 🔕 Silence this[\s\S]*?```yaml\n([\s\S]*?)```/.exec(text);
    expect(match).not.toBeNull();
    return match![1]!;
  }

  it('parses as YAML and names the warn and fail checks until the Sunday at least 7 days after the run', () => {
    const parsed = parse(snippet(body(model))) as { alerting: { silences: { checks: string[]; until: string; reason: string }[] } };
    const expected = model.checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => c.id);
    expect(expected).toEqual(expect.arrayContaining(['feature-drift', 'missing-numbers']));
    expect(parsed.alerting.silences).toEqual([{ checks: expected, until: '2026-12-06', reason: SILENCE_REASON }]);
  });

  it('pasted into the example policy, loads and silences exactly those checks', () => {
    const source = readFileSync(SHIFTED, 'utf8');
    const entry = snippet(body(model)).split('\n').slice(1).join('\n'); // under the policy's own `alerting:`
    const pasted = source.replace(/^alerting:\n/m, `alerting:\n${entry}`);
    expect(pasted).not.toBe(source);
    const { policy, errors } = loadPolicySource(SHIFTED, pasted, { env: {}, dir: dirname(SHIFTED) });
    expect(errors).toEqual([]);
    const silences = policy!.alerting.silences;
    expect(silences).toHaveLength(1);
    const after = model.checks.map((c) => applySilences(c, silences, NOW));
    for (const [i, check] of after.entries()) {
      const before = model.checks[i]!.status;
      expect(check.status).toBe(before === 'fail' || before === 'warn' ? 'silenced' : before);
    }
  });

  it('keeps hostile check ids inside a YAML string', () => {
    const ids = ['a"b', 'x\n```\n# y', 'rtl\u202eexe', '123'];
    const hostile: ModelReport = { ...model, checks: ids.map((id, i) => ({ ...model.checks[0]!, id, status: i % 2 === 0 ? 'fail' : 'warn' })) };
    const yaml = snippet(body(hostile));
    expect(yaml).not.toContain('\u202e');
    expect(yaml).not.toContain('`');
    expect((parse(yaml) as { alerting: { silences: { checks: string[] }[] } }).alerting.silences[0]!.checks).toEqual(ids);
  });
});

describe('the job summary\'s evidence', () => {
  it('gives a failing model the same per-column tables and the silence', () => {
    const summary = renderSummary(shifted);
    expect(summary).toContain('### ❌ `feature-drift`: drifted columns, reference vs current');
    expect(summary).toContain('| mean | 38.58 | 41.78 |');
    expect(summary).toMatch(/\| _\(other: 4 categories\)_ \| 3\.19% \| 5\.37% \|/);
    expect(summary).toContain('### 🔕 Silence this');
    expect(Buffer.byteLength(summary)).toBeLessThan(1_048_576);
  });

  it('stays within a small budget by leaving whole model sections out', () => {
    const many: Report = { ...shifted, models: Array.from({ length: 40 }, (_, i) => ({ ...model, name: `m${i}` })) };
    const limit = 60_000;
    const summary = renderSummary(many, { limitBytes: limit });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(limit);
    expect(summary).toMatch(/model section\(s\) were left out/);
  });
});
