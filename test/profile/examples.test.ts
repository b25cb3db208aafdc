/**
 * Issue 11's acceptance on every example model: the report computed from a profiled reference
 * (`modelwatch profile`, then `reference: { profile: … }`) equals the report from the raw
 * reference, check by check, value by value — exactly where the profile holds the values, and
 * within the bound the report carries where it does not — and the checks that need rows say so
 * (the list below is the design's, docs/statistics.md#profiles: a new refusal fails this test).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine/model.js';
import { profileModel } from '../../src/engine/profile-model.js';
import type { CheckReport } from '../../src/engine/report.js';
import { loadPolicies } from '../../src/engine/run.js';
import type { DriftColumnDetail } from '../../src/checks/details.js';
import type { Policy } from '../../src/policy/types.js';
import { profileJson } from '../../src/profile/json.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const NOW = new Date('2026-11-24T06:00:00Z');

/** Checks that read rows of the reference, by model: each must be refused with the code given. */
const REFUSED: Record<string, Record<string, string>> = {
  'adult-income': {},
  'adult-income-labels': { auc: 'profile/rows-needed' },
  'adult-income-shifted': { 'joint-drift': 'profile/rows-needed' },
  'diabetes-progression': {},
  'offer-ranker': { 'latency-p95-by-segment': 'profile/rows-needed', 'server-errors-by-segment': 'profile/rows-needed' },
  'wine-cultivar': {},
};

/** With the current side profiled too: the checks that read current rows. */
const REFUSED_CURRENT: Record<string, Record<string, string>> = {
  'adult-income': {},
  'adult-income-labels': { 'accuracy-vs-reference': 'profile/rows-needed', 'f1-by-sex': 'profile/rows-needed', calibration: 'profile/rows-needed', 'error-rate-changes': 'profile/rows-needed' },
  'adult-income-shifted': {},
  'diabetes-progression': { 'mean-residual': 'profile/rows-needed', 'large-errors': 'profile/rows-needed' },
  'offer-ranker': { throughput: 'profile/rows-needed', 'acceptance-when-offered': 'profile/rows-needed', 'revenue-per-request': 'profile/rows-needed', 'offer-precision-web': 'profile/rows-needed' },
  'wine-cultivar': {},
};

/** Business KPIs compare with a reference value computed from reference rows: without them, `vs: reference` cannot be judged. */
const WITHOUT_REFERENCE: Record<string, readonly string[]> = {
  'diabetes-progression': ['large-errors'],
  'offer-ranker': ['acceptance-when-offered', 'revenue-per-request'],
};

const close = (a: number | null | undefined, b: number | null | undefined, bound = 0): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= bound + 1e-12 * Math.max(1, Math.abs(b)));

function compareDrift(raw: CheckReport, fromProfile: CheckReport): { exact: number; bounded: number } {
  const rawColumns = (raw.details as { columns: DriftColumnDetail[] }).columns;
  const columns = (fromProfile.details as { columns: DriftColumnDetail[] }).columns;
  expect(columns.map((c) => c.column)).toEqual(rawColumns.map((c) => c.column));
  let exact = 0;
  let bounded = 0;
  columns.forEach((c, i) => {
    const r = rawColumns[i]!;
    const bound = c.bound ?? 0;
    expect(close(c.statistic, r.statistic, bound), `${raw.id}/${c.column}: ${c.statistic} vs ${r.statistic} (bound ${bound})`).toBe(true);
    expect([c.method, c.reference_rows, c.current_rows]).toEqual([r.method, r.reference_rows, r.current_rows]);
    if (bound === 0) {
      exact++;
      expect(c.status, `${raw.id}/${c.column}`).toBe(r.status);
      expect(close(c.p_value, r.p_value)).toBe(true);
    } else bounded++;
  });
  return { exact, bounded };
}

describe('every example model from a profiled reference', () => {
  let policies: Policy[] = [];
  const counts = { exact: 0, bounded: 0 };
  const dir = mkdtempSync(join(tmpdir(), 'modelwatch-profile-'));
  beforeAll(async () => {
    const loaded = await loadPolicies([`${ROOT}examples/monitors`], { cwd: ROOT, env: {} });
    expect(loaded.errors).toEqual([]);
    policies = loaded.policies;
  });

  it('covers every example model', () => {
    expect(policies.map((p) => p.model.name).sort()).toEqual(Object.keys(REFUSED).sort());
  });

  for (const [name, both] of Object.keys(REFUSED).flatMap((n) => [[n, false], [n, true]] as const)) {
    it(`${name}: the report from a profiled reference${both ? ' and current' : ''} equals the raw one's, exactly or within the stated bound`, async () => {
      const policy = policies.find((p) => p.model.name === name)!;
      const file = join(dir, `${name}.json`);
      writeFileSync(file, profileJson(await profileModel(policy, { side: 'reference', now: NOW })));
      let profiled: Policy = { ...policy, data: { ...policy.data, reference: { kind: 'profile', path: file } } };
      if (both) {
        const current = join(dir, `${name}.current.json`);
        writeFileSync(current, profileJson(await profileModel(policy, { side: 'current', now: NOW })));
        profiled = { ...profiled, data: { ...profiled.data, current: { kind: 'profile', path: current } } };
      }
      const note = both ? ' (reference from a profile; current from a profile)' : ' (reference from a profile)';
      const refusedHere = both ? { ...REFUSED[name], ...REFUSED_CURRENT[name] } : REFUSED[name]!;
      const raw = await evaluateModel(policy, NOW);
      const fromProfile = await evaluateModel(profiled, NOW);
      expect(fromProfile.error).toBeNull();
      expect(fromProfile.checks.map((c) => c.id)).toEqual(raw.checks.map((c) => c.id));
      expect(fromProfile.rows).toEqual(raw.rows);
      let exact = 0;
      let bounded = 0;
      raw.checks.forEach((r, i) => {
        const p = fromProfile.checks[i]!;
        const refused = refusedHere[r.id];
        if (refused !== undefined) {
          expect([p.status, p.code], r.id).toEqual(['error', refused]);
          return;
        }
        if (WITHOUT_REFERENCE[name]?.includes(r.id)) {
          expect([p.status, p.code], r.id).toEqual(['error', 'check/no-reference']);
          return;
        }
        if (p.aggregates === undefined) {
          // A check that reads only current rows ran without the reference (its reference value is gone).
          expect([p.status, p.value, p.message, p.reference_value ?? null], r.id).toEqual([r.status, r.value, r.message, null]);
          return;
        }
        if (both && p.aggregates?.reference === undefined) {
          // A check of current rows only (a rule, freshness) read the current profile without the reference.
          expect([p.status, p.value, p.message], r.id).toEqual([r.status, r.value, `${r.message} (current from a profile)`]);
          return;
        }
        expect(p.aggregates, r.id).toEqual(both ? { reference: 'profile', current: 'profile' } : { reference: 'profile' });
        expect(p.message.endsWith(note), r.id).toBe(true);
        if (r.type === 'drift') {
          const counted = compareDrift(r, p);
          exact += counted.exact;
          bounded += counted.bounded;
        }
        const bound = p.bound ?? 0;
        expect(close(p.value, r.value, r.type === 'drift' ? Infinity : bound), `${r.id} value ${p.value} vs ${r.value}`).toBe(true);
        expect(close(p.reference_value, r.reference_value, bound), `${r.id} reference value ${p.reference_value} vs ${r.reference_value}`).toBe(true);
        if (bound === 0 && (r.type !== 'drift' || (p.details as { columns: DriftColumnDetail[] }).columns.every((c) => (c.bound ?? 0) === 0))) {
          expect(p.status, r.id).toBe(r.status);
          // Attribution reweights reference rows: off from aggregates, so its clause is not in the message.
          expect(p.message, r.id).toBe(`${r.message.replace(/; (most|the largest part) of the \w+ follows [^;]*?\)(?=;|$)/, '')}${note}`);
        }
      });
      counts.exact += exact;
      counts.bounded += bounded;
    });
  }

  it('computes most drift columns exactly, the rest within their bound', () => {
    // adult: fnlwgt, capital_gain and capital_loss have over 10,000 distinct values (bounded); the rest are exact.
    expect(counts.exact).toBeGreaterThan(2 * counts.bounded);
    expect(counts.bounded).toBeGreaterThan(0);
  });
});
