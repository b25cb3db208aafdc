/**
 * `modelwatch init` through the bundled CLI (issue 13): it writes a policy that `validate`
 * accepts and `check` passes on the reference it came from; a second run refuses to replace the
 * file without --force; bad arguments and data are one line on stderr with exit 2.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-cli-init-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'data', 'offer-ranker'), { recursive: true });
  copyFileSync(join(ROOT, 'examples/data/offer-ranker/reference.csv'), join(dir, 'data/offer-ranker/reference.csv'));
  return dir;
}

describe('modelwatch init (dist/cli.js)', () => {
  it('writes a policy that validates and passes on its own reference, and keeps it without --force', () => {
    const cwd = repository();
    const args = ['init', 'data/offer-ranker/reference.csv', '--target', 'accepted_offer', '--prediction', 'offered', '--out', 'monitors/offer-ranker.yaml'];
    const first = runCli(args, { cwd });
    expect(first.stderr).toBe(
      "modelwatch: wrote monitors/offer-ranker.yaml: 6 checks for model \"offer-ranker\" from 12,000 rows; check it with 'modelwatch validate monitors/offer-ranker.yaml'\n",
    );
    expect(first.code).toBe(0);
    const text = readFileSync(join(cwd, 'monitors/offer-ranker.yaml'), 'utf8');
    // The package's schema lies outside this repository: the schema's $id.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://modelwatch.dev/schema/policy.v1.schema.json');
    expect(text).toContain('  reference: { file: ../data/offer-ranker/reference.csv }');

    const validate = runCli(['validate', 'monitors'], { cwd });
    expect([validate.code, validate.stdout]).toEqual([0, '1 valid policy, 0 problems\n']);
    const check = runCli(['check', 'monitors', '--format', 'json', '--fail-on', 'warn', '--quiet'], { cwd });
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { models: { status: string; checks: { status: string }[] }[] };
    expect(report.models[0]!.status).toBe('pass');
    expect(report.models[0]!.checks.map((c) => c.status)).toEqual(Array(6).fill('pass'));

    const again = runCli(args, { cwd });
    expect([again.code, again.stderr]).toEqual([2, 'modelwatch: monitors/offer-ranker.yaml already exists; pass --force to replace it [cli/output]\n']);
    expect(readFileSync(join(cwd, 'monitors/offer-ranker.yaml'), 'utf8')).toBe(text);
    const forced = runCli([...args, '--force', '--name', 'offers'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'monitors/offer-ranker.yaml'), 'utf8')).toContain('name: offers');
  }, 90_000);

  it('prints the policy when there is no --out, with paths relative to the working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mw-cli-init-small-'));
    mkdirSync(join(cwd, '.git'));
    mkdirSync(join(cwd, 'data'));
    const rows = Array.from({ length: 120 }, (_, i) => `${i % 11},${['a', 'b'][i % 2]},${i % 2}`);
    writeFileSync(join(cwd, 'data/train.csv'), ['x,colour,label', ...rows].join('\n'));
    writeFileSync(join(cwd, 'data/today.csv'), ['x,colour,label', ...rows].join('\n'));
    const result = runCli(['init', 'data/train.csv', '--current', 'data/today.csv', '--name', 'small'], { cwd });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('data:\n  reference: { file: data/train.csv }\n  current: { file: data/today.csv }\n');
    expect(result.stdout).toContain('defaults:\n  min_samples: 60\n');
  }, 90_000);

  it('says what is wrong in one line, with exit 2', () => {
    const cwd = repository();
    const cases: [string[], string][] = [
      [['init'], "modelwatch: init takes one data file, got 0 [cli/usage]\nRun 'modelwatch help init' for usage.\n"],
      [['init', 'missing.csv'], 'modelwatch: DATA "missing.csv" does not exist [data/not-found]\n'],
      [['init', 'data/offer-ranker/reference.csv', '--task', 'ranking'], "modelwatch: --task must be one of binary_classification, multiclass_classification, regression, got \"ranking\" [cli/usage]\nRun 'modelwatch help init' for usage.\n"],
      [['init', 'data/offer-ranker/reference.csv', '--target', 'accepted'], 'modelwatch: --target names column "accepted", but data/offer-ranker/reference.csv has no such column (its columns: request_id, scored_at, segment, gender, age_band, latency_ms, status, offer_score, offered, accepted_offer, revenue) [cli/init]\n'],
      [['init', 'data/offer-ranker/reference.csv', '--target', 'segment', '--task', 'binary_classification'], 'modelwatch: --task binary_classification needs the target column "segment" to hold two classes written 1/0, true/false or yes/no; it holds "mobile", "web", "partner" [cli/init]\n'],
      [['init', join(ROOT, 'examples/data/adult/reference.csv')], `modelwatch: ${join(ROOT, 'examples/data/adult/reference.csv')} lies outside ${realpathSync(cwd)}, the repository of <stdout>, and check reads no data outside it: write the policy inside the repository that holds the data [data/outside-root]\n`],
      [['init', 'data/offer-ranker/reference.csv', '--out', 'data/'], 'modelwatch: cannot write the policy to data/: it is a folder; name a file, such as data/model.yaml [cli/output]\n'],
      [['init', 'data/offer-ranker/reference.csv', '--force'], "modelwatch: --force needs --out (it allows replacing that file) [cli/usage]\nRun 'modelwatch help init' for usage.\n"],
    ];
    for (const [args, stderr] of cases) {
      const result = runCli(args, { cwd });
      expect([result.code, result.stderr, result.stdout], args.join(' ')).toEqual([2, stderr, '']);
    }
    expect(runCli(['help', 'init']).stdout).toContain('Usage: modelwatch init DATA [options]');
  }, 90_000);
});
