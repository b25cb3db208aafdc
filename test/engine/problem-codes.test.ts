/**
 * Every check without a verdict says why with a stable code (src/problems.ts): the engine never
 * emits an `error` or `no_data` check, drift or quality column, or group without one, and a
 * model in error as a whole has its `error_code`. Run over the example policies and over a
 * policy built to reach the failure paths of every check type (too few rows, no labels, a
 * missing column, a wrong kind, no reference), and the JSON of those reports validates against
 * schema/report.v1.schema.json, codes included.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/run.js';
import type { Report } from '../../src/engine/report.js';
import { isProblemCode } from '../../src/problems.js';
import { renderJson } from '../../src/report/json.js';

const NOW = new Date('2026-11-24T06:00:00Z');
const examples = fileURLToPath(new URL('../../examples/monitors/', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const WITHOUT_VERDICT = new Set(['error', 'no_data']);

interface Entry {
  readonly where: string;
  readonly status: string;
  readonly code?: unknown;
}

/** Everything in a report that has a status: models, checks, and the columns and groups of details. */
function entries(report: Report): Entry[] {
  const out: Entry[] = [];
  for (const model of report.models) {
    out.push({ where: model.name, status: model.status === 'error' && model.error !== null ? 'error' : 'model', code: model.error_code ?? undefined });
    for (const check of model.checks) {
      out.push({ where: `${model.name}/${check.id}`, status: check.status, code: check.code });
      const details = check.details as { columns?: unknown; groups?: unknown } | null;
      for (const key of ['columns', 'groups'] as const) {
        const items = details?.[key];
        if (!Array.isArray(items)) continue;
        for (const item of items as { status?: string; code?: unknown; column?: string; group?: string }[]) {
          if (item.status !== undefined) out.push({ where: `${model.name}/${check.id}/${item.column ?? item.group ?? '?'}`, status: item.status, code: item.code });
        }
      }
    }
  }
  return out;
}

/** Entries without a verdict whose code is absent or not a known code. */
function uncoded(report: Report): string[] {
  return entries(report)
    .filter((e) => WITHOUT_VERDICT.has(e.status) && (typeof e.code !== 'string' || !isProblemCode(e.code)))
    .map((e) => `${e.where}: ${e.status} without a code`);
}

function schemaErrors(report: Report): string[] {
  const json = JSON.parse(renderJson(report)) as unknown;
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('problem codes on every check without a verdict', () => {
  it('the example policies', async () => {
    const paths = readdirSync(examples).filter((f) => f.endsWith('.yaml')).map((f) => join(examples, f));
    const { report } = await evaluate({ paths, now: NOW });
    expect(report.models.length).toBe(paths.length);
    expect(uncoded(report)).toEqual([]);
    expect(schemaErrors(report)).toEqual([]);
  }, 120_000);

  it('a policy that reaches the failure paths of every check type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelwatch-codes-'));
    const header = 'request_id,scored_at,segment,latency_ms,status,offer_score,offered';
    const rows = (n: number, extra = '') =>
      Array.from({ length: n }, (_, i) => `r-${i},2026-11-2${i % 3}T0${i % 9}:00:00Z,${i % 2 ? 'web' : 'mobile'},${100 + i},200,0.${i + 1},${i % 2}${extra}`);
    // The reference has labels; the current data has neither labels nor the target column.
    writeFileSync(join(dir, 'reference.csv'), [`${header},accepted_offer`, ...rows(30, ',1')].join('\n') + '\n');
    writeFileSync(join(dir, 'current.csv'), [header, ...rows(6)].join('\n') + '\n');
    writeFileSync(
      join(dir, 'thin.yaml'),
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: thin-data, task: binary_classification }
columns:
  id: request_id
  timestamp: scored_at
  prediction: offered
  score: offer_score
  target: accepted_offer
  features: { numerical: [latency_ms], categorical: [segment] }
  types: { status: categorical }
data:
  reference: { file: reference.csv }
  current: { file: current.csv }
defaults: { min_samples: 200 }
checks:
  - { id: drift-thin, type: drift, features: all }
  - { id: drift-ks-on-text, type: drift, features: [segment], method: ks, min_samples: 1 }
  - { id: missing-thin, type: data_quality, metric: missing_share, columns: [latency_ms], fail: { gt: 0.1 } }
  - { id: rule-thin, type: data_quality, metric: rule, rule: "latency_ms > 0", mostly: 0.9 }
  - { id: auc-no-labels, type: performance, metric: roc_auc, fail: { lt: 0.7 } }
  - { id: selection-thin, type: fairness, metric: selection_rate, by: segment, aggregate: ratio, min_group_size: 100, warn: { lt: 0.8 } }
  - { id: latency-thin, type: operational, metric: p95, column: latency_ms, fail: { gt: 250 } }
  - { id: latency-text, type: operational, metric: p95, column: status, min_samples: 1, fail: { gt: 250 } }
  - { id: kpi-thin, type: business, expr: "mean(latency_ms)", fail: { gt: 1000 } }
  - { id: concept-no-labels, type: concept_drift, detector: adwin, fail: { gt: 0 } }
  - { id: joint-thin, type: multivariate_drift }
  - { id: joint-timestamp, type: multivariate_drift, method: domain_classifier, columns: [latency_ms, scored_at], min_samples: 1 }
`,
    );
    // The data lies in a temporary folder: that folder is the root its paths must stay inside.
    const options = { paths: [join(dir, 'thin.yaml')], now: NOW, root: dir };
    const { report } = await evaluate(options);
    expect(report.policy_errors).toEqual([]);
    const [model] = report.models;
    expect(model?.error).toBeNull();
    const codes = Object.fromEntries(model!.checks.map((c) => [c.id, `${c.status} ${c.code ?? '-'}`]));
    expect(codes).toEqual({
      'drift-thin': 'no_data check/no-data',
      'drift-ks-on-text': 'error check/wrong-kind',
      'missing-thin': 'no_data check/no-data',
      'rule-thin': 'no_data check/no-data',
      'auc-no-labels': 'no_data check/no-labels',
      'selection-thin': 'no_data check/no-data',
      'latency-thin': 'no_data check/no-data',
      'latency-text': 'error check/wrong-kind',
      'kpi-thin': 'no_data check/no-data',
      'concept-no-labels': 'no_data check/no-labels',
      'joint-thin': 'no_data check/no-data',
      'joint-timestamp': 'error check/wrong-kind',
    });
    expect(uncoded(report)).toEqual([]);
    expect(schemaErrors(report)).toEqual([]);
  }, 60_000);
});
