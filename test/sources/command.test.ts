// The command source against real processes: node scripts run as `process.execPath script.mjs`
// and one /bin/sh script, all in test/sources/fixtures/. No mocks: every stop is checked by
// asking the kernel whether the process is still there.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { commandSource } from '../../src/data/sources/command.js';
import type { SourceContext } from '../../src/data/sources/source.js';
import type { CommandSourceSpec } from '../../src/policy/types.js';
import { alive, expectSameTable, privateTmpdir, readFile, spoolsLeft } from './helpers.js';

const tmp = privateTmpdir();
const data = join(tmp, 'data');
mkdirSync(data);
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const script = (name: string): string => join(fixtures, name);
const node = process.execPath;

const WINDOW = { start: Date.UTC(2026, 10, 3), end: Date.UTC(2026, 10, 10, 12, 30) };
const context: SourceContext = { options: {}, window: WINDOW };

function spec(argv: string[], extra: Partial<CommandSourceSpec> = {}): CommandSourceSpec {
  return { kind: 'command', argv, cwd: fixtures, format: 'csv', timeout_ms: 20_000, ...extra };
}

async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  expect(spoolsLeft(tmp)).toEqual([]);
  return error as DataError;
}

async function waitForPid(file: string): Promise<number> {
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25));
  return Number(readFileSync(file, 'utf8'));
}

// A column that turns categorical on its last row makes the reader re-read the spooled file
// (read.ts, recoverConverted): the spool must still be there, whole, when it does.
const CSV = 'id,score,segment,code\n1,0.25,a,1.50\n2,0.5,b,2\n3,,a,3.0\n4,1e3,c,x4\n';
const csvFile = join(data, 'table.csv');
writeFileSync(csvFile, CSV);
const gzFile = join(data, 'table.csv.gz');
writeFileSync(gzFile, gzipSync(CSV));
const jsonlFile = join(data, 'table.jsonl');
writeFileSync(jsonlFile, '{"id":1,"segment":"a","score":0.5}\n{"id":2,"segment":null,"score":1.5}\n');
const parquetFile = new URL('../fixtures/data/mixed.snappy.parquet', import.meta.url).pathname;

describe('command source: output', () => {
  it('reads CSV from stdout into the table the file source reads from the same bytes, re-reading a late categorical column', async () => {
    const table = await commandSource.read(spec([node, script('cat-file.mjs'), csvFile]), context);
    expectSameTable(table, await readFile(csvFile));
    expect(table.column('code')?.kind).toBe('categorical');
    expect(table.origin).toBe(commandSource.describe(spec([node, script('cat-file.mjs'), csvFile])));
    expect(spoolsLeft(tmp)).toEqual([]);
  });

  it('reads JSON Lines and Parquet as format: says, and gzip output by its bytes', async () => {
    expectSameTable(await commandSource.read(spec([node, script('cat-file.mjs'), jsonlFile], { format: 'jsonl' }), context), await readFile(jsonlFile));
    expectSameTable(await commandSource.read(spec([node, script('cat-file.mjs'), parquetFile], { format: 'parquet' }), context), await readFile(parquetFile));
    expectSameTable(await commandSource.read(spec([node, script('cat-file.mjs'), gzFile]), context), await readFile(csvFile));
    expect(spoolsLeft(tmp)).toEqual([]);
  });

  it('passes the declared kinds, skip and only on to the reader', async () => {
    const options = { kinds: { id: 'categorical' as const }, skip: new Set(['segment']) };
    const table = await commandSource.read(spec([node, script('cat-file.mjs'), csvFile]), { ...context, options });
    expectSameTable(table, await readFile(csvFile, options));
    expect(table.has('segment')).toBe(false);
  });

  it('names the command, not the temporary file, when its output is malformed', async () => {
    const bad = join(data, 'bad.csv');
    writeFileSync(bad, 'a,b\n1,2\n3\n');
    const argv = [node, script('cat-file.mjs'), bad];
    const error = await failure(commandSource.read(spec(argv), context));
    expect(error.file).toBe(commandSource.describe(spec(argv)));
    expect(error.message).not.toContain(tmp);
  });
});

describe('command source: arguments', () => {
  it('substitutes the window inside arguments as ISO 8601 UTC, never splitting or joining them, and leaves other {{…}} alone', async () => {
    const argv = [node, script('args.mjs'), '--since', '{{window.start}}', 'until {{window.end}} (inclusive)', '{{.Name}}', '', 'a;b | c $HOME'];
    const table = await commandSource.read(spec(argv, { format: 'jsonl' }), { ...context, options: { kinds: { arg: 'categorical' } } });
    const column = table.column('arg');
    if (column?.kind !== 'categorical') throw new Error('arg is not categorical');
    const args = Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
    // An empty argument is an empty string in JSON, which JSON Lines reads as itself.
    expect(args).toEqual(['--since', '2026-11-03T00:00:00.000Z', 'until 2026-11-10T12:30:00.000Z (inclusive)', '{{.Name}}', '', 'a;b | c $HOME']);
  });

  it('refuses a placeholder when the model has no window, and runs a command without one', async () => {
    const error = await failure(commandSource.read(spec([node, script('args.mjs'), '{{window.end}}'], { format: 'jsonl' }), { options: {}, window: null }));
    expect(error.code).toBe('policy/conflict');
    expect(error.message).toContain('set data.window');
    const table = await commandSource.read(spec([node, script('cat-file.mjs'), csvFile]), { options: {}, window: null });
    expect(table.rowCount).toBe(4);
  });

  it('describes itself by its argv, cut to about 60 characters, a long local path to its last part', () => {
    expect(commandSource.describe(spec(['python', 'export.py', '--since', '{{window.start}}']))).toBe('command "python export.py --since {{window.start}}"');
    expect(commandSource.describe(spec(['aws', 's3', 'cp', 's3://bucket/a/very/long/prefix/of/exports/churn/2026-11.csv.gz', '-']))).toBe('command "aws s3 cp s3://bucket/a/very/long/prefix/of/exports/churn/2…"');
    expect(commandSource.describe(spec(['sh', '-c', 'echo a b']))).toBe(`command "sh -c 'echo a b'"`);
    expect(commandSource.describe(spec(['/usr/bin/node', '/home/runner/work/churn-model/churn-model/scripts/export-labels.mjs', '--since', '{{window.start}}']))).toBe('command "/usr/bin/node …/export-labels.mjs --since {{window.start}}"');
  });
});

describe('command source: failures', () => {
  it('a non-zero exit is source/command with the last lines of stderr, from a bounded tail', async () => {
    const error = await failure(commandSource.read(spec([node, script('fail.mjs')]), context));
    expect(error.code).toBe('source/command');
    expect(error.message).toMatch(/^command "\S*node …\/fail\.mjs": exited with code 3; its last lines of stderr: error line 11 \| error line 12 \| .* \| error line 30$/);
    expect(error.message).not.toContain('error line 10 ');
    expect(error.message).not.toContain('noise');
  });

  it('a program that does not exist, or is not executable, cannot start: source/command saying why', async () => {
    const missing = await failure(commandSource.read(spec(['modelwatch-no-such-program', '--x']), context));
    expect(missing.code).toBe('source/command');
    expect(missing.message).toContain('program "modelwatch-no-such-program" not found (ENOENT)');
    const plain = join(data, 'not-executable.sh');
    writeFileSync(plain, 'echo a\n', { mode: 0o644 });
    const denied = await failure(commandSource.read(spec([plain]), context));
    expect(denied.code).toBe('source/command');
    expect(denied.message).toContain('is not executable (EACCES)');
    const nowhere = await failure(commandSource.read(spec([node, script('args.mjs')], { cwd: join(tmp, 'no-such-folder') }), context));
    expect(nowhere.message).toContain('working folder');
  });

  it('a command that hangs is stopped at its timeout: source/timeout naming it, the process gone, the spool private while it ran', async () => {
    const pidFile = join(data, 'hang.pid');
    const started = Date.now();
    const reading = commandSource.read(spec([node, script('hang.mjs'), pidFile], { timeout_ms: 1_000 }), context);
    const pid = await waitForPid(pidFile);
    expect(alive(pid)).toBe(true);
    const [spoolDir] = spoolsLeft(tmp);
    expect(statSync(join(tmp, spoolDir!)).mode & 0o777).toBe(0o700);
    expect(statSync(join(tmp, spoolDir!, 'body')).mode & 0o777).toBe(0o600);
    const error = await failure(reading);
    expect(error.code).toBe('source/timeout');
    expect(error.message).toMatch(/^command "\S*node …\/hang\.mjs \S+": did not finish within the source's timeout of 1 s, and was stopped; raise timeout on the source/);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(alive(pid)).toBe(false);
  });

  it('a command that ignores SIGTERM is killed after the grace period', async () => {
    const pidFile = join(data, 'stubborn.pid');
    const started = Date.now();
    const reading = commandSource.read(spec([node, script('hang.mjs'), pidFile, 'ignore-term'], { timeout_ms: 1500 }), context);
    const pid = await waitForPid(pidFile);
    const error = await failure(reading);
    expect(error.code).toBe('source/timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(alive(pid)).toBe(false);
  });

  it('a command that floods stdout is stopped at max_bytes, quickly, and is gone', async () => {
    const pidFile = join(data, 'flood.pid');
    const started = Date.now();
    const error = await failure(commandSource.read(spec([node, script('flood.mjs'), pidFile], { max_bytes: 1 << 20 }), context));
    expect(error.code).toBe('data/too-large');
    expect(error.message).toContain('larger than its cap of 1 MiB (max_bytes: 1048576');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(alive(await waitForPid(pidFile))).toBe(false);
  });

  it('the model running out of time (context.signal) stops the command', async () => {
    const pidFile = join(data, 'aborted.pid');
    const controller = new AbortController();
    const reading = commandSource.read(spec([node, script('hang.mjs'), pidFile]), { ...context, signal: controller.signal });
    const pid = await waitForPid(pidFile);
    controller.abort();
    const error = await failure(reading);
    expect(error.code).toBe('source/interrupted');
    expect(alive(pid)).toBe(false);
  });
});

describe('command source: output of a command that exits at once', () => {
  it('is read whole every time, though the command is gone before the spool file is open', async () => {
    // Node drops a finished child's unread stdout; the source must take it as it comes.
    for (let i = 0; i < 12; i++) {
      const table = await commandSource.read(spec(['/bin/sh', '-c', "printf 'a,b\\n1,2\\n3,4\\n'"]), context);
      expect(table.rowCount, `read ${i + 1}`).toBe(2);
    }
  });
});

describe('command source: the process tree (/bin/sh)', () => {
  it('a background grandchild dies with the script when the script times out', async () => {
    const pidFile = join(data, 'grandchild-hang.pid');
    const reading = commandSource.read(spec(['/bin/sh', script('background.sh'), 'hang', pidFile], { timeout_ms: 1_000 }), context);
    const grandchild = await waitForPid(pidFile);
    expect(alive(grandchild)).toBe(true);
    const error = await failure(reading);
    expect(error.code).toBe('source/timeout');
    expect(alive(grandchild)).toBe(false);
  });

  it('a background grandchild left behind by a script that succeeded is stopped too', async () => {
    const pidFile = join(data, 'grandchild-exit.pid');
    const table = await commandSource.read(spec(['/bin/sh', script('background.sh'), 'exit', pidFile]), context);
    expect(table.rowCount).toBe(2);
    expect(alive(await waitForPid(pidFile))).toBe(false);
    expect(spoolsLeft(tmp)).toEqual([]);
  });
});
