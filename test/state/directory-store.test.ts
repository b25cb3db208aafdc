import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeHistory } from '../../src/state/compact.js';
import { DirectoryStore, LOCK_FILE } from '../../src/state/directory-store.js';
import type { ModelHistory } from '../../src/state/record.js';
import { StateWriteError, type StateStore } from '../../src/state/store.js';
import { hoursAfter, runRecord } from './records.js';

const START = '2026-03-01T06:00:00.000Z';
let root: string;
let dir: string;
let child: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'modelwatch-state-'));
  child = join(root, 'append-child.mjs');
  await build({ entryPoints: [resolve(import.meta.dirname, 'append-child.ts')], outfile: child, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
beforeEach(() => {
  dir = join(root, `state-${n++}`);
});

async function historyOf(store: StateStore, model: string): Promise<ModelHistory | null> {
  const read = await store.read([model]);
  if (!read.ok) throw new Error(read.message);
  const one = read.models.get(model);
  if (!one?.ok) throw new Error(one?.message ?? 'missing');
  return one.history;
}

describe('DirectoryStore', () => {
  it('reads a folder that does not exist as empty, creates it on the first write, and reads back', async () => {
    const store = new DirectoryStore(dir);
    expect(store.description).toBe(`directory ${dir}`);
    expect(await historyOf(store, 'churn')).toBeNull();
    expect(existsSync(dir)).toBe(false);

    const first = runRecord({ id: '11', at: START });
    await store.append([first, runRecord({ model: 'fraud', id: '11', at: START })]);
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'models']);
    expect((await readdir(join(dir, 'models'))).sort()).toEqual(['churn.json', 'fraud.json']);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toMatch(/^# modelwatch state\n[\s\S]*models\/<model>\.json/);
    expect(await historyOf(store, 'churn')).toEqual({ v: 1, model: 'churn', runs: [first], daily: [] });

    // A rerun of run 11 replaces its record; run 12 is added; another store instance reads both.
    const rerun = runRecord({ id: '11', at: hoursAfter(START, 1), attempt: 2, checks: { auc: 0.7 } });
    const next = runRecord({ id: '12', at: hoursAfter(START, 2) });
    await store.append([rerun]);
    await store.append([next]);
    const history = await historyOf(new DirectoryStore(dir), 'churn');
    expect(history?.runs).toEqual([rerun, next]);
    expect(await readFile(join(dir, 'models/churn.json'), 'utf8')).toBe(serializeHistory(history as ModelHistory));

    // Appending what is there already writes nothing; no temporary file or lock is left over.
    const before = await readFile(join(dir, 'models/churn.json'));
    await store.append([next]);
    expect(await readFile(join(dir, 'models/churn.json'))).toEqual(before);
    expect((await readdir(join(dir, 'models'))).sort()).toEqual(['churn.json', 'fraud.json']);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('loses no record and duplicates none when 5 processes append at once', async () => {
    const startAt = Date.now() + 700;
    const runs = ['501', '502', '503', '504', '505'];
    const results = await Promise.all(
      runs.map((id, i) => {
        const records = [runRecord({ id, at: hoursAfter(START, i) }), runRecord({ model: 'fraud', id, at: hoursAfter(START, i) })];
        return new Promise<{ code: number | null; stderr: string }>((done) => {
          const p = spawn(process.execPath, [child, dir, String(startAt), JSON.stringify(records)], { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          p.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          p.on('close', (code) => done({ code, stderr }));
        });
      }),
    );
    expect(results).toEqual(runs.map(() => ({ code: 0, stderr: '' })));
    const store = new DirectoryStore(dir);
    for (const model of ['churn', 'fraud']) {
      expect((await historyOf(store, model))?.runs.map((r) => r.run.id)).toEqual(runs);
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('removes a stale lock: its process is gone, or it is older than staleLockMs', async () => {
    await mkdir(dir, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const lines: string[] = [];
    const store = new DirectoryStore(dir, { log: (line) => void lines.push(line), lockTimeoutMs: 5_000 });
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, host: hostname(), token: 't1', at: START }));
    await store.append([runRecord({ id: '1', at: START })]);
    expect(lines).toEqual([`state: removed the stale lock ${join(dir, LOCK_FILE)} (process ${gone} on ${hostname()} since ${START})`]);

    // A holder on another host cannot be checked: only its age makes it stale.
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'elsewhere', token: 't2', at: START }));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    await store.append([runRecord({ id: '2', at: hoursAfter(START, 1) })]);
    expect(lines[1]).toMatch(/removed the stale lock .* \(process 1 on elsewhere since/);
    expect((await historyOf(store, 'churn'))?.runs.map((r) => r.run.id)).toEqual(['1', '2']);
  });

  it('waits for a live lock and then gives up with a message saying what to do', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), token: 'live', at: START }));
    const store = new DirectoryStore(dir, { lockTimeoutMs: 300 });
    const error = await store.append([runRecord({ id: '1', at: START })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateWriteError);
    expect((error as Error).message).toBe(
      `the state folder ${dir} is locked by process ${process.pid} on ${hostname()} since ${START} (${join(dir, LOCK_FILE)}) and stayed locked for 0.3 s. ` +
        'Another modelwatch is writing to it; if none is running, delete the lock file and rerun.',
    );
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toMatch(/"token":"live"/);
    expect(existsSync(join(dir, 'models/churn.json'))).toBe(false);
  });

  it('never overwrites a model file it cannot parse: a per-model read failure, and the append names it', async () => {
    const store = new DirectoryStore(dir);
    await store.append([runRecord({ id: '1', at: START }), runRecord({ model: 'fraud', id: '1', at: START })]);
    const file = join(dir, 'models/churn.json');
    const broken = '{"v":1,"model":"churn","runs":[\n<<<<<<< HEAD\n';
    await writeFile(file, broken);

    const read = await store.read(['churn', 'fraud']);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.models.get('churn')).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`)) });
    expect(read.models.get('fraud')?.ok).toBe(true);

    const error = await store.append([runRecord({ id: '2', at: hoursAfter(START, 1) }), runRecord({ model: 'fraud', id: '2', at: hoursAfter(START, 1) })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateWriteError);
    expect((error as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON .*left as it is; fix it or move it aside.*Its record from this run was not stored\\. \\(Stored: fraud\\.\\)$`));
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect((await historyOf(store, 'fraud'))?.runs.map((r) => r.run.id)).toEqual(['1', '2']);
  });

  it('reports a state path that is not a folder, or a model file that cannot be read, as failures', async () => {
    await writeFile(join(root, 'a-file'), 'x');
    const onFile = new DirectoryStore(join(root, 'a-file'));
    expect(await onFile.read(['churn'])).toEqual({ ok: false, message: `the state path ${join(root, 'a-file')} is not a folder; pass --state a folder (it is created on the first write)` });
    await expect(onFile.append([runRecord({ id: '1', at: START })])).rejects.toThrow(StateWriteError);

    await mkdir(join(dir, 'models/churn.json'), { recursive: true });
    const read = await new DirectoryStore(dir).read(['churn', 'fraud', '../etc']);
    expect(read.ok && [...read.models]).toEqual([
      ['churn', { ok: false, message: `${join(dir, 'models/churn.json')}: cannot be read (EISDIR: illegal operation on a directory, read)` }],
      ['fraud', { ok: true, history: null }],
      ['../etc', { ok: false, message: '"../etc" is not a model name; the state store holds none for it' }],
    ]);
    await expect(new DirectoryStore(dir).append([{ ...runRecord({ id: '1', at: START }), model: '../etc' }])).rejects.toThrow(/not a model name/);
  });
});
