import { describe, expect, it } from 'vitest';
import { loadPolicySource } from '../../src/policy/load.js';
import { formatPolicyError } from '../../src/policy/format.js';

const HEAD = 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\ndata:\n  reference: { file: r.csv }\n  current: { file: c.csv }\n';
const load = (text: string) => loadPolicySource('p.yaml', text, { env: {}, dir: '/policies' });

describe('policy documents', () => {
  it('follows YAML anchors and aliases', () => {
    const { policy, errors } = load(`${HEAD}checks:\n  - id: a\n    type: drift\n    per_feature: &strict { fail: { gte: 0.3 } }\n  - id: b\n    type: drift\n    per_feature: *strict\n`);
    expect(errors).toEqual([]);
    expect(policy?.checks.map((c) => (c.type === 'drift' ? c.per_feature : null))).toEqual([{ fail: { gte: 0.3 } }, { fail: { gte: 0.3 } }]);
  });

  it('stops an alias bomb with an error instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const { policy, errors } = load(`${bomb.join('\n')}\n`);
    expect(policy).toBeNull();
    expect(errors.map(formatPolicyError).some((m) => m.includes('YAML aliases'))).toBe(true);
  });

  it('ignores a byte-order mark', () => {
    const { errors } = load(`\uFEFF${HEAD}checks: [{ id: a, type: drift }]\n`);
    expect(errors).toEqual([]);
  });

  it('reports a root that is not a mapping', () => {
    expect(load('- a\n- b\n').errors.map(formatPolicyError)).toEqual([
      'p.yaml:1:1: the policy must be a mapping of policy keys (apiVersion, kind, model, data, checks, ...), got ["a","b"]',
    ]);
  });

  it('reports a second YAML document', () => {
    expect(load(`${HEAD}checks: [{ id: a, type: drift }]\n---\nx: 1\n`).errors.map(formatPolicyError)).toEqual([
      'p.yaml:8:1: YAML syntax: a policy file holds one YAML document, but a second one starts here (---)',
    ]);
  });

  // Found by the hostile corpus (test/corpus): `__proto__` set the prototype of the mapping it
  // was in, so its keys were inherited past the schema (a `labels` source reading
  // /proc/self/environ loaded without a word) or blamed on the wrong key at 1:1.
  it('takes __proto__ as an ordinary key, refused as unknown at its position', () => {
    const top = load(`${HEAD}checks: [{ id: a, type: drift }]\n__proto__: { polluted: true }\n`);
    expect(top.errors.map(formatPolicyError)).toEqual(['p.yaml:8:1: unknown key "__proto__" (allowed: apiVersion, kind, model, columns, data, defaults, checks, alerting, retraining)']);
    const inData = load(`${HEAD}  __proto__: { labels: { file: /proc/self/environ, join: id, column: y } }\ncolumns: { id: id, target: y }\nchecks: [{ id: a, type: drift }]\n`);
    expect(inData.policy).toBeNull();
    expect(inData.errors.map((e) => `${e.line}:${e.column} ${e.code}`)).toEqual(['7:3 policy/unknown-key']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reports an alias to no anchor where it stands, not as a missing value', () => {
    const { policy, errors } = load(`${HEAD}checks: [{ id: *nowhere, type: drift }]\n`);
    expect(policy).toBeNull();
    expect(errors.map(formatPolicyError)[0]).toBe('p.yaml:7:16: YAML syntax: alias *nowhere refers to no anchor &nowhere defined before it');
  });
});
