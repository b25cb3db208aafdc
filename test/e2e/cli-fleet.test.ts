/**
 * `modelwatch plan`, `check --shard i/N` and `merge` through the bundled CLI on a small generated
 * fleet: the plan lists every model once; the shards' reports and the merged report validate
 * against the report schema; the merge of all shards gives the models, statuses and order of one
 * unsharded run; a missing shard's models are `error` by name; bad arguments are usage errors.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { ROOT, runCli } from './run-cli.js';

const NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const DRIFTING = new Set(['bravo', 'echo']);

function csv(rows: number, shift: number): string {
  const lines = ['x'];
  for (let i = 0; i < rows; i++) lines.push((((i * 37) % rows) / rows + shift).toFixed(4));
  return `${lines.join('\n')}\n`;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mw-cli-fleet-'));
  mkdirSync(join(dir, 'monitors'));
  mkdirSync(join(dir, 'data'));
  for (const [i, name] of NAMES.entries()) {
    const rows = 100 + i * 60;
    writeFileSync(join(dir, 'data', `${name}-ref.csv`), csv(rows, 0));
    writeFileSync(join(dir, 'data', `${name}-cur.csv`), csv(rows, DRIFTING.has(name) ? 0.5 : 0));
    writeFileSync(
      join(dir, 'monitors', `${name}.yaml`),
      `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: ${name}, task: regression }\ncolumns: { features: { numerical: [x], categorical: [] } }\ndata:\n  reference: { file: ../data/${name}-ref.csv }\n  current: { file: ../data/${name}-cur.csv }\ndefaults: { min_samples: 50 }\nchecks:\n  - { id: drift, type: drift, features: [x], method: ks, p_value: { fail: { lt: 0.01 } } }\n`,
    );
  }
});

const run = (args: string[]) => runCli(args, { cwd: dir });
const read = (file: string): Report => JSON.parse(readFileSync(file, 'utf8')) as Report;
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.v1.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const NOW = ['--now', '2026-11-24T06:00:00Z'];

describe('plan, check --shard and merge', () => {
  it('plan lists every model in exactly one shard, as a matrix and as text', () => {
    const json = run(['plan', 'monitors', '--shards', '3']);
    expect(json.code, json.stderr).toBe(0);
    const matrix = JSON.parse(json.stdout) as { shard: string[]; include: { shard: string; models: string }[] };
    expect(matrix.shard).toEqual(['1/3', '2/3', '3/3']);
    expect(matrix.include.flatMap((i) => i.models.split(', ').filter((m) => m !== '')).sort()).toEqual([...NAMES].sort());
    expect(run(['plan', 'monitors']).stdout).toContain('"shard":["1/1"]'); // auto: 6 small models, one shard
    expect(run(['plan', 'monitors', '--shards', '2', '--format', 'text']).stdout).toMatch(/^shard 1\/2: \d model\(s\)/);
  });

  it('the merge of every shard is the unsharded run; a missing shard names its models as error', () => {
    const out = join(dir, 'out');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'shards'), { recursive: true });
    const whole = run(['check', 'monitors', ...NOW, '--format', 'json', '--out', join(out, 'whole.json'), '--quiet']);
    expect(whole.code, whole.stderr).toBe(1);
    for (const i of [1, 2, 3]) {
      const file = join(out, 'shards', `s${i}.json`);
      run(['check', 'monitors', '--shard', `${i}/3`, ...NOW, '--format', 'json', '--out', file, '--quiet']);
      const report = read(file);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.shard).toMatchObject({ index: i, count: 3 });
      expect(report.models.map((m) => m.name)).toEqual(report.shard?.models);
    }
    const merged = run(['merge', join(out, 'shards'), '--policies', 'monitors', '--format', 'json', '--out', join(out, 'merged.json'), '--quiet']);
    expect(merged.code, merged.stderr).toBe(1);
    const report = read(join(out, 'merged.json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const shape = (r: Report) => r.models.map((m) => [m.name, m.status, m.checks.map((c) => [c.id, c.status, c.value])]);
    expect(shape(report)).toEqual(shape(read(join(out, 'whole.json'))));
    expect(report.shards).toEqual({ count: 3, reported: [1, 2, 3], missing: [] });

    const lost = read(join(out, 'shards', 's2.json')).shard!.models;
    rmSync(join(out, 'shards', 's2.json'));
    const partial = run(['merge', join(out, 'shards'), '--policies', 'monitors', '--expect-shards', '3']);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toContain('Fleet of 3 shard(s) merged: 1, 3 reported; 2 failed or never reported');
    for (const name of lost) expect(partial.stdout).toMatch(new RegExp(`ERROR\\s+${name}\\s.*shard 2/3 failed`));
    expect(run(['merge', join(out, 'shards'), '--policies', 'monitors', '--expect-shards', '4']).code).toBe(2);
  });

  it('refuses a malformed shard and a merge without reports', () => {
    const bad = run(['check', 'monitors', '--shard', '4/3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard: a shard is written i/N');
    expect(run(['merge']).code).toBe(2);
    expect(run(['plan', '--shards', 'lots']).stderr).toContain('--shards must be');
    const empty = join(dir, 'none');
    mkdirSync(empty, { recursive: true });
    expect(run(['merge', empty, '--policies', 'monitors']).stderr).toContain('no shard report was found, and without --expect-shards');
  });
});
