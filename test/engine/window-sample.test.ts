/**
 * The window is cut before the sample is drawn (issue 9, item 10): `max_rows` bounds the rows a
 * model evaluates, it never thins a window that fits. A check that cuts its own window from the
 * unwindowed rows (performance with delayed labels) samples that window the same way, so it
 * never sees a sample drawn before its window either.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PerformanceDetails } from '../../src/checks/details.js';
import { evaluateModel } from '../../src/engine/model.js';
import { loadPolicySource } from '../../src/policy/load.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-window-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-24T06:00:00Z');
const HOUR = 3_600_000;

/**
 * 6,000 scored rows, one every `step` ms backwards from NOW, so the last 7 days hold
 * floor(7 d / step) of them; every row is labelled (y = its id's parity) and scored.
 */
function writeCurrent(name: string, inWindow: number): string {
  const step = Math.floor((7 * 24 * HOUR) / inWindow) + 1;
  const lines = ['request_id,scored_at,score,y,x'];
  for (let i = 0; i < 6000; i++) {
    const t = new Date(NOW.getTime() - i * step - 1).toISOString();
    lines.push(`${i},${t},${(i % 10) / 10 + 0.05},${i % 2},${i % 97}`);
  }
  writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return name;
}

function writeReference(): string {
  const lines = ['request_id,scored_at,score,y,x'];
  for (let i = 0; i < 500; i++) lines.push(`r${i},2026-01-01T00:00:00Z,${(i % 10) / 10 + 0.05},${i % 2},${i % 97}`);
  writeFileSync(join(dir, 'reference.csv'), lines.join('\n') + '\n');
  return 'reference.csv';
}

function policyFor(current: string, extra = ''): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: windowed
  task: binary_classification
columns:
  id: request_id
  timestamp: scored_at
  score: score
  target: y
  features: { numerical: [x] }
data:
  reference: { file: ${writeReference()} }
  current: { file: ${current} }
  window: 7d
  sample: { max_rows: 2000, seed: 7 }
${extra}defaults: { min_samples: 10 }
checks:
  - id: rows
    type: data_quality
    metric: row_count
    fail: { lt: 1 }
  - id: auc
    type: performance
    metric: roc_auc
    fail: { lt: 0.1 }
`;
}

async function evaluate(source: string) {
  const { policy, errors } = loadPolicySource('p.yaml', source, { env: {}, dir });
  expect(errors).toEqual([]);
  return evaluateModel(policy!, NOW);
}

describe('window first, then sample', () => {
  it('keeps a 1,515-row window whole under max_rows: 2000 (the sample used to be drawn from all 6,000 rows first)', async () => {
    const report = await evaluate(policyFor(writeCurrent('cur-1515.csv', 1515)));
    expect(report.status).not.toBe('error');
    expect(report.rows).toEqual({ reference: 500, current: 1515, sampled: false });
    expect(report.checks.find((c) => c.id === 'rows')!.value).toBe(1515);
  });

  it('samples a window larger than max_rows down to max_rows, every row inside the window', async () => {
    const report = await evaluate(policyFor(writeCurrent('cur-3000.csv', 3000)));
    expect(report.rows).toEqual({ reference: 500, current: 2000, sampled: true });
    const auc = report.checks.find((c) => c.id === 'auc')!;
    expect((auc.details as PerformanceDetails).evaluated.rows).toBe(2000);
  });

  it('samples a delayed-label window after cutting it from the unwindowed rows, not before', async () => {
    // Labels arrive 2 days late: performance evaluates (now − 9d, now − 2d], 1,515 rows of the file.
    const file = writeCurrent('cur-delayed.csv', 1515);
    const labels = ['request_id,y'];
    for (let i = 0; i < 6000; i++) labels.push(`${i},${i % 2}`);
    writeFileSync(join(dir, 'labels.csv'), labels.join('\n') + '\n');
    const report = await evaluate(policyFor(file, '  labels: { file: labels.csv, join: request_id, column: y, delay: 2d }\n'));
    const auc = report.checks.find((c) => c.id === 'auc')!;
    const evaluated = (auc.details as PerformanceDetails).evaluated;
    expect(evaluated.delay).toBe('2d');
    expect(evaluated.rows).toBe(1515);
  });
});
