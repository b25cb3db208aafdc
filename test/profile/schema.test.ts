/**
 * schema/profile.v1.schema.json against what the code writes and reads: every profile
 * profileTable makes of the example models (reference side with the policy's needs alone,
 * current side against the reference, as `modelwatch profile` makes them), a merge of two
 * windows, a joint rounded to fit its limit, a joint that did not fit, and a rule that failed —
 * each validates as profileJson writes it. The other way round: documents the schema refuses are
 * refused by readProfile too, and no mutation of a real profile that readProfile accepts is
 * refused by the schema (readProfile checks more than a schema can say, never less).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSource } from '../../src/data/sources/registry.js';
import type { Table } from '../../src/data/table.js';
import { filterWindow } from '../../src/data/window.js';
import { declaredKinds } from '../../src/engine/model.js';
import { referenceFacts } from '../../src/profile/reference-facts.js';
import { readSources } from '../../src/engine/read-sources.js';
import { loadPolicies } from '../../src/engine/run.js';
import type { Policy } from '../../src/policy/types.js';
import { profileTable, type ProfileOrigin } from '../../src/profile/build.js';
import { profileJson, readProfile } from '../../src/profile/json.js';
import { mergeProfiles } from '../../src/profile/merge.js';
import { policyFingerprint, profileNeeds, SCORE_STEP, type ProfileNeeds } from '../../src/profile/needs.js';
import type { Profile } from '../../src/profile/types.js';
import { properties } from '../policy/schema-walk.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(new URL('../../schema/profile.v1.schema.json', import.meta.url), 'utf8')) as { $id: string; $schema: string };
// The options a user's editor or CI would need: ajv's strict mode, union types, the column discriminator.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true });
const validate = ajv.compile(schema);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function errors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** A profile as profileJson writes it, parsed: what the schema describes. */
const written = (p: Profile): Json => JSON.parse(profileJson(p)) as Json;

interface Model {
  readonly policy: Policy;
  readonly reference: Table;
  readonly current: Table;
  readonly referenceNeeds: ProfileNeeds;
  readonly currentNeeds: ProfileNeeds;
  readonly origin: (side: 'reference' | 'current', window?: Profile['window']) => Promise<ProfileOrigin>;
}

/** A model's reference and current tables, read as `modelwatch profile` reads them, with the needs of each side. */
async function modelOf(policy: Policy): Promise<Model> {
  const read = { options: { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) }, timestampColumn: policy.columns.timestamp };
  const [reference, current] = await readSources([{ spec: policy.data.reference!, window: null }, { spec: policy.data.current, window: null }], read);
  return {
    policy,
    reference: reference!,
    current: current!,
    referenceNeeds: profileNeeds(policy, null),
    currentNeeds: profileNeeds(policy, referenceFacts(reference!)),
    origin: async (side, window = null) => ({
      model: policy.model.name,
      fingerprint: policyFingerprint(policy),
      source: await describeSource(side === 'reference' ? policy.data.reference! : policy.data.current),
      computed: 'rows',
      window,
      version: __MODELWATCH_VERSION__,
    }),
  };
}

const models = new Map<string, Model>();
/** The profiles below, by what they show. */
const profiles = new Map<string, Profile>();
/** The same written and parsed: the documents the refusals and the mutation property start from. */
const documents = new Map<string, Json>();
/** The parts of the merged profile. */
let parts: Profile[] = [];

// Two windows of offer-ranker's current log (it starts on 2026-11-17): small, so that the mutation property below is quick.
const START = Date.parse('2026-11-17T00:00:00Z');
const NOON = Date.parse('2026-11-17T06:00:00Z');
const END = Date.parse('2026-11-17T12:00:00Z');

function model(name: string): Model {
  const found = models.get(name);
  if (found === undefined) throw new Error(`no example model "${name}"`);
  return found;
}

beforeAll(async () => {
  const loaded = await loadPolicies([`${ROOT}examples/monitors`], { cwd: ROOT, env: {} });
  expect(loaded.errors).toEqual([]);
  for (const policy of loaded.policies) models.set(policy.model.name, await modelOf(policy));
  for (const [name, m] of models) {
    profiles.set(`${name} reference`, profileTable(m.reference, m.referenceNeeds, await m.origin('reference')));
    profiles.set(`${name} current`, profileTable(m.current, m.currentNeeds, await m.origin('current')));
  }

  // Two windows of a current log, merged (as daily into weekly).
  const offers = model('offer-ranker');
  parts = await Promise.all(
    [[START, NOON], [NOON, END]].map(async ([start, end]) => profileTable(filterWindow(offers.current, offers.policy.columns.timestamp!, start!, end!).table, offers.currentNeeds, await offers.origin('current', { start: start!, end: end! }))),
  );
  const merged = mergeProfiles(parts);
  if (!merged.ok) throw new Error(merged.message);
  profiles.set('merged', merged.value);

  // The wine reference's class scores: one combination fewer than they make, and only rounded do they fit.
  const wine = model('wine-cultivar');
  const exact = profiles.get('wine-cultivar reference')!.joint!;
  profiles.set('rounded joint', profileTable(wine.reference, { ...wine.referenceNeeds, jointLimit: exact.tuples.length - 1 }, await wine.origin('reference')));
  profiles.set('joint missing', profileTable(wine.reference, { ...wine.referenceNeeds, jointLimit: 2 }, await wine.origin('reference')));
  profiles.set('rule error', profileTable(wine.reference, { ...wine.referenceNeeds, rules: ['alcohol >= 12', 'no_such_column > 0'] }, await wine.origin('reference')));

  for (const [name, p] of profiles) documents.set(name, written(p));
});

describe('schema/profile.v1.schema.json', () => {
  it('is a draft-07 schema with its $id, compiles in ajv strict mode, and describes every property', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://modelwatch.dev/schema/profile.v1.schema.json');
    const undescribed = properties(schema).filter(([, prop]) => typeof prop.description !== 'string').map(([pointer]) => pointer);
    expect(undescribed).toEqual([]);
  });

  describe('validates what profileTable makes and profileJson writes, and readProfile reads', () => {
    const valid = (name: string): void => {
      const p = profiles.get(name)!;
      expect(errors(written(p)), name).toEqual([]);
      expect(readProfile(profileJson(p), `${name}.json`), name).toEqual({ ok: true, value: p });
    };

    it('for every example model, reference side and current side (against the reference)', () => {
      expect([...models.keys()].sort()).toEqual(['adult-income', 'adult-income-labels', 'adult-income-shifted', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']);
      const seen = new Set<string>();
      for (const name of models.keys()) {
        for (const side of ['reference', 'current']) {
          valid(`${name} ${side}`);
          const p = profiles.get(`${name} ${side}`)!;
          for (const c of p.columns) {
            seen.add(c.kind);
            if (c.kind === 'numeric' && c.values !== undefined) seen.add('values');
            if (c.kind === 'numeric' && c.edges !== undefined) seen.add('edges');
          }
          if (p.ids.some((i) => typeof i.duplicates === 'number')) seen.add('ids');
          if (p.joint !== null) seen.add(p.joint.score_step === null ? 'joint' : 'rounded joint');
          if (p.rules.some((r) => 'holding' in r)) seen.add('rules');
        }
      }
      // What the examples exercise of the schema; the cases below add the rest.
      // (adult's and offer-ranker's joints are rounded at the default limit.)
      expect([...seen].sort()).toEqual(['categorical', 'edges', 'ids', 'joint', 'numeric', 'rounded joint', 'rules', 'timestamp', 'values']);
    });

    it('for a merge of two windows of a current log (daily into weekly): a window, no duplicate count, no edges', () => {
      const merged = profiles.get('merged')!;
      expect(parts.map((p) => p.rows).every((n) => n > 0)).toBe(true);
      expect(merged.window).toEqual({ start: START, end: END });
      expect(merged.rows).toBe(parts[0]!.rows + parts[1]!.rows);
      expect(merged.ids.map((i) => i.duplicates)).toEqual([null]);
      expect(merged.joint).not.toBeNull();
      for (const p of parts) expect(errors(written(p))).toEqual([]);
      valid('merged');
    });

    it('for a joint whose scores were rounded to fit its limit', () => {
      const p = profiles.get('rounded joint')!;
      expect([p.joint?.score_step, p.joint?.score_columns]).toEqual([SCORE_STEP, ['p_class_0', 'p_class_1', 'p_class_2']]);
      expect(profiles.get('wine-cultivar reference')!.joint!.score_step).toBeNull();
      valid('rounded joint');
    });

    it('for no joint aggregate, with joint_missing saying why', () => {
      const p = profiles.get('joint missing')!;
      expect(p.joint).toBeNull();
      expect(p.joint_missing).toContain('take more than 2 distinct combinations even with scores rounded to 0.001');
      valid('joint missing');
    });

    it('for a rule that could not be evaluated, beside one that was counted', () => {
      expect(profiles.get('rule error')!.rules.map((r) => ('error' in r ? 'error' : 'counted'))).toEqual(['counted', 'error']);
      valid('rule error');
    });
  });

  describe('refuses, and so does readProfile', () => {
    /** A copy of a written profile, changed. */
    const changed = (name: string, change: (doc: Record<string, Json>) => void): Json => {
      const doc = structuredClone(documents.get(name)) as Record<string, Json> | undefined;
      if (doc === undefined) throw new Error(`no document "${name}"`);
      change(doc);
      return doc;
    };
    const column = (doc: Record<string, Json>, kind: string): Record<string, Json> => (doc.columns as Record<string, Json>[]).find((c) => c.kind === kind)!;
    const numeric = (doc: Record<string, Json>): Record<string, Json> => column(doc, 'numeric');

    // [what, the document it starts from, the change, the part of readProfile's message]
    const cases: [string, string, (doc: Record<string, Json>) => void, string][] = [
      ['an extra key at the top', 'adult-income reference', (d) => (d.comment = 'hand-edited'), 'unknown key "comment"'],
      ['an extra key in a numeric column', 'adult-income reference', (d) => (numeric(d).median = 3), 'unknown key "median"'],
      ['an extra key in a categorical column', 'adult-income reference', (d) => (column(d, 'categorical').order = 'first-seen'), 'unknown key "order"'],
      ['a key of a categorical column in a numeric one', 'adult-income reference', (d) => (numeric(d).top = 1000), 'unknown key "top"'],
      ['a bucket of 5 numbers', 'adult-income reference', (d) => ((numeric(d).buckets as Json[][])[0]!.pop()), 'a malformed bucket'],
      ['a bucket of 7 numbers', 'adult-income reference', (d) => ((numeric(d).buckets as Json[][])[0]!.push(0)), 'a malformed bucket'],
      ['a wrong format string', 'adult-income reference', (d) => (d.format = 'modelwatch-profile/v2'), 'has format "modelwatch-profile/v2"'],
      ['no format', 'adult-income reference', (d) => delete d.format, 'has format undefined'],
      ['no window', 'adult-income reference', (d) => delete d.window, 'has no window'],
      ['a window of dates without a time', 'merged', (d) => (d.window = { start: '2026-11-16', end: '2026-11-24' }), 'is not an instant'],
      ['an extra key in the window', 'merged', (d) => ((d.window as Record<string, Json>).zone = 'UTC'), 'window: unknown key "zone"'],
      ['a policy_fingerprint that is not hex', 'adult-income reference', (d) => (d.policy_fingerprint = 'churn-v1'), 'not a SHA-256'],
      ['joint_missing beside a joint', 'adult-income reference', (d) => (d.joint_missing = 'too many'), 'joint_missing'],
      ['a joint_missing that is not text', 'joint missing', (d) => (d.joint_missing = 3), 'joint_missing'],
      ['an extra key in the joint', 'adult-income reference', (d) => ((d.joint as Record<string, Json>).exact = true), 'joint: unknown key "exact"'],
      ['a score column that is not a name', 'adult-income reference', (d) => ((d.joint as Record<string, Json>).score_columns = [1]), 'malformed joint'],
      ['a score step of 0', 'rounded joint', (d) => ((d.joint as Record<string, Json>).score_step = 0), 'malformed joint'],
      ['a joint of no column', 'adult-income reference', (d) => (d.joint = { columns: [], kinds: [], tuples: [[d.rows as number]], limit: 10, score_step: null, score_columns: [] }), 'no column'],
      ['a rule with an error and counts', 'rule error', (d) => Object.assign((d.rules as Record<string, Json>[])[1]!, { rows: d.rows, holding: 0, nulls: 0 }), 'unknown key "rows"'],
      ['a rule whose error is not text', 'rule error', (d) => ((d.rules as Record<string, Json>[])[1]!.error = true), 'malformed error'],
      ['an extra key in a rule count', 'adult-income reference', (d) => ((d.rules as Record<string, Json>[])[0]!.share = 0.9), 'unknown key "share"'],
      ['an extra key in an id column', 'offer-ranker reference', (d) => ((d.ids as Record<string, Json>[])[0]!.distinct = 1), 'unknown key "distinct"'],
      ['an extra key in other', 'adult-income reference', (d) => ((column(d, 'categorical').other as Record<string, Json>).share = 0), 'other: unknown key "share"'],
      ['edges under a key that is not a bin count', 'adult-income reference', (d) => ((numeric(d).edges as Record<string, Json>).ten = [1]), 'malformed edges'],
      ['a negative m2', 'adult-income reference', (d) => (numeric(d).m2 = -1), 'malformed min, max, mean or m2'],
      ['a column of an unknown kind', 'adult-income reference', (d) => (numeric(d).kind = 'decimal'), 'unknown kind "decimal"'],
      ['a fractional row count', 'adult-income reference', (d) => (d.rows = (d.rows as number) + 0.5), 'no row count'],
    ];

    for (const [what, from, change, message] of cases) {
      it(what, () => {
        const doc = changed(from, change);
        expect(errors(doc)).not.toEqual([]);
        const read = readProfile(JSON.stringify(doc), 'p.json');
        expect(read.ok).toBe(false);
        if (!read.ok) {
          expect(read.code).toBe('profile/invalid');
          expect(read.message).toContain(message);
        }
      });
    }
  });

  it('validates every document readProfile accepts: random changes to real profiles', () => {
    // The small documents (under 100 kB: the mutations then run in a few seconds), which include every special case above.
    const names = [...documents.keys()].filter((name) => JSON.stringify(documents.get(name)).length < 100_000);
    expect(names).toEqual(expect.arrayContaining(['diabetes-progression reference', 'wine-cultivar current', 'merged', 'rounded joint', 'joint missing', 'rule error']));
    const tally = { accepted: 0, refusedByBoth: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), change, (name, walk, edit) => {
        const doc = structuredClone(documents.get(name)!);
        edit(doc, walk);
        const text = JSON.stringify(doc);
        const accepted = readProfile(text, 'p.json').ok;
        const valid = validate(JSON.parse(text));
        if (accepted) tally.accepted++;
        if (!accepted && !valid) tally.refusedByBoth++;
        // Whatever readProfile reads, an editor with the schema reads too.
        if (accepted) expect(errors(JSON.parse(text)), `${name}: ${text.slice(0, 200)}…`).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    // Neither side is vacuous: some changes keep a readable profile (a renamed category, a changed sum), most do not.
    expect(tally.accepted).toBeGreaterThan(100);
    expect(tally.refusedByBoth).toBeGreaterThan(100);
  });
});

// ---- random changes to a JSON document ---------------------------------------------------------

const HEX = 'ab'.repeat(32);
/** Values that are right somewhere in a profile and wrong elsewhere. */
const anyValue: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  null, true, 0, 1, -1, 0.5, 6, 20, 21, 2 ** 53, -(2 ** 53), 1e300, '', 'x', 'numeric', 'categorical', 'timestamp', 'rows', 'database',
  'modelwatch-profile/v1', HEX, `${HEX}+${HEX}`, '2026-11-24T06:00:00.000Z', '2026-11-24', [], {}, [1], [1, 2], [1, 2, 3, 4, 5], [0, 0, 1, 1, 1, 1], ['a'], { start: '2026-11-16T00:00:00.000Z', end: '2026-11-24T00:00:00.000Z' },
);
const keyName = fc.constantFrom('extra', 'kind', 'name', 'values', 'edges', 'joint_missing', 'error', 'rows', 'count', 'missing', 'min', 'start', '10', 'categories', 'top');

type Edit = (doc: Json, walk: readonly number[]) => void;

/** The node a walk of child indices reaches (stopping at a leaf), with its parent and key. */
function reach(doc: Json, walk: readonly number[]): { node: Json; parent: Json[] | Record<string, Json> | null; key: string | number | null } {
  let node = doc;
  let parent: Json[] | Record<string, Json> | null = null;
  let key: string | number | null = null;
  for (const step of walk) {
    if (Array.isArray(node) && node.length > 0) {
      parent = node;
      key = step % node.length;
      node = node[key]!;
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0) {
      const object: Record<string, Json> = node;
      const keys = Object.keys(object);
      parent = object;
      key = keys[step % keys.length]!;
      node = object[key]!;
    } else break;
  }
  return { node, parent, key };
}

function put(parent: Json[] | Record<string, Json> | null, key: string | number | null, value: Json): void {
  if (parent === null) return;
  if (Array.isArray(parent)) parent[key as number] = value;
  else parent[key as string] = value;
}

const change: fc.Arbitrary<Edit> = fc.oneof(
  // Replace the node with another value.
  anyValue.map((value): Edit => (doc, walk) => {
    const { parent, key } = reach(doc, walk);
    put(parent, key, value);
  }),
  // Nudge a number, change a text: mostly what a hand edit does.
  fc.constantFrom((x: number) => x + 1, (x: number) => x - 1, (x: number) => -x, (x: number) => x / 2, (x: number) => x + 0.5).map((f): Edit => (doc, walk) => {
    const { node, parent, key } = reach(doc, walk);
    if (typeof node === 'number') put(parent, key, f(node));
    else if (typeof node === 'string') put(parent, key, `${node}x`);
  }),
  // Add a key to an object, or an element to an array (a copy of one it has).
  fc.tuple(keyName, anyValue).map(([name, value]): Edit => (doc, walk) => {
    const { node, parent, key } = reach(doc, walk);
    const target = node !== null && typeof node === 'object' ? node : parent;
    if (Array.isArray(target)) target.push(structuredClone(target[0] ?? value));
    else if (target !== null && typeof target === 'object') target[name] = value;
    else if (parent !== null && key !== null) put(parent, key, value);
  }),
  // Delete a key, or an element.
  fc.constant<Edit>((doc, walk) => {
    const { parent, key } = reach(doc, walk);
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else if (parent !== null) delete parent[key as string];
  }),
);
