/**
 * A column the policy declares (columns.id, timestamp, prediction, score, class_scores, target,
 * features) that the data lacks makes the model `error` with `data/missing-column`, naming the
 * file, the column and the key that declared it (issue 9, item 14) — not a model whose checks
 * quietly look at fewer columns and pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine/model.js';
import { loadPolicySource } from '../../src/policy/load.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-declared-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-24T06:00:00Z');

/** 50 rows of the named columns, each column's values made from its name's kind. */
function csv(name: string, header: readonly string[]): string {
  const cell = (column: string, i: number) =>
    column === 'scored_at' ? new Date(NOW.getTime() - (i + 1) * 60_000).toISOString()
    : column === 'colour' ? ['red', 'blue'][i % 2]!
    : column === 'score' ? String((i % 10) / 10 + 0.05)
    : column === 'y' || column === 'pred' ? String(i % 2)
    : String(i % 13);
  const lines = [header.join(','), ...Array.from({ length: 50 }, (_, i) => header.map((c) => cell(c, i)).join(','))];
  writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return name;
}

const ALL = ['request_id', 'scored_at', 'pred', 'score', 'y', 'x', 'colour'];

function policy(current: string, reference: string, extraColumns = ''): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: declared, task: binary_classification }
columns:
  id: request_id
  timestamp: scored_at
  prediction: pred
  score: score
  target: y
  features: { numerical: [x], categorical: [colour] }
${extraColumns}data:
  reference: { file: ${reference} }
  current: { file: ${current} }
defaults: { min_samples: 10 }
checks:
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.5 } }
`;
}

async function evaluate(text: string) {
  const { policy: loaded, errors } = loadPolicySource('declared.yaml', text, { env: {}, dir });
  expect(errors).toEqual([]);
  return evaluateModel(loaded!, NOW);
}

describe('declared columns the data lacks', () => {
  it('all present: the model is evaluated', async () => {
    const report = await evaluate(policy(csv('all.csv', ALL), csv('ref.csv', ALL)));
    expect(report.error).toBeNull();
    expect(report.status).toBe('pass');
  });

  it.each([
    ['request_id', 'columns.id'],
    ['scored_at', 'columns.timestamp'],
    ['pred', 'columns.prediction'],
    ['score', 'columns.score'],
    ['x', 'columns.features.numerical'],
    ['colour', 'columns.features.categorical'],
  ])('current data without %s (%s): the model is error, naming file, column and role', async (column, role) => {
    const file = csv(`without-${column}.csv`, ALL.filter((c) => c !== column));
    const report = await evaluate(policy(file, csv('ref.csv', ALL)));
    expect(report.status).toBe('error');
    expect(report.error_code).toBe('data/missing-column');
    expect(report.error).toMatch(new RegExp(`without-${column}\\.csv: column "${column}": declared as ${role.replace(/\./g, '\\.')}, but the data has no such column$`));
    expect(report.checks).toEqual([]);
  });

  it('lists the other missing columns too', async () => {
    const report = await evaluate(policy(csv('bare.csv', ['request_id', 'scored_at', 'y']), csv('ref.csv', ALL)));
    expect(report.error).toMatch(/bare\.csv: column "pred": declared as columns\.prediction, but the data has no such column \(also missing: "score", "x", "colour"\)$/);
  });

  it('a reference without a declared feature is an error; without the id or the timestamp it is fine', async () => {
    const noFeature = await evaluate(policy(csv('all.csv', ALL), csv('ref-no-x.csv', ALL.filter((c) => c !== 'x'))));
    expect(noFeature.error_code).toBe('data/missing-column');
    expect(noFeature.error).toMatch(/ref-no-x\.csv: column "x": declared as columns\.features\.numerical/);
    const slim = await evaluate(policy(csv('all.csv', ALL), csv('ref-slim.csv', ['y', 'x', 'colour'])));
    expect(slim.error).toBeNull();
  });

  it('the target may be in the current data or the reference alone (labels still to come), not in neither', async () => {
    const inReference = await evaluate(policy(csv('no-y.csv', ALL.filter((c) => c !== 'y')), csv('ref.csv', ALL)));
    expect(inReference.error).toBeNull();
    const inCurrent = await evaluate(policy(csv('all.csv', ALL), csv('ref-no-y.csv', ALL.filter((c) => c !== 'y'))));
    expect(inCurrent.error).toBeNull();
    const nowhere = await evaluate(policy(csv('no-y.csv', ALL.filter((c) => c !== 'y')), csv('ref-no-y.csv', ALL.filter((c) => c !== 'y'))));
    expect(nowhere.error_code).toBe('data/missing-column');
    expect(nowhere.error).toMatch(/no-y\.csv: column "y": declared as columns\.target, but neither this data nor the reference has such a column, and there is no data\.labels$/);
  });

  it('multiclass: every class_scores column', async () => {
    const text = policy(csv('all.csv', ALL), csv('ref.csv', ALL), '  class_scores: { a: score, b: score_b }\n')
      .replace('task: binary_classification', 'task: multiclass_classification')
      .replace('  score: score\n', '');
    const report = await evaluate(text);
    expect(report.error_code).toBe('data/missing-column');
    expect(report.error).toMatch(/all\.csv: column "score_b": declared as columns\.class_scores\.b, but the data has no such column$/);
  });
});
