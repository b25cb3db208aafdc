/**
 * Hostile data through the bundled CLI (issue 9, items 8 to 11), all in one run so that each
 * model's failure is also shown not to hide the others: a number that overflows a double, a
 * semicolon-separated file, a window that the sample must not thin, and request ids that must
 * not reach any report format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mw-hostile-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = '2026-11-24T06:00:00Z';
const HOUR = 3_600_000;

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

function policy(name: string, data: string, checks: string, columns = '  id: request_id\n  timestamp: scored_at\n  features: { numerical: [x], categorical: [plan] }\n'): string {
  return write(
    `${name}.yaml`,
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: ${name}
  task: binary_classification
columns:
${columns}data:
${data}defaults: { min_samples: 10 }
checks:
${checks}`,
  );
}

/** Rows one every `step` ms back from NOW, `inWindow` of them in the last 7 days; ids never repeat. */
function rows(count: number, inWindow: number, id: (i: number) => string, sep = ','): string {
  const step = Math.floor((7 * 24 * HOUR) / inWindow) + 1;
  const lines = [['request_id', 'scored_at', 'x', 'plan'].join(sep)];
  for (let i = 0; i < count; i++) lines.push([id(i), new Date(Date.parse(NOW) - i * step - 1).toISOString(), String(i % 50), ['basic', 'pro', 'gold'][i % 3]].join(sep));
  return lines.join('\n') + '\n';
}

const rowCount = '  - id: volume\n    type: data_quality\n    metric: row_count\n    fail: { lt: 1 }\n  - id: missing\n    type: data_quality\n    metric: missing_share\n    fail: { gt: 0.5 }\n';

write('reference.csv', rows(300, 300, (i) => `ref-${i}`));
write('overflow.csv', rows(50, 50, (i) => `o-${i}`).replace(/\n(o-3,[^,]*,)\d+,/, '\n$11e400,'));
write('semicolon.csv', rows(50, 50, (i) => `s-${i}`, ';'));
write('big.csv', rows(6000, 1515, (i) => `b-${i}`));
write('ids.csv', rows(200, 200, (i) => `req-secret-${i}`));

policy('overflow', '  reference: { file: reference.csv }\n  current: { file: overflow.csv }\n', rowCount);
policy('semicolon', '  current: { file: semicolon.csv }\n', rowCount);
policy('semicolon-declared', '  current: { file: semicolon.csv, delimiter: ";" }\n', rowCount);
policy('windowed', '  reference: { file: reference.csv }\n  current: { file: big.csv }\n  window: 7d\n  sample: { max_rows: 2000, seed: 3 }\n', rowCount);
policy('ids', '  reference: { file: reference.csv }\n  current: { file: ids.csv }\n', '  - id: unseen\n    type: data_quality\n    metric: unseen_share\n    fail: { gt: 0.5 }\n  - id: unseen-named\n    type: data_quality\n    metric: unseen_share\n    columns: [request_id, plan]\n    fail: { gt: 0.5 }\n');

function run(format: string): { text: string; stdout: string; stderr: string; code: number | null } {
  const out = join(dir, `report.${format}`);
  const result = runCli(['check', '.', '--format', format, '--out', out, '--now', NOW], { cwd: dir });
  return { text: readFileSync(out, 'utf8'), ...result };
}

describe('hostile data through dist/cli.js', () => {
  const json = run('json');
  const report = JSON.parse(json.text) as Report;
  const model = (name: string) => report.models.find((m) => m.name === name)!;

  it('reports every model, with no stack trace or internal error', () => {
    expect(report.models.map((m) => m.name).sort()).toEqual(['ids', 'overflow', 'semicolon', 'semicolon-declared', 'windowed']);
    expect(json.stderr + json.stdout).not.toMatch(/internal error|\n\s+at /);
  });

  it('refuses 1e400 in a numeric feature as not a number, naming file, row and column (item 8)', () => {
    const m = model('overflow');
    expect(m.status).toBe('error');
    expect(m.error_code).toBe('data/not-a-number');
    expect(m.error).toMatch(/overflow\.csv: row 4, column "x": "1e400" is not a number: it overflows a double/);
  });

  it('refuses a semicolon-separated file instead of passing volume and missing on one column (item 9)', () => {
    const m = model('semicolon');
    expect(m.status).toBe('error');
    expect(m.error_code).toBe('data/delimiter');
    expect(m.error).toMatch(/semicolon\.csv: header: this looks like a semicolon-separated file .*set `delimiter: ";"` on the source/);
    const declared = model('semicolon-declared');
    expect(declared.status).toBe('pass');
    expect(declared.rows.current).toBe(50);
  });

  it('keeps a 1,515-row window whole under max_rows: 2000 (item 10)', () => {
    const m = model('windowed');
    expect(m.rows).toEqual({ reference: 300, current: 1515, sampled: false });
    expect(m.checks.find((c) => c.id === 'volume')!.value).toBe(1515);
  });

  it('leaves the id column out of unseen_share and lists no id in any format (item 11)', () => {
    const m = model('ids');
    const unseen = m.checks.find((c) => c.id === 'unseen')!;
    expect(unseen.status).toBe('pass');
    expect((unseen.details as { columns: { column: string }[] }).columns.map((c) => c.column)).toEqual(['plan']);
    const named = m.checks.find((c) => c.id === 'unseen-named')!;
    expect(named.status).toBe('fail'); // the ids are all unseen: measured, never listed
    for (const output of [json, run('markdown'), run('html'), run('text')]) {
      expect(output.text + output.stdout + output.stderr).not.toMatch(/req-secret/);
    }
  });
});
