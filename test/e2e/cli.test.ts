/** The bundled CLI as a user meets it: the demo, exit codes, help, validation and isolation. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { ROOT, runCli } from './run-cli.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mw-cli-'));
}

const SMALL_CSV = ['id,email,x,colour', ...Array.from({ length: 60 }, (_, i) => `${i},person${i}@example.com,${i % 7},${i % 3 === 0 ? 'red' : 'blue'}`)].join('\n');

function policy(name: string, extra = ''): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: ${name}, task: regression }
columns:
  id: id
  pii: [email]
data:
  reference: { file: data.csv }
  current: { file: data.csv }
defaults: { min_samples: 10 }
checks:
  - { id: drift, type: drift, features: all }
  - { id: missing, type: data_quality, metric: missing_share, fail: { gt: 0.1 } }
${extra}`;
}

describe('the demo on the bundled examples', () => {
  it('shows pass, warn and fail, and exits 1 because a model fails', () => {
    const result = runCli(['check', 'examples/monitors']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.some((l) => /^\s*pass\s/i.test(l))).toBe(true);
    expect(lines.some((l) => /^\s*warn\s/i.test(l))).toBe(true);
    expect(lines.some((l) => /^\s*fail\s/i.test(l))).toBe(true);
    expect(result.stdout).toContain('adult-income-shifted');
    expect(result.stdout).toMatch(/age\s+wasserstein/);
  });

  it('reports the seeded drift where it was injected, and nothing where it was not', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    runCli(['check', 'examples/monitors', '--format', 'json', '--out', out, '--quiet']);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const status = (model: string, check: string) =>
      report.models.find((m) => m.name === model)!.checks.find((c) => c.id === check)!.status;
    expect(status('adult-income', 'feature-drift')).toBe('pass');
    expect(status('adult-income', 'missing-values')).toBe('warn');
    expect(status('adult-income', 'class-mix')).toBe('pass');
    expect(status('adult-income-shifted', 'feature-drift')).toBe('fail');
    expect(status('adult-income-shifted', 'missing-numbers')).toBe('fail');
    expect(status('adult-income-shifted', 'unseen-categories')).toBe('warn');
    expect(status('adult-income-shifted', 'volume')).toBe('pass');
    // diabetes: bmi × 1.1 in the current batch (examples/data/diabetes/make.py), outcome unchanged.
    expect(status('diabetes-progression', 'bmi-drift')).toBe('fail');
    expect(status('diabetes-progression', 'mean-residual')).toBe('fail');
    expect(status('diabetes-progression', 'mae')).toBe('warn');
    expect(status('diabetes-progression', 'missing-values')).toBe('pass');
    expect(status('diabetes-progression', 'out-of-range')).toBe('pass');
    // wine: class_2 from 27% to 55% of the batch (examples/data/wine/make.py), the classes as they were.
    expect(status('wine-cultivar', 'class-mix')).toBe('fail');
    expect(status('wine-cultivar', 'prediction-drift')).toBe('fail');
    expect(status('wine-cultivar', 'accuracy')).toBe('pass');
    expect(status('wine-cultivar', 'missing-values')).toBe('pass');
  });
});

describe('exit codes and flags', () => {
  it('--fail-on never exits 0 and --fail-on warn exits 1 on a warning', () => {
    expect(runCli(['check', 'examples/monitors', '--fail-on', 'never', '--quiet']).code).toBe(0);
    expect(runCli(['check', 'examples/monitors/adult-income.yaml', '--quiet']).code).toBe(0);
    expect(runCli(['check', 'examples/monitors/adult-income.yaml', '--fail-on', 'warn', '--quiet']).code).toBe(1);
  });

  it('usage errors exit 2 with a message, never a stack trace', () => {
    for (const args of [['check', '--format', 'yaml'], ['check', '--fail-on', 'sometimes'], ['frobnicate'], ['check', '--bogus'], ['check', '--now', 'yesterday']]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^modelwatch: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('every command has --help', () => {
    for (const args of [['--help'], ['check', '--help'], ['validate', '--help']]) {
      const result = runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage/);
    }
  });

  it('writes markdown and html reports to --out', () => {
    const dir = tempDir();
    for (const format of ['markdown', 'html']) {
      const out = join(dir, `report.${format}`);
      const result = runCli(['check', 'examples/monitors/adult-income.yaml', '--format', format, '--out', out]);
      expect(result.code).toBe(0);
      // Markdown escapes punctuation taken from policies and data (adult\-income).
      const text = readFileSync(out, 'utf8').replace(/\\/g, '');
      expect(text).toContain('adult-income');
      expect(text).toContain('missing-values');
    }
  });
});

describe('validate', () => {
  it('exits 0 on the examples and 1 with file:line:column on a broken policy', () => {
    expect(runCli(['validate', 'examples/monitors']).code).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), SMALL_CSV);
    writeFileSync(join(dir, 'broken.yaml'), policy('broken').replace('metric: missing_share', 'metric: missing_share, treshold: 1'));
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: unknown key "treshold"/);
  });
});

describe('file formats', () => {
  it('reads Parquet through the reader the bundle loads only when a .parquet file comes', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'test/fixtures/data/mixed.snappy.parquet'), join(dir, 'scores.parquet'));
    writeFileSync(
      join(dir, 'parquet.yaml'),
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: parquet, task: regression }
data:
  reference: { file: scores.parquet }
  current: { file: scores.parquet }
defaults: { min_samples: 1 }
checks:
  - { id: missing, type: data_quality, metric: missing_share, columns: [amount, ratio], fail: { gt: 0.5 } }
`,
    );
    const out = join(dir, 'report.json');
    const result = runCli(['check', 'parquet.yaml', '--format', 'json', '--out', out, '--quiet'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const model = (JSON.parse(readFileSync(out, 'utf8')) as Report).models[0]!;
    expect(model.rows).toEqual({ reference: 5, current: 5, sampled: false });
    expect(model.checks[0]!.status).toBe('pass');
    expect(model.checks[0]!.value).toBe(0.2);
  });
});

describe('isolation: one broken model never hides another', () => {
  it('reports a policy error, a data error and a healthy model in one run', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'monitors'));
    writeFileSync(join(dir, 'monitors', 'data.csv'), SMALL_CSV);
    writeFileSync(join(dir, 'monitors', 'good.yaml'), policy('good'));
    writeFileSync(join(dir, 'monitors', 'no-data.yaml'), policy('no-data').replace('current: { file: data.csv }', 'current: { file: missing.csv }'));
    writeFileSync(join(dir, 'monitors', 'bad.yaml'), policy('bad').replace('task: regression', 'task: regresion'));
    const out = join(dir, 'report.json');
    const result = runCli(['check', 'monitors', '--format', 'json', '--out', out], { cwd: dir });
    expect(result.code).toBe(2);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.policy_errors).toHaveLength(1);
    expect(report.policy_errors[0]!.file).toMatch(/bad\.yaml$/);
    const byName = new Map(report.models.map((m) => [m.name, m]));
    expect(byName.get('good')!.status).toBe('pass');
    expect(byName.get('no-data')!.status).toBe('error');
    expect(byName.get('no-data')!.error).toMatch(/missing\.csv/);
    expect(result.stdout).toMatch(/bad\.yaml:\d+:\d+:/);
  });

  it('too few rows give no_data, never a pass or a fail', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), SMALL_CSV);
    writeFileSync(join(dir, 'small.yaml'), policy('small').replace('min_samples: 10', 'min_samples: 1000'));
    const out = join(dir, 'report.json');
    runCli(['check', join(dir, 'small.yaml'), '--format', 'json', '--out', out, '--quiet']);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.models[0]!.checks.map((c) => c.status)).toEqual(['no_data', 'no_data']);
  });
});

describe('privacy', () => {
  it('never reads a pii column into any report format', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), SMALL_CSV);
    writeFileSync(join(dir, 'm.yaml'), policy('private', '  - { id: unseen, type: data_quality, metric: unseen_share, fail: { gt: 0 } }\n'));
    for (const format of ['json', 'markdown', 'html', 'text']) {
      const out = join(dir, `r.${format}`);
      runCli(['check', join(dir, 'm.yaml'), '--format', format, '--out', out, '--quiet']);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toMatch(/example\.com/);
      expect(text).not.toMatch(/\bemail\b/);
    }
  });
});
