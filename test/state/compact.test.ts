import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES_BY_SEVERITY } from '../../src/checks/status.js';
import { appendRecord, emptyHistory, parseHistory, serializeHistory } from '../../src/state/compact.js';
import { MODEL_NAME } from '../../src/state/layout.js';
import type { DailySummary, ModelHistory, RunRecord } from '../../src/state/record.js';
import { KEPT_DAYS, KEPT_RUNS } from '../../src/state/store.js';
import { hoursAfter, runRecord } from './records.js';

const START = '2026-01-01T00:00:00.000Z';

function appendAll(records: readonly RunRecord[], history: ModelHistory | null = null): ModelHistory {
  return records.reduce<ModelHistory | null>((h, r) => appendRecord(h, r), history) as ModelHistory;
}

describe('appendRecord', () => {
  it('replaces a stored record of the same run id (a rerun leaves one record)', () => {
    const first = runRecord({ id: '101', at: START, checks: { auc: 0.81 } });
    const second = runRecord({ id: '102', at: hoursAfter(START, 1), checks: { auc: 0.8 } });
    const rerun = runRecord({ id: '101', at: hoursAfter(START, 2), attempt: 2, checks: { auc: 0.79 } });
    const history = appendAll([first, second, rerun]);
    expect(history.runs.map((r) => [r.run.id, r.run.attempt, r.checks[0]?.value])).toEqual([
      ['102', 1, 0.8],
      ['101', 2, 0.79],
    ]);
  });

  it('keeps records oldest first by time whatever order they arrive in', () => {
    const at = [5, 1, 3, 0, 4, 2].map((h) => hoursAfter(START, h));
    const history = appendAll(at.map((t, i) => runRecord({ id: `r${i}`, at: t })));
    expect(history.runs.map((r) => r.at)).toEqual([...at].sort());
  });

  it('refuses a record of another model, and one that would not read back', () => {
    expect(() => appendRecord(emptyHistory('fraud'), runRecord({ id: '1', at: START }))).toThrow(/model "churn".*"fraud"/);
    const nan = runRecord({ id: '1', at: START, checks: { auc: Number.NaN } });
    expect(() => appendRecord(null, nan)).toThrow(/record\.checks\[0\]\.value: expected a finite number or null/);
    const infinite = { ...runRecord({ id: '1', at: START }), checks: [{ ...runRecord({ id: '1', at: START }).checks[0]!, thresholds: { lt: Infinity } }] };
    expect(() => appendRecord(null, infinite)).toThrow(/Infinity cannot be written as JSON/);
  });

  it(`folds the records beyond ${KEPT_RUNS} into one summary per UTC day, merged with the day's entry`, () => {
    // Six runs a day (every 4 h) with values and statuses that vary, KEPT_RUNS + 20 of them.
    const statuses = ['pass', 'warn', 'pass', 'fail', 'pass', 'no_data'] as const;
    const records = Array.from({ length: KEPT_RUNS + 20 }, (_, i) =>
      runRecord({ id: String(1000 + i), at: hoursAfter(START, 4 * i), checks: { auc: { value: i % 6 === 5 ? null : 0.7 + (i % 7) / 100, status: statuses[i % 6]! }, rows: i } }),
    );
    const history = appendAll(records);
    expect(history.runs).toHaveLength(KEPT_RUNS);
    expect(history.runs[0]?.run.id).toBe('1020');
    const folded = records.slice(0, 20);
    // The expected summaries, computed directly from the folded records.
    const expected = new Map<string, DailySummary>();
    for (const r of folded) {
      const day = r.at.slice(0, 10);
      const of = folded.filter((f) => f.at.slice(0, 10) === day);
      const values = (id: string): number[] => of.map((f) => f.checks.find((c) => c.id === id)?.value ?? null).filter((v): v is number => v !== null);
      // The worst by the documented order (fail, error, pending, warn, no_data, pass, ...).
      const worst = STATUSES_BY_SEVERITY.find((s) => of.some((f) => f.checks[0]?.status === s))!;
      expected.set(day, {
        day,
        runs: of.length,
        last_at: of[of.length - 1]!.at,
        checks: {
          auc: { worst, last: values('auc').at(-1)!, min: Math.min(...values('auc')), max: Math.max(...values('auc')) },
          rows: { worst: 'pass', last: values('rows').at(-1)!, min: Math.min(...values('rows')), max: Math.max(...values('rows')) },
        },
      });
    }
    expect(history.daily).toEqual([...expected.values()]);
    // Nothing lost: every run is either kept whole or counted in its day.
    expect(history.runs.length + history.daily.reduce((n, d) => n + d.runs, 0)).toBe(records.length);
    // The day split across the boundary: its first runs folded, the rest still whole.
    const boundary = history.runs[0]!.at.slice(0, 10);
    expect(history.daily.at(-1)?.day).toBe(boundary);
  });

  it('keeps the last value of the latest run when a late, older record is folded into a day', () => {
    const base = appendAll(Array.from({ length: KEPT_RUNS + 1 }, (_, i) => runRecord({ id: String(i), at: hoursAfter(START, i), checks: { auc: 0.9 } })));
    expect(base.daily).toEqual([{ day: '2026-01-01', runs: 1, last_at: START, checks: { auc: { worst: 'pass', last: 0.9, min: 0.9, max: 0.9 } } }]);
    // A record that arrives late, from before every kept run, is folded at once.
    const late = appendRecord(base, runRecord({ id: 'late', at: '2025-12-31T23:00:00.000Z', checks: { auc: 0.5 } }));
    expect(late.runs).toEqual(base.runs);
    expect(late.daily.map((d) => d.day)).toEqual(['2025-12-31', '2026-01-01']);
    const later = appendRecord(base, runRecord({ id: 'late', at: '2026-01-01T00:00:00.000Z', checks: { auc: 0.5 } }));
    // Same `at` as the day's latest: ties go to the one folded afterwards, so `last` moves.
    expect(later.daily[0]?.checks['auc']).toEqual({ worst: 'pass', last: 0.5, min: 0.5, max: 0.9 });
    const earlier: ModelHistory = { ...base, daily: [{ ...base.daily[0]!, last_at: '2026-01-01T12:00:00.000Z' }] };
    const folded = appendRecord(earlier, runRecord({ id: 'late2', at: '2026-01-01T00:30:00.000Z', checks: { auc: 0.5 } }));
    expect(folded.daily.find((d) => d.day === '2026-01-01')).toEqual({ day: '2026-01-01', runs: 2, last_at: '2026-01-01T12:00:00.000Z', checks: { auc: { worst: 'pass', last: 0.9, min: 0.5, max: 0.9 } } });
  });

  it(`drops daily summaries older than the last ${KEPT_DAYS} UTC days`, () => {
    const now = new Date('2026-12-02T10:00:00.000Z');
    const day = (daysAgo: number): DailySummary => ({
      day: new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10),
      runs: 1,
      last_at: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
      checks: {},
    });
    const history: ModelHistory = { v: 1, model: 'churn', runs: [], daily: [day(KEPT_DAYS + 3), day(KEPT_DAYS), day(KEPT_DAYS - 1), day(10)] };
    const next = appendRecord(history, runRecord({ id: 'x', at: now.toISOString() }), now);
    expect(next.daily.map((d) => d.day)).toEqual([day(KEPT_DAYS - 1).day, day(10).day]);
    // Without `now`, the newest record's time is the clock: the result depends on the inputs only.
    expect(appendRecord(history, runRecord({ id: 'x', at: now.toISOString() }))).toEqual(next);
  });

  it('property: ids stay unique, records sorted and capped, and every stored run counted once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 260 }), fc.integer({ min: 0, max: 2000 })), { minLength: 210, maxLength: 280 }), (ops) => {
        let history: ModelHistory | null = null;
        // Appends that did not replace a whole record. (A rerun of a run already folded into
        // its day is stored whole again: replacement by run id applies to whole records.)
        let added = 0;
        for (const [id, hour] of ops) {
          const key = String(id);
          if (!(history?.runs.some((r) => r.run.id === key) ?? false)) added++;
          history = appendRecord(history, runRecord({ id: key, at: hoursAfter(START, hour) }));
        }
        const h = history as ModelHistory;
        const ids = h.runs.map((r) => r.run.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(h.runs.length).toBeLessThanOrEqual(KEPT_RUNS);
        const times = h.runs.map((r) => Date.parse(r.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        // Spread over at most 2000 h (< KEPT_DAYS days), so no day is dropped.
        expect(h.runs.length + h.daily.reduce((n, d) => n + d.runs, 0)).toBe(added);
      }),
      { numRuns: 3 },
    );
  });
});

describe('serializeHistory', () => {
  it('writes identical bytes for an unchanged history, whatever the key order it was built in', () => {
    const history = appendAll(Array.from({ length: KEPT_RUNS + 3 }, (_, i) => runRecord({ id: String(i), at: hoursAfter(START, 5 * i) })));
    const text = serializeHistory(history);
    const reversed = JSON.parse(JSON.stringify(history), function (this: unknown, _key, value: unknown) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as ModelHistory;
    expect(serializeHistory(reversed)).toBe(text);
    const parsed = parseHistory(text, 'churn');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.history).toEqual(history);
    expect(serializeHistory(parsed.history)).toBe(text);
    // Appending a record that is already there, unchanged, changes no byte.
    expect(serializeHistory(appendRecord(parsed.history, history.runs.at(-1)!))).toBe(text);
  });

  it('puts one record or day on a line, so that a new run is a one-line change', () => {
    const one = appendAll([runRecord({ id: '1', at: START })]);
    const two = appendRecord(one, runRecord({ id: '2', at: hoursAfter(START, 1) }));
    const a = serializeHistory(one).split('\n');
    const b = serializeHistory(two).split('\n');
    expect(b.length - a.length).toBe(1);
    expect(b.filter((line) => !a.includes(line)).length).toBe(2); // the new line, and the one before it gains a comma
    expect(serializeHistory(emptyHistory('churn'))).toBe('{"v":1,"model":"churn","runs":[],"daily":[]}\n');
  });
});

describe('parseHistory', () => {
  const good = serializeHistory(appendAll([runRecord({ id: '1', at: START })]));
  const edit = (change: (data: Record<string, unknown>) => void): string => {
    const data = JSON.parse(good) as Record<string, unknown>;
    change(data);
    return JSON.stringify(data);
  };
  const run = (data: Record<string, unknown>): Record<string, unknown> => (data['runs'] as Record<string, unknown>[])[0]!;

  it.each([
    ['not JSON', '{"v":1,', /models\/churn\.json: not valid JSON/],
    ['an array', '[]', /not a modelwatch history \(expected a JSON object\)/],
    ['a newer format', edit((d) => (d['v'] = 2)), /written by a newer modelwatch \(history format v2; this version reads v1\): upgrade modelwatch/],
    ['another model', edit((d) => (d['model'] = 'fraud')), /holds the history of model "fraud", expected "churn"/],
    ['an unknown key', edit((d) => (d['extra'] = 1)), /unknown key "extra"/],
    ['runs not an array', edit((d) => (d['runs'] = {})), /"runs" must be an array/],
    ['a value of the wrong type', edit((d) => ((run(d)['checks'] as Record<string, unknown>[])[0]!['value'] = 'high')), /runs\[0\]\.checks\[0\]\.value: expected a finite number or null, got "high"/],
    ['a bad time', edit((d) => (run(d)['at'] = 'yesterday')), /runs\[0\]\.at: expected an ISO 8601 time, got "yesterday"/],
    ['a bad status', edit((d) => (run(d)['status'] = 'ok')), /runs\[0\]\.status: expected a status, got "ok"/],
    ['a bad fingerprint', edit((d) => ((run(d)['sources'] as Record<string, unknown>[])[0]!['fingerprint'] = 'md5:00')), /runs\[0\]\.sources\[0\]\.fingerprint/],
    ['a record of another model', edit((d) => (run(d)['model'] = 'fraud')), /runs\[0\]\.model: expected "churn"/],
    ['a run twice', edit((d) => (d['runs'] = [run(d), run(d)])), /runs\[1\]: run id "1" appears twice/],
    ['a bad day', edit((d) => (d['daily'] = [{ day: '2026-13-45', runs: 1, last_at: START, checks: {} }])), /daily\[0\]\.day: expected a UTC day/],
  ])('rejects %s with a message naming the file and the field', (_name, text, message) => {
    const parsed = parseHistory(text, 'churn');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/^models\/churn\.json: /);
    expect(parsed.message).toMatch(message);
    expect(parsed.message).toMatch(/left as it is; fix it or move it aside/);
  });

  it('names the file it is given', () => {
    const parsed = parseHistory('', 'churn', 'branch modelwatch/state: models/churn.json');
    expect(parsed.ok ? '' : parsed.message).toMatch(/^branch modelwatch\/state: models\/churn\.json: not valid JSON/);
  });
});

it('accepts exactly the model names the policy schema accepts', () => {
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schema/policy.v1.schema.json'), 'utf8')) as { $defs: { name: { pattern: string } } };
  expect(MODEL_NAME.source).toBe(schema.$defs.name.pattern);
});
