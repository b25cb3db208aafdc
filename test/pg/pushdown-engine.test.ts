/**
 * Issue 11's acceptance for the pushdown, on every example model against the real server: the
 * report with the current side computed in PostgreSQL (`pushdown: auto`, reference from a
 * profile) equals the report with the same current rows read from the example file and profiled
 * by modelwatch (test/profile/examples.test.ts shows that one equals the raw report within the
 * bounds it states), check by check: the same status, value and message but for where the
 * current numbers came from. Each policy runs as it is — `auto` reads rows because of the checks
 * that cannot be computed in the database, and says so on them; `required` refuses with their
 * names — and without those checks, when it is pushed down.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine/model.js';
import { profileModel } from '../../src/engine/profile-model.js';
import { pushdownBlockers } from '../../src/engine/pushdown.js';
import type { CheckReport, ModelReport } from '../../src/engine/report.js';
import type { Policy, Pushdown } from '../../src/policy/types.js';
import { profileJson, readProfile } from '../../src/profile/json.js';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { ROOT } from './server.js';

const validateProfile = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true }).compile(JSON.parse(readFileSync(`${ROOT}schema/profile.v1.schema.json`, 'utf8')) as object);
import { exampleFileOf, examplePolicies, exampleTable, freshSchema, loadExampleTables, pgSpec, pgUrl, withClient } from './server.js';
import { loadPolicies } from '../../src/engine/run.js';

const NOW = new Date('2026-11-24T06:00:00Z');

/** What each example model's checks need of current rows (the same lists as test/profile/examples.test.ts's, plus rules). */
const BLOCKERS: Record<string, readonly string[]> = {
  'adult-income': ['plausible-rows'],
  'adult-income-labels': ['auc', 'accuracy-vs-reference', 'f1-by-sex', 'calibration', 'error-rate-changes'],
  'adult-income-shifted': ['joint-drift'],
  'diabetes-progression': ['mean-residual', 'large-errors'],
  'offer-ranker': ['latency-p95-by-segment', 'server-errors-by-segment', 'throughput', 'acceptance-when-offered', 'revenue-per-request', 'offer-precision-web'],
  'wine-cultivar': [],
};

const close = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** Numbers of a check's details, in order (drift columns' statistics, p-values, bounds …). */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbers(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numbers(v, out);
  return out;
}

function expectSameChecks(pushed: ModelReport, profiled: ModelReport): void {
  expect(pushed.error).toBeNull();
  expect(pushed.checks.map((c) => c.id)).toEqual(profiled.checks.map((c) => c.id));
  expect(pushed.rows).toEqual(profiled.rows);
  expect(pushed.window).toEqual(profiled.window);
  profiled.checks.forEach((p: CheckReport, i) => {
    const d = pushed.checks[i]!;
    expect([d.status, d.code], p.id).toEqual([p.status, p.code]);
    expect(close(d.value, p.value), `${p.id}: ${d.value} vs ${p.value}`).toBe(true);
    expect(d.message.replace(/[-\d.e]+/g, '#'), p.id).toBe(p.message.replace('current from a profile', 'current computed in the database').replace(/[-\d.e]+/g, '#'));
    if (p.aggregates?.current !== undefined) expect(d.aggregates?.current, p.id).toBe('database');
    const a = numbers(d.details);
    const b = numbers(p.details);
    expect(a.length, p.id).toBe(b.length);
    a.forEach((x, k) => expect(close(x, b[k]), `${p.id} detail ${k}: ${x} vs ${b[k]}`).toBe(true));
  });
}

/** The pushed-down policy's report equals the one with the current file profiled by modelwatch. */
async function expectPushedAsProfiled(pushable: Policy, inDatabase: Policy, currentProfile: string): Promise<void> {
  writeFileSync(currentProfile, profileJson(await profileModel(pushable, { side: 'current', now: NOW })));
  const profiled = await evaluateModel({ ...pushable, data: { ...pushable.data, current: { kind: 'profile', path: currentProfile } } }, NOW);
  const pushed = await evaluateModel(inDatabase, NOW);
  expectSameChecks(pushed, profiled);
  // `modelwatch profile --side current --bits 4` pushes down too, and writes a profile its schema and reader accept.
  const written = profileJson(await profileModel(inDatabase, { side: 'current', now: NOW, bits: 4 }));
  const parsed = JSON.parse(written) as { computed: string; bits: number };
  expect([parsed.computed, parsed.bits]).toEqual(['database', 4]);
  expect(validateProfile(parsed), JSON.stringify(validateProfile.errors)).toBe(true);
  expect(readProfile(written, 'pushed.json').ok).toBe(true);
  expect(pushed.checks.filter((c) => c.aggregates?.current === 'database').length).toBeGreaterThan(0);
}

describe.skipIf(pgUrl() === undefined)('every example model with its current data computed in PostgreSQL', () => {
  let policies: Policy[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'modelwatch-pushdown-'));
  beforeAll(async () => {
    await loadExampleTables();
    policies = await examplePolicies();
  });

  it('knows which checks of each example need current rows', () => {
    expect(Object.fromEntries(policies.map((p) => [p.model.name, [...pushdownBlockers(p).keys()]]))).toEqual(BLOCKERS);
  });

  for (const name of Object.keys(BLOCKERS)) {
    it(`${name}: pushed down equals profiled from the file; auto reads rows for the checks that need them, required refuses`, async () => {
      const policy = policies.find((p) => p.model.name === name)!;
      const referenceProfile = join(dir, `${name}.json`);
      writeFileSync(referenceProfile, profileJson(await profileModel(policy, { side: 'reference', now: NOW })));
      const file = exampleFileOf(policy.data.current)!;
      const withProfile: Policy = { ...policy, data: { ...policy.data, reference: { kind: 'profile', path: referenceProfile } } };
      const inDatabase = (p: Policy, pushdown: Pushdown): Policy => ({ ...p, data: { ...p.data, current: { ...pgSpec({ table: exampleTable(file) }), pushdown } } });
      const blocked = BLOCKERS[name]!;

      // Without the checks that need rows: computed in the database, equal to the current file profiled.
      const pushable: Policy = { ...withProfile, checks: withProfile.checks.filter((c) => !blocked.includes(c.id)) };
      // adult-income-labels: every check joins late labels by id, so none is left to push down.
      if (pushable.checks.length > 0) await expectPushedAsProfiled(pushable, inDatabase(pushable, 'required'), join(dir, `${name}.current.json`));
      else expect(name).toBe('adult-income-labels');

      // As written, with pushdown: auto: pushed down when nothing blocks it; else rows read, the
      // same report as from rows in PostgreSQL, and the blocking checks say why.
      const auto = await evaluateModel(inDatabase(withProfile, 'auto'), NOW);
      if (blocked.length === 0) {
        const pushed = await evaluateModel(inDatabase(withProfile, 'required'), NOW);
        expect(auto.checks.map((c) => [c.id, c.status, c.value, c.message, c.aggregates])).toEqual(pushed.checks.map((c) => [c.id, c.status, c.value, c.message, c.aggregates]));
        expect((await evaluateModel(inDatabase(withProfile, 'required'), NOW)).error).toBeNull();
        return;
      }
      const rows = await evaluateModel(inDatabase(withProfile, 'never'), NOW);
      expect(auto.checks.map((c) => [c.id, c.status, c.value])).toEqual(rows.checks.map((c) => [c.id, c.status, c.value]));
      auto.checks.forEach((c, i) => {
        expect(c.aggregates?.current, c.id).toBeUndefined();
        const note = blocked.includes(c.id) ? / \(not computed in the database: .+; the current rows were read instead\)$/ : null;
        if (note === null) expect(c.message, c.id).toBe(rows.checks[i]!.message);
        else expect(c.message, c.id).toMatch(note);
      });

      // pushdown: required: the model is an error that names every blocking check.
      const required = await evaluateModel(inDatabase(withProfile, 'required'), NOW);
      expect([required.status, required.error_code]).toEqual(['error', 'profile/pushdown']);
      for (const id of blocked) expect(required.error).toContain(`check "${id}"`);
    });
  }
});

describe.skipIf(pgUrl() === undefined)('a column the pushdown cannot read as the row path does', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('pushdown_kinds'));
    // Numbers kept as text, declared numeric: the row path parses the text, the pushdown does not.
    await withClient((client) => client.query(`CREATE TABLE ${schema}.scores AS SELECT (i * 0.5)::text AS amount, (i % 3)::text AS tier FROM generate_series(1, 300) AS i`));
  });
  afterAll(() => drop());

  it('auto reads rows and says why on every check; required is the model\'s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelwatch-pushdown-kinds-'));
    const policyOf = (pushdown: Pushdown): string => `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: text-amounts, task: regression }
columns:
  features: { numerical: [amount], categorical: [tier] }
data:
  current: { postgres: { url: "\${PG_URL}", table: ${schema}.scores, pushdown: ${pushdown} } }
checks:
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.1 } }
`;
    const run = async (pushdown: Pushdown): Promise<ModelReport> => {
      writeFileSync(join(dir, `${pushdown}.yaml`), policyOf(pushdown));
      const loaded = await loadPolicies([join(dir, `${pushdown}.yaml`)], { cwd: dir, env: { PG_URL: pgUrl()! } });
      expect(loaded.errors).toEqual([]);
      return evaluateModel(loaded.policies[0]!, NOW);
    };
    const auto = await run('auto');
    const never = await run('never');
    expect(auto.checks.map((c) => [c.status, c.value])).toEqual(never.checks.map((c) => [c.status, c.value]));
    expect(auto.checks[0]!.aggregates).toBeUndefined();
    expect(auto.checks[0]!.message).toBe(`${never.checks[0]!.message} (not computed in the database: column "amount" cannot be pushed down: it is categorical in the database and declared numeric: the row path parses its text, which the pushdown does not; read it as rows (pushdown: never); the current rows were read instead)`);
    const required = await run('required');
    expect([required.status, required.error_code]).toEqual(['error', 'profile/pushdown']);
    expect(required.error).toContain('column "amount" cannot be pushed down');
  });
});
