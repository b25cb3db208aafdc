/**
 * `modelwatch profile` and `profile merge` through the bundled CLI: a reference profile of the
 * same rows in another order is the same bytes; a policy reading it reports what the rows do
 * (a column of few distinct values, so exactly); daily current profiles merged equal the
 * profile of the days together; usage, policy and data errors exit 2 with their code, and an
 * existing file is kept without --force.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { runCli } from './run-cli.js';

let dir: string;
const rowsOf = (n: number, shift: number, day: string): string[] => Array.from({ length: n }, (_, i) => `${(i * 7) % 50 + shift},${['a', 'b', 'c'][i % 3]},${day}T${String(i % 24).padStart(2, '0')}:00:00Z`);

function policy(reference: string, current: string, window = '1d'): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: tiny, task: regression }
columns: { timestamp: ts, features: { numerical: [x], categorical: [c] } }
data:
  reference: ${reference}
  current: ${current}
  window: ${window}
defaults: { min_samples: 10 }
checks:
  - { id: drift, type: drift, features: all, method: psi, per_feature: { fail: { gt: 0.2 } } }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.1 } }
`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mw-cli-profile-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'data'));
  const header = 'x,c,ts';
  const reference = rowsOf(600, 0, '2026-11-01');
  writeFileSync(join(dir, 'data', 'reference.csv'), [header, ...reference].join('\n') + '\n');
  writeFileSync(join(dir, 'data', 'shuffled.csv'), [header, ...[...reference].reverse()].join('\n') + '\n');
  for (const [day, shift] of [['2026-11-20', 0], ['2026-11-21', 5]] as const) writeFileSync(join(dir, 'data', `${day}.csv`), [header, ...rowsOf(300, shift, day)].join('\n') + '\n');
  writeFileSync(join(dir, 'data', 'both.csv'), [header, ...rowsOf(300, 0, '2026-11-20'), ...rowsOf(300, 5, '2026-11-21')].join('\n') + '\n');
  writeFileSync(join(dir, 'rows.yaml'), policy('{ file: data/reference.csv }', '{ file: data/2026-11-21.csv }'));
  writeFileSync(join(dir, 'shuffled.yaml'), policy('{ file: data/shuffled.csv }', '{ file: data/2026-11-21.csv }'));
  writeFileSync(join(dir, 'profiled.yaml'), policy('{ profile: reference.json }', '{ file: data/2026-11-21.csv }'));
  for (const day of ['2026-11-20', '2026-11-21', 'both']) writeFileSync(join(dir, `cur-${day}.yaml`), policy('{ file: data/reference.csv }', `{ file: data/${day}.csv }`, '30d'));
});

const run = (args: string[]) => runCli(args, { cwd: dir });

describe('modelwatch profile', () => {
  it('writes the same bytes for the same rows in another order, and says what it wrote', async () => {
    const a = await run(['profile', 'rows.yaml', '--out', 'reference.json']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toMatch(/^wrote reference\.json: tiny, 600 rows, 3 columns \(3 held exactly\), [\d,]+ bytes\n$/);
    const again = await run(['profile', 'rows.yaml']);
    expect(again.stdout).toBe(readFileSync(join(dir, 'reference.json'), 'utf8'));
    // Reversed rows: only the source's name and the order categories first appear in differ.
    const b = await run(['profile', 'shuffled.yaml']);
    expect(b.code).toBe(0);
    const reordered = b.stdout.replace('data/shuffled.csv', 'data/reference.csv').replace('"categories":["c","b","a"]', '"categories":["a","b","c"]');
    expect(reordered).toBe(readFileSync(join(dir, 'reference.json'), 'utf8'));
    const profile = JSON.parse(b.stdout) as { rows: number; columns: { name: string }[] };
    expect(profile.rows).toBe(600);
    expect(profile.columns.map((c) => c.name)).toEqual(['x', 'c', 'ts']);
    expect(b.stdout).not.toContain('2026-11-01T');
  });

  it('a policy reading the profile reports what the rows give, and says the reference came from a profile', async () => {
    const rows = await run(['check', 'rows.yaml', '--format', 'json', '--now', '2026-11-22T00:00:00Z', '--fail-on', 'never', '-q']);
    const profiled = await run(['check', 'profiled.yaml', '--format', 'json', '--now', '2026-11-22T00:00:00Z', '--fail-on', 'never', '-q']);
    expect(profiled.code, profiled.stderr).toBe(0);
    const [r, p] = [JSON.parse(rows.stdout) as Report, JSON.parse(profiled.stdout) as Report];
    // Every column is held exactly: only the note, the aggregates field and the (zero) bounds differ.
    const strip = (report: Report) => JSON.parse(JSON.stringify(report.models[0]!.checks.map((c) => ({ ...c, duration_ms: 0, message: c.message.replace(' (reference from a profile)', ''), aggregates: undefined }))), (k, v: unknown) => (k === 'bound' ? undefined : v)) as unknown;
    expect(strip(p)).toEqual(strip(r));
    expect(p.models[0]!.checks.every((c) => c.aggregates?.reference === 'profile')).toBe(true);
    expect(JSON.stringify(p)).toContain('"bound":0');
    expect(p.models[0]!.checks[0]!.status).toBe('fail');
  });

  it('merges two days of current profiles into the profile of both days', async () => {
    for (const day of ['2026-11-20', '2026-11-21', 'both']) {
      const made = await run(['profile', `cur-${day}.yaml`, '--side', 'current', '--now', '2026-11-22T00:00:00Z', '--out', `cur-${day}.json`]);
      expect(made.code, made.stderr).toBe(0);
    }
    const merged = await run(['profile', 'merge', 'cur-2026-11-20.json', 'cur-2026-11-21.json']);
    expect(merged.code, merged.stderr).toBe(0);
    const both = JSON.parse(readFileSync(join(dir, 'cur-both.json'), 'utf8')) as Record<string, unknown>;
    const sum = JSON.parse(merged.stdout) as Record<string, unknown>;
    expect(sum.rows).toBe(600);
    // Equal but for the sources' names, and the window: each day's is the 30 days before --now, as both's.
    expect({ ...sum, sources: [] }).toEqual({ ...both, sources: [] });
  });

  it('refuses what it cannot do, with exit 2 and a code', async () => {
    const exists = await run(['profile', 'rows.yaml', '--out', 'reference.json']);
    expect([exists.code, exists.stderr]).toEqual([2, 'modelwatch: reference.json already exists; pass --force to replace it [cli/output]\n']);
    expect((await run(['profile', 'rows.yaml', '--out', 'reference.json', '--force'])).code).toBe(0);
    expect((await run(['profile'])).stderr).toContain('profile needs the policy file of one model [cli/usage]');
    expect((await run(['profile', 'rows.yaml', '--side', 'left'])).stderr).toContain('--side must be reference or current');
    expect((await run(['profile', 'rows.yaml', '--bits', '40'])).stderr).toContain('--bits must be a whole number from 0 to 20');
    expect((await run(['profile', 'profiled.yaml'])).stderr).toContain('is a profile already');
    writeFileSync(join(dir, 'broken.json'), '{"format":"modelwatch-profile/v1"');
    const broken = await run(['profile', 'merge', 'broken.json', 'reference.json']);
    expect([broken.code, broken.stderr]).toEqual([2, 'modelwatch: profile broken.json is not JSON [profile/invalid]\n']);
    writeFileSync(join(dir, 'other.yaml'), policy('{ file: data/reference.csv }', '{ file: data/2026-11-21.csv }').replace('name: tiny', 'name: other'));
    expect((await run(['profile', 'other.yaml', '--out', 'other.json'])).code).toBe(0);
    const mixed = await run(['profile', 'merge', 'reference.json', 'other.json']);
    expect(mixed.stderr).toContain('profiles of two models ("tiny", "other") cannot be merged [profile/merge]');
    writeFileSync(join(dir, 'wrong-model.yaml'), policy('{ profile: other.json }', '{ file: data/2026-11-21.csv }'));
    const wrong = await run(['check', 'wrong-model.yaml', '--format', 'json', '--fail-on', 'never', '-q']);
    expect((JSON.parse(wrong.stdout) as Report).models[0]!.error_code).toBe('profile/invalid');
  });
});
