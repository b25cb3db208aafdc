/**
 * Models side by side (issue 15), through the bundled CLI (the model pool exists only in the
 * bundle, like the other worker threads): a fleet whose first model is much larger than the
 * others, and whose second hangs in a command past its time budget (1 s). Run with up to three models
 * at once, the small models finish before the large one, yet the report keeps the policies'
 * order and is the same as a run one model after another; the hanging model is `error`
 * (model/time-budget) and no other model is touched by it.
 *
 * "Before the large one" is made certain, not left to the machine's speed: on a busy CI machine
 * the large model once finished before the fifth small one, whose thread waited for a core. The
 * large model reads its rows through a command (so, like the hanging one, on the main thread) that
 * gives them only once the test, reading the CLI's progress, has left a mark that the last small
 * model finished. The mark stays, so the run one model after another does not wait for it; the
 * command waits 20 s at most, so that a broken handshake fails the test instead of hanging it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { CLI, runCli } from './run-cli.js';

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
// Waits for the mark `<name>.done` (at most 20 s), then writes its file to stdout.
writeFileSync(
  join(dir, 'cat-after-mark.mjs'),
  "import { existsSync, readFileSync } from 'node:fs';\nconst end = Date.now() + 20_000;\nconst wait = () => (existsSync(`${process.argv[3]}.done`) || Date.now() > end ? process.stdout.write(readFileSync(process.argv[2])) : setTimeout(wait, 20));\nwait();\n",
);
// Writes a header, one row, then nothing for a minute.
writeFileSync(join(dir, 'hang.mjs'), "process.stdout.write('a,b,c,d,e,f\\n1,1,1,1,1,1\\n');\nsetTimeout(() => {}, 60_000);\n");
const node = JSON.stringify(process.execPath);
policy('a-big.yaml', 'big', `  reference: { file: big-reference.csv }\n  current: { command: [${node}, cat-after-mark.mjs, big-current.csv, small-5] }`);
policy('b-hang.yaml', 'hang', `  reference: { file: small-reference.csv }\n  current: { command: [${node}, hang.mjs], timeout: 5m }`, 'defaults: { time_budget: 1s }\n');
const SMALL = ['small-1', 'small-2', 'small-3', 'small-4', 'small-5'];
for (const name of SMALL) policy(`c-${name}.yaml`, name, '  reference: { file: small-reference.csv }\n  current: { file: small-current.csv }');
const ORDER = ['big', 'hang', ...SMALL];

/** The report without what differs between any two runs (the clock and the durations). */
function comparable(report: Report): unknown {
  return { ...report, models: report.models.map((m) => ({ ...m, duration_ms: null, checks: m.checks.map((c) => ({ ...c, duration_ms: null })) })) };
}

/** `modelwatch: small-3: fail in 12 ms`: a model finished. */
const FINISHED = /^modelwatch: (\S+): \w+ in \d+ ms$/gm;

/** Runs the fleet; leaves the mark `small-5.done` as soon as the CLI says small-5 finished. */
async function check(concurrency: number): Promise<{ report: Report; finished: string[]; stderr: string }> {
  const out = join(dir, `report-${concurrency}.json`);
  const args = [CLI, 'check', dir, '--root', dir, '--format', 'json', '--out', out, '--fail-on', 'never', '--now', '2026-11-24T06:00:00Z'];
  const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', MODELWATCH_CONCURRENCY: String(concurrency) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if ([...stderr.matchAll(FINISHED)].some((m) => m[1] === 'small-5')) writeFileSync(join(dir, 'small-5.done'), '');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code, stderr).toBe(0);
  // In the order the models finished.
  const finished = [...stderr.matchAll(FINISHED)].map((m) => m[1]!);
  return { report: JSON.parse(readFileSync(out, 'utf8')) as Report, finished, stderr };
}

describe('models side by side', () => {
  it('keep the policy order and give the same report as one after another; a model past its budget touches no other', async () => {
    const together = await check(3);
    const alone = await check(1);
    // The five small ones; the two that read through a command stay on the main thread.
    expect(together.stderr).toContain('5 of 7 models evaluated on worker threads, up to 3 at once');
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
