import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicyFile } from '../../src/policy/load.js';

/**
 * Every deliberately broken policy in test/fixtures/policies/broken/ and exactly the errors it
 * must produce, as `file:line:column: message` (file relative to the broken/ folder). Positions
 * were counted by hand in each fixture (1-based line and column).
 */
const EXPECTED: Record<string, readonly string[]> = {
  'bad-cooldown': ['25:13: "cooldown" must be a duration such as 30m, 6h, 7d, 2w or 3 runs, got "soon"'],
  'bad-model-name': ['4:9: "name" must be a model name of lowercase letters, digits, ".", "_" and "-" (at most 63 characters, starting with a letter or digit), got "Churn Model"'],
  'bad-owner': ['6:12: "owners[0]" must be a GitHub owner such as "@org/team" or "@user", got "churn-team"'],
  'bad-retraining-for': ['23:34: "for" must be a number of runs such as "1 run" or "3 runs", got "2d"'],
  'bad-window': ['15:11: "window" must be a time span such as 30m, 6h, 7d or 2w, got "7 days"'],
  'between-one-number': ['21:22: "between" must be a pair [low, high] of numbers, got [0.1]'],
  'between-reversed': ['21:22: "between" must be [low, high] with low ≤ high, got [0.5, 0.1]'],
  'bins-out-of-range': ['18:11: "bins" must be an integer from 2 to 100, got 1'],
  'check-without-id': ['16:5: missing required key "id" in "checks[0]"'],
  'check-without-type': ['16:5: missing required key "type" in "checks[0]"'],
  'checks-not-a-list': ['16:3: "checks" must be a list of checks (at least one), got a mapping'],
  'data-without-current': ['13:3: missing required key "current" in "data"'],
  'defaults-min-samples-zero': ['16:16: "min_samples" must be an integer ≥ 1, got 0'],
  'duplicate-check-id': ['18:9: duplicate check id "drift" (first used on line 16)'],
  'duplicate-ids-without-id-column': ['19:13: metric duplicate_ids needs columns.id'],
  'empty-file': ['1:1: the policy file is empty: expected apiVersion, kind, model, data and checks'],
  'empty-threshold': ['21:11: "fail" must be a threshold with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in, or vs: reference with relative/absolute), got an empty mapping'],
  'features-item-not-string': ['18:24: "features[1]" must be a column name, got 3'],
  'features-not-a-list': ['18:15: "features" must be "all" or a list of column names, got "some"'],
  'key-of-other-check-type': ['18:5: unknown key "metric" in a drift check (allowed: id, type, description, min_samples, for, keep_firing_for, inhibits, features, method, per_feature, p_value, dataset, bins, correction, min_effect, effect, by, min_group_size)'],
  'labels-without-join': ['14:11: "labels" needs "join" (the id column shared with predictions) because columns.id is not set'],
  'metric-without-threshold': ['20:13: metric missing_share needs a "warn" or "fail" threshold'],
  'min-samples-not-integer': ['18:18: "min_samples" must be an integer ≥ 1, got "many"'],
  'missing-env-var': ['14:20: environment variable PREDICTIONS_DIR is not set'],
  'misspelt-check-key': ['18:5: unknown key "per_featur" in a drift check (did you mean "per_feature"?)'],
  // One mistake, one message: not also `missing required key "name"`.
  'misspelt-model-key': ['4:3: unknown key "nmae" (did you mean "name"?)'],
  'model-without-task': ['4:3: missing required key "task" in "model"'],
  'pii-column-as-feature': ['10:69: column "email" is listed in columns.pii and cannot be a feature'],
  'pii-column-in-check': ['21:23: column "email" is listed in columns.pii: checks may not read PII columns'],
  'range-min-above-max': ['22:12: "range" must have min ≤ max, got min 10 and max 1'],
  'range-on-other-metric': ['22:5: "range" applies only to metric out_of_range_share, not missing_share'],
  'relative-without-vs': ['21:13: "relative" compares against the reference or the previous run: add "vs: reference" or "vs: previous" beside it'],
  'retraining-unknown-check': ['23:25: retraining.when.any_failing names unknown check "drfit" (did you mean "drift"?)'],
  'silence-bad-date': ['24:16: "until" must be a date (2026-12-31) or a date-time with a zone (2026-12-31T18:00:00Z), got "next week"'],
  'silence-impossible-date': ['24:16: "until" is not a real date: "2026-02-30"'],
  'silence-unknown-check': ['24:25: silence names unknown check "mising" (did you mean "missing"?)'],
  'threshold-not-number': ['21:17: "gt" must be a number, got "high"'],
  'two-mistakes': ['5:3: unknown key "runbok" (did you mean "runbook"?)', '19:11: "bins" must be an integer from 2 to 100, got "ten"'],
  'unknown-check-type': ['17:11: unknown check type "drfit" (did you mean "drift"?)'],
  'unknown-column': ['18:16: column "tenur" is not declared in columns (did you mean "tenure"?)'],
  'unknown-comparator': ['21:13: unknown key "gtt" (did you mean "gt"?)'],
  'unknown-key-top-no-suggest': ['22:1: unknown key "owner" (allowed: apiVersion, kind, model, columns, data, defaults, checks, alerting, retraining)'],
  'unknown-key-top-suggest': ['22:1: unknown key "alertng" (did you mean "alerting"?)'],
  'unknown-method': ['18:13: "method" must be one of auto, ks, chi_square, z, wasserstein, jensen_shannon, psi, kl, hellinger, got "kss" (did you mean "ks"?)'],
  'unknown-task': ['5:9: "task" must be one of binary_classification, multiclass_classification, regression, got "binary_classificaton" (did you mean "binary_classification"?)'],
  'version-as-number': ['6:12: "version" must be a string (quote numbers: "1.10"), got 1.1'],
  'vs-without-change': ['22:13: "vs: reference" needs "relative" or "absolute" conditions on the change'],
  'window-without-timestamp': ['14:3: "window" selects rows by time and needs columns.timestamp'],
  'wrong-api-version': ['1:13: "apiVersion" must be "modelwatch/v1", got "modelwatch/v2"'],
  'wrong-kind': ['2:7: "kind" must be "ModelMonitor", got "Deployment"'],
  // YAML syntax errors stop the file, each at its own position.
  'yaml-bad-indentation': ['5:4: YAML syntax: bad indentation: this line is indented more than the key above it'],
  'yaml-duplicate-key': ['6:3: YAML syntax: duplicate key "name"'],
  'yaml-tab': ['5:1: YAML syntax: tabs are not allowed for indentation in YAML; indent with spaces'],
  'yaml-unclosed-quote': ['14:20: YAML syntax: unclosed double quote: the string that starts here never ends'],
};

const BROKEN = 'test/fixtures/policies/broken';
const root = path.resolve(import.meta.dirname, '../..');

describe('loadPolicyFile on broken policies', async () => {
  const files = (await readdir(path.join(root, BROKEN))).filter((f) => f.endsWith('.yaml')).sort();

  it('has a table entry for every broken fixture, and at least 30 of them', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, messages] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const file = `${BROKEN}/${name}.yaml`;
      const { policy, errors } = await loadPolicyFile(file, { cwd: root, env: {} });
      expect(policy).toBeNull();
      const lines = errors.map(formatPolicyError);
      expect(lines).toEqual(messages.map((m) => `${file}:${m}`));
      for (const line of lines) expect(line).not.toContain('    at ');
    });
  }
});

describe('loadPolicyFile on files it cannot read', () => {
  it('reports a missing file at 1:1 without throwing', async () => {
    const { policy, errors } = await loadPolicyFile('monitors/nope.yaml', { cwd: root });
    expect(policy).toBeNull();
    expect(errors.map(formatPolicyError)).toEqual(['monitors/nope.yaml:1:1: cannot read the policy file: no such file']);
  });

  it('reports a folder given as a file', async () => {
    const { errors } = await loadPolicyFile(BROKEN, { cwd: root });
    expect(errors.map(formatPolicyError)).toEqual([`${BROKEN}:1:1: cannot read the policy file: it is a folder`]);
  });
});
