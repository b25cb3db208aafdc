/**
 * A policy cannot read files outside its repository (issue 9, item 2): the root is the nearest
 * folder with .git above the policy, `--root` on the CLI, and `allow_outside_root: true` on a
 * source is the author's explicit way out.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { runCli } from './run-cli.js';

const CSV = ['x', ...Array.from({ length: 30 }, (_, i) => String(i))].join('\n');

function policy(name: string, source: string): string {
  return `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: ${name}, task: regression }\ndata: { current: ${source} }\ndefaults: { min_samples: 1 }\nchecks:\n  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n`;
}

/** outer/ holds shared.csv; outer/repo/ is a repository (it has .git) holding the policies. */
function layout(): { outer: string; repo: string } {
  const outer = mkdtempSync(join(tmpdir(), 'mw-root-'));
  const repo = join(outer, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'monitors'));
  writeFileSync(join(outer, 'shared.csv'), `${CSV}\n`);
  writeFileSync(join(repo, 'inside.csv'), `${CSV}\n`);
  return { outer, repo };
}

function check(cwd: string, args: string[], env: Record<string, string> = {}): { report: Report; stdout: string; stderr: string } {
  const out = join(cwd, 'report.json');
  const result = runCli(['check', 'monitors', '--format', 'json', '--out', out, '--quiet', ...args], { cwd, env });
  expect(result.stderr).not.toContain('internal error');
  const text = readFileSync(out, 'utf8');
  return { report: JSON.parse(text) as Report, stdout: text, stderr: result.stderr };
}

describe('data paths and the repository root', () => {
  it('refuses /proc/self/environ with data/outside-root, and no environment value reaches the report', () => {
    const { repo } = layout();
    writeFileSync(join(repo, 'monitors', 'env.yaml'), policy('env', '{ file: /proc/self/environ, format: csv }'));
    const { report, stdout } = check(repo, [], { MW_CANARY: 'canary-value-7f3a' });
    const model = report.models[0]!;
    expect(model.status).toBe('error');
    expect(model.error_code).toBe('data/outside-root');
    expect(model.error).toContain('/proc/self/environ');
    expect(stdout).not.toContain('canary-value-7f3a');
  });

  it('takes the nearest folder with .git as the root, --root widens it, allow_outside_root opts out', () => {
    const { outer, repo } = layout();
    writeFileSync(join(repo, 'monitors', 'a.yaml'), policy('a', '{ file: ../../shared.csv }'));
    writeFileSync(join(repo, 'monitors', 'b.yaml'), policy('b', '{ file: ../inside.csv }'));
    writeFileSync(join(repo, 'monitors', 'c.yaml'), policy('c', '{ file: ../../shared.csv, allow_outside_root: true }'));
    const byName = (report: Report) => Object.fromEntries(report.models.map((m) => [m.name, m]));
    const plain = byName(check(repo, []).report);
    expect(plain['a']?.error_code).toBe('data/outside-root');
    expect(plain['a']?.error).toContain('outside the repository root');
    expect(plain['b']?.status).toBe('pass');
    expect(plain['c']?.status).toBe('pass');
    const widened = byName(check(repo, ['--root', outer]).report);
    expect(widened['a']?.status).toBe('pass');
  });

  it('refuses a --root that is not a folder as a usage error (exit 2)', () => {
    const { repo } = layout();
    writeFileSync(join(repo, 'monitors', 'b.yaml'), policy('b', '{ file: ../inside.csv }'));
    for (const command of ['check', 'validate']) {
      const result = runCli([command, 'monitors', '--root', join(repo, 'no-such-folder')], { cwd: repo });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--root must be an existing folder');
    }
  });
});
