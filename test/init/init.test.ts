/**
 * `modelwatch init` (issue 13): on each example's reference it writes a policy that the
 * project's loader accepts and the engine passes on that reference; roles and task are inferred;
 * bad inputs are one-line errors with a code.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine/model.js';
import { initPolicy, InitError, type InitOptions } from '../../src/init/index.js';
import { ceil2 } from '../../src/init/propose.js';
import { loadPolicyFile } from '../../src/policy/load.js';

/** The generated policy as parsed YAML, as far as the tests read it. */
interface RawPolicy {
  readonly model: { readonly name: string; readonly task: string };
  readonly columns: Record<string, unknown>;
  readonly data: unknown;
  readonly defaults?: unknown;
  readonly checks: { readonly id: string; readonly warn: { readonly gt: number }; readonly fail: { readonly gt: number } }[];
}

/** A throwaway repository (a `.git` folder marks its root) holding a copy of `file`. */
function repositoryWith(file: string, as = 'data/reference.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-init-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, as, '..'), { recursive: true });
  copyFileSync(file, join(dir, as));
  return dir;
}

async function scaffoldAndRun(example: string, as: string, flags: Partial<InitOptions> = {}) {
  const dir = repositoryWith(example, as);
  const out = join(dir, 'monitors', 'model.yaml');
  const result = await initPolicy({ data: as, out: 'monitors/model.yaml', cwd: dir, ...flags });
  mkdirSync(join(dir, 'monitors'));
  writeFileSync(out, result.text);
  const loaded = await loadPolicyFile(out);
  expect(loaded.errors).toEqual([]);
  const report = await evaluateModel(loaded.policy!, new Date('2026-12-01T00:00:00Z'));
  return { result, raw: parse(result.text) as RawPolicy, report };
}

describe('modelwatch init on the example references', () => {
  it('adult: infers the roles and the task, and every proposed check passes on its own reference', async () => {
    const { result, raw, report } = await scaffoldAndRun('examples/data/adult/reference.csv', 'data/adult/reference.csv');
    expect(raw.model).toEqual({ name: 'adult', task: 'binary_classification' });
    expect(raw.columns).toEqual({
      prediction: 'pred',
      score: 'proba',
      target: 'label',
      features: {
        numerical: ['age', 'fnlwgt', 'education_num', 'capital_gain', 'capital_loss', 'hours_per_week'],
        categorical: ['workclass', 'education', 'marital_status', 'occupation', 'relationship', 'race', 'sex', 'native_country'],
      },
    });
    expect(raw.data).toEqual({ reference: { file: '../data/adult/reference.csv' }, current: { file: '../data/adult/reference.csv' } });
    expect(raw.checks.map((c) => c.id)).toEqual(['feature-drift', 'score-drift', 'missing-values', 'unseen-categories', 'accuracy', 'roc-auc']);
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(raw.checks.map((c) => [c.id, 'pass']));
    // The thresholds sit above what the halves showed: workclass and occupation are missing in
    // 5.66% of the training rows, so missing-values warns only above 1.5 × (≥ 5.66%).
    const missing = raw.checks.find((c) => c.id === 'missing-values')!;
    expect(missing.warn.gt).toBeGreaterThan(1.5 * 0.0566);
    expect(missing.fail.gt).toBeGreaterThan(missing.warn.gt);
    // Comments: the schema on top, and each threshold's origin on its check.
    expect(result.text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(result.text).toMatch(/# from 20 random halves of the reference: largest missing share of a feature 0\.05\d+ \(warn above 1\.5×, fail above 3×, at least 0\.001\)\n {2}- id: missing-values/);
  }, 30_000);

  it('offer-ranker: id and timestamp by the data, target and prediction by flags; passes on its own reference', async () => {
    const { raw, report } = await scaffoldAndRun('examples/data/offer-ranker/reference.csv', 'data/reference.csv', { target: 'accepted_offer', prediction: 'offered', name: 'offer-ranker' });
    expect(raw.model).toEqual({ name: 'offer-ranker', task: 'binary_classification' });
    expect(raw.columns).toMatchObject({ id: 'request_id', timestamp: 'scored_at', prediction: 'offered', score: 'offer_score', target: 'accepted_offer' });
    expect(raw.columns.features).toEqual({ numerical: ['latency_ms', 'revenue'], categorical: ['segment', 'gender', 'age_band', 'status'] });
    expect(report.status).toBe('pass');
    expect(report.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(report.checks).toHaveLength(6);
  }, 30_000);

  it('diabetes-progression: a numeric target makes it a regression with an mae check; passes on its own reference', async () => {
    const { raw, report } = await scaffoldAndRun('examples/data/diabetes/reference.csv', 'data/diabetes/reference.csv', { target: 'progression', name: 'diabetes-progression' });
    expect(raw.model).toEqual({ name: 'diabetes-progression', task: 'regression' });
    expect(raw.columns).toEqual({ prediction: 'predicted', target: 'progression', features: { numerical: ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6'], categorical: [] } });
    // 110 rows: halves of 55 rows, so min_samples is lowered to 55.
    expect(raw.defaults).toEqual({ min_samples: 55 });
    expect(raw.checks.map((c) => c.id)).toEqual(['feature-drift', 'missing-values', 'mae']);
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(raw.checks.map((c) => [c.id, 'pass']));
  }, 30_000);

  it('wine-cultivar: a text target with three classes makes it multiclass; passes on its own reference', async () => {
    const { raw, report } = await scaffoldAndRun('examples/data/wine/reference.csv', 'data/wine/reference.csv', { target: 'cultivar', name: 'wine-cultivar' });
    expect(raw.model).toEqual({ name: 'wine-cultivar', task: 'multiclass_classification' });
    expect(raw.columns).toMatchObject({ prediction: 'predicted', target: 'cultivar' });
    // No performance check: multiclass needs columns.class_scores, which init does not guess.
    expect(raw.checks.map((c) => c.id)).toEqual(['feature-drift', 'missing-values']);
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(raw.checks.map((c) => [c.id, 'pass']));
  }, 30_000);
});

/** A small table: 200 rows, written to a temporary repository. */
function smallRepository(header: string, row: (i: number) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-init-small-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'churn.csv'), [header, ...Array.from({ length: 200 }, (_, i) => row(i))].join('\n'));
  return dir;
}

describe('modelwatch init: inference', () => {
  it('puts columns named like personal data in columns.pii without reading them, and leaves out one-value-per-row text', async () => {
    const dir = smallRepository('user_id,email,customer_name,note,x,colour,y', (i) => `u${i},p${i}@example.com,Name ${i},free text ${i},${(i * 37) % 101},${['red', 'blue', 'green'][i % 3]},${i % 2}`);
    const { text, roles } = await initPolicy({ data: 'churn.csv', cwd: dir });
    const raw = parse(text) as RawPolicy;
    expect(raw.columns).toEqual({ id: 'user_id', target: 'y', features: { numerical: ['x'], categorical: ['colour'] }, pii: ['email', 'customer_name'] });
    expect(roles.ignored).toEqual([{ column: 'note', why: 'one value per row' }]);
    expect(text).not.toContain('example.com');
    expect(raw.model.name).toBe('churn');
    // 200 rows: halves of 100 rows meet the default min_samples; smaller data lowers it.
    expect(raw.defaults).toBeUndefined();
  });

  it('infers multiclass from a text target and regression from a numeric one', async () => {
    const multi = smallRepository('x,label,pred', (i) => `${i % 13},${['a', 'b', 'c'][i % 3]},${['a', 'b', 'c'][(i * 7) % 3]}`);
    const m = parse((await initPolicy({ data: 'churn.csv', cwd: multi })).text) as RawPolicy;
    expect(m.model.task).toBe('multiclass_classification');
    // No performance check: multiclass needs columns.class_scores, which init cannot guess.
    expect(m.checks.map((c) => c.id)).toEqual(['feature-drift', 'missing-values']);
    const reg = smallRepository('x,target,prediction', (i) => `${i % 17},${(i * 0.37).toFixed(2)},${(i * 0.35 + 1).toFixed(2)}`);
    const r = parse((await initPolicy({ data: 'churn.csv', cwd: reg })).text) as RawPolicy;
    expect(r.model.task).toBe('regression');
    expect(r.checks.at(-1)).toMatchObject({ id: 'mae', metric: 'mae', warn: { vs: 'reference' } });
  });

  it('lowers defaults.min_samples to half the rows for a small reference', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-init-tiny-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'train.csv'), ['x,label', ...Array.from({ length: 80 }, (_, i) => `${i % 9},${i % 2}`)].join('\n'));
    const raw = parse((await initPolicy({ data: 'train.csv', cwd: dir })).text) as RawPolicy;
    expect(raw.defaults).toEqual({ min_samples: 40 });
  });

  it('rounds thresholds up to two significant digits, never below the value', () => {
    expect(ceil2(0.0312)).toBe(0.032);
    expect(ceil2(0.03)).toBe(0.03);
    expect(ceil2(1.5)).toBe(1.5);
    expect(ceil2(0.000123456)).toBe(0.00013);
    for (const x of [0.0497, 0.0569, 0.0868, 1e-7, 123.4]) expect(ceil2(x)).toBeGreaterThanOrEqual(x);
  });
});

describe('modelwatch init: bad inputs are one-line errors', () => {
  const dir = smallRepository('when,x,label', (i) => `2026-11-${String((i % 28) + 1).padStart(2, '0')},${i % 7},${['yes', 'no', 'maybe'][i % 3]}`);
  const cases: [string, Partial<InitOptions>, RegExp, string][] = [
    ['a missing file', { data: 'nope.csv' }, /^DATA "nope\.csv" does not exist$/, 'data/not-found'],
    ['an unknown --target', { target: 'labl' }, /^--target names column "labl", but churn\.csv has no such column \(its columns: when, x, label\)$/, 'cli/init'],
    ['a timestamp as target', { target: 'when' }, /^the target column "when" holds timestamps, which cannot be a label/, 'cli/init'],
    ['a constant target', { target: 'x', data: 'const.csv' }, /holds one value only \("1"\)/, 'cli/init'],
    ['three classes for a binary task', { task: 'binary_classification' }, /^--task binary_classification needs the target column "label" to hold two classes written 1\/0, true\/false or yes\/no; it holds "yes", "no", "maybe"$/, 'cli/init'],
    ['text for a regression', { task: 'regression' }, /^--task regression needs a numeric target/, 'cli/init'],
    ['one column for two roles', { target: 'label', prediction: 'label' }, /^--target and --prediction both name column "label"; a column has one role$/, 'cli/usage'],
    ['a --timestamp that is not one', { timestamp: 'x' }, /^--timestamp names column "x", but its values are not ISO 8601/, 'cli/init'],
  ];
  writeFileSync(join(dir, 'const.csv'), ['x,y', ...Array.from({ length: 100 }, (_, i) => `1,${i}`)].join('\n'));
  for (const [what, flags, message, code] of cases) {
    it(what, async () => {
      const error = await initPolicy({ data: 'churn.csv', cwd: dir, ...flags }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InitError);
      expect((error as InitError).message).toMatch(message);
      expect((error as InitError).message).not.toContain('\n');
      expect((error as InitError).code).toBe(code);
    });
  }
});
