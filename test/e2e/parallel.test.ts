/**
 * Worker threads change the wall time, never the report: the bundled CLI run with every source
 * read and every numeric drift comparison sent to a worker (thresholds forced to 0) writes the
 * same JSON report as a run that keeps everything on the main thread (thresholds Infinity), on
 * the shipped examples (labels join, categorical columns, every check type) and on the drift
 * fixture that covers every method. Errors read on a worker keep their file, row and column.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { runCli } from './run-cli.js';

const PARALLEL = { MODELWATCH_PARALLEL_READ_BYTES: '0', MODELWATCH_PARALLEL_DRIFT_VALUES: '0' };
const SERIAL = { MODELWATCH_PARALLEL_READ_BYTES: 'Infinity', MODELWATCH_PARALLEL_DRIFT_VALUES: 'Infinity' };

/** The report without what differs between any two runs (the clock and the durations). */
function comparable(report: Report): unknown {
  return {
    ...report,
    generated_at: null,
    models: report.models.map((m) => ({ ...m, duration_ms: null, checks: m.checks.map((c) => ({ ...c, duration_ms: null })) })),
  };
}

function check(paths: string[], env: Record<string, string>, extra: readonly string[] = []): { report: Report; stderr: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'mw-parallel-')), 'report.json');
  const result = runCli(['check', ...paths, '--format', 'json', '--out', out, '--fail-on', 'never', '--now', '2026-11-24T06:00:00Z', ...extra], { env });
  expect(result.code, result.stderr).toBe(0);
  return { report: JSON.parse(readFileSync(out, 'utf8')) as Report, stderr: result.stderr };
}

describe('worker threads', () => {
  it('give the same report as the main thread alone', () => {
    const paths = ['examples/monitors', 'test/fixtures/e2e/drift-methods.yaml', 'test/fixtures/e2e/drift-segments.yaml'];
    const parallel = check(paths, PARALLEL);
    const serial = check(paths, SERIAL);
    expect(parallel.stderr).toMatch(/read \S+ on a worker thread/);
    expect(parallel.stderr).toMatch(/drift: \d+ numeric column pair\(s\) compared on worker threads/);
    expect(serial.stderr).not.toMatch(/worker thread/);
    expect(comparable(parallel.report)).toEqual(comparable(serial.report));
    expect(parallel.report.models.length).toBe(8); // the six examples and the two fixtures
  }, 120_000);

  it('report a bad value read on a worker with its file, row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-parallel-bad-'));
    writeFileSync(join(dir, 'reference.csv'), 'x\n1\n2\n3\n4\n');
    writeFileSync(join(dir, 'current.csv'), 'x\n1\n2\nthree\n');
    writeFileSync(
      join(dir, 'm.yaml'),
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: regression }
columns: { types: { x: numeric } }
data: { reference: { file: reference.csv }, current: { file: current.csv } }
checks:
  - { id: drift, type: drift, features: [x], min_samples: 1 }
`,
    );
    const models = [PARALLEL, SERIAL].map((env) => check([join(dir, 'm.yaml')], env, ['--root', dir]).report.models[0]!);
    expect(models[0]!.error).toMatch(/current\.csv: row 3, column "x": "three" is not a number/);
    expect(models[0]!.error).toBe(models[1]!.error);
    // The code crosses the thread too (it was model/data when read on a worker).
    expect(models.map((m) => m.error_code)).toEqual(['data/not-a-number', 'data/not-a-number']);
  });
});
