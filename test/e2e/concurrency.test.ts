/**
 * Models side by side (issue 15), through the bundled CLI (the model pool exists only in the
 * bundle, like the other worker threads): a fleet whose first model is much larger than the
 * others, and whose second hangs in a command past its time budget (1 s). Run with up to three models
 * at once, the small models finish before the large one, yet the report keeps the policies'
 * order and is the same as a run one model after another; the hanging model is `error`
 * (model/time-budget) and no other model is touched by it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mw-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic rows: six numeric columns from a fixed linear congruential sequence, `shift` added to the odd ones. */
function csv(rows: number, seed: number, shift: number): string {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const lines = ['a,b,c,d,e,f'];
  for (let i = 0; i < rows; i++) lines.push(Array.from({ length: 6 }, (_, j) => (j + (j % 2) * shift + next() + next() - 1).toFixed(6)).join(','));
  return `${lines.join('\n')}\n`;
}

function policy(file: string, name: string, data: string, extra = ''): void {
  writeFileSync(
    join(dir, file),
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: ${name}, task: regression }
columns: { features: { numerical: [a, b, c, d, e, f] } }
data:
${data}
${extra}checks:
  - { id: drift, type: drift, features: all, method: ks }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`,
  );
}

writeFileSync(join(dir, 'big-reference.csv'), csv(60_000, 1, 0));
writeFileSync(join(dir, 'big-current.csv'), csv(60_000, 2, 0.05));
writeFileSync(join(dir, 'small-reference.csv'), csv(300, 3, 0));
writeFileSync(join(dir, 'small-current.csv'), csv(300, 4, 0.4));
// Writes a header, one row, then nothing for a minute.
writeFileSync(join(dir, 'hang.mjs'), "process.stdout.write('a,b,c,d,e,f\\n1,1,1,1,1,1\\n');\nsetTimeout(() => {}, 60_000);\n");
policy('a-big.yaml', 'big', '  reference: { file: big-reference.csv }\n  current: { file: big-current.csv }');
policy('b-hang.yaml', 'hang', `  reference: { file: small-reference.csv }\n  current: { command: [${JSON.stringify(process.execPath)}, hang.mjs], timeout: 5m }`, 'defaults: { time_budget: 1s }\n');
const SMALL = ['small-1', 'small-2', 'small-3', 'small-4', 'small-5'];
for (const name of SMALL) policy(`c-${name}.yaml`, name, '  reference: { file: small-reference.csv }\n  current: { file: small-current.csv }');
const ORDER = ['big', 'hang', ...SMALL];

/** The report without what differs between any two runs (the clock and the durations). */
function comparable(report: Report): unknown {
  return { ...report, models: report.models.map((m) => ({ ...m, duration_ms: null, checks: m.checks.map((c) => ({ ...c, duration_ms: null })) })) };
}

function check(concurrency: number): { report: Report; finished: string[]; stderr: string } {
  const out = join(dir, `report-${concurrency}.json`);
  const result = runCli(['check', dir, '--root', dir, '--format', 'json', '--out', out, '--fail-on', 'never', '--now', '2026-11-24T06:00:00Z'], { env: { MODELWATCH_CONCURRENCY: String(concurrency) } });
  expect(result.code, result.stderr).toBe(0);
  // `modelwatch: small-3: fail in 12 ms`, in the order the models finished.
  const finished = [...result.stderr.matchAll(/^modelwatch: (\S+): \w+ in \d+ ms$/gm)].map((m) => m[1]!);
  return { report: JSON.parse(readFileSync(out, 'utf8')) as Report, finished, stderr: result.stderr };
}

describe('models side by side', () => {
  it('keep the policy order and give the same report as one after another; a model past its budget touches no other', () => {
    const together = check(3);
    const alone = check(1);
    expect(together.stderr).toContain('6 of 7 models evaluated on worker threads, up to 3 at once');
    expect(alone.stderr).not.toContain('on worker threads, up to');
    // Finished out of order: the small models before the large one that started first.
    expect(together.finished.indexOf('small-5')).toBeLessThan(together.finished.indexOf('big'));
    expect(alone.finished).toEqual(ORDER);
    for (const run of [together, alone]) expect(run.report.models.map((m) => m.name)).toEqual(ORDER);
    expect(comparable(together.report)).toEqual(comparable(alone.report));
    const byName = new Map(together.report.models.map((m) => [m.name, m]));
    expect(byName.get('hang')).toMatchObject({ status: 'error', error_code: 'model/time-budget' });
    expect(byName.get('big')?.status).toBe('fail');
    for (const name of SMALL) expect(byName.get(name)).toMatchObject({ status: 'fail', error: null });
  }, 60_000);

  it('refuses a concurrency that is neither a whole number of at least 1 nor auto', () => {
    const result = runCli(['check', join(dir, 'c-small-1.yaml'), '--root', dir, '--fail-on', 'never'], { env: { MODELWATCH_CONCURRENCY: 'zero' } });
    expect(result.stderr).toContain('MODELWATCH_CONCURRENCY must be a whole number of at least 1 or "auto", got "zero"');
  });
});
