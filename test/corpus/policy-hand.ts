/**
 * Hand-written broken policies: the cases of issue 9 (a secret in a refused value, `window: 0d`,
 * unreachable warn bands, 2^53 + 1, two models sharing a name or a branch) and the classic
 * attacks on a YAML loader (alias bombs, deep nesting, `__proto__` keys, tags, files that are
 * not text or not files). Also the good policies the pairs need: the first of two policies that
 * share a model name or an identity is valid and must still be evaluated.
 */
import { SECRET_VARIABLE, UNSET_PREFIX, type PolicyCase } from './policy-mutations.js';
import type { Rng } from './random.js';

/** A valid policy over the offer-ranker slice, with `name` as its model. */
export function basePolicy(name: string, extra = ''): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: ${name}
  task: binary_classification
columns:
  id: request_id
  timestamp: scored_at
  prediction: offered
  score: offer_score
  target: accepted_offer
  types: { latency_ms: numeric, status: categorical }
data:
  reference: { file: ../data/offer-ranker/reference.csv }
  current: { file: ../data/offer-ranker/current.csv }
defaults:
  min_samples: 100
checks:
  - id: rows
    type: data_quality
    metric: row_count
    fail: { lt: 1 }
  - id: latency
    type: operational
    metric: p95
    column: latency_ms
    fail: { gt: 100000 }
${extra}`;
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): [number, number] {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`corpus: "${needle}" is not in the case`);
  return [index + 1, index + 1];
}

function replaced(name: string, from: string, to: string, extra = ''): string {
  const base = basePolicy(name, extra);
  if (!base.includes(from)) throw new Error(`corpus: "${from}" is not in the base policy`);
  return base.replace(from, to);
}

export interface GoodPolicy {
  readonly file: string;
  readonly content: string;
  readonly model: string;
}

function billionLaughs(levels: number, width: number): string {
  const lines = [`    x0: &x0 "lol"`];
  for (let i = 1; i <= levels; i++) lines.push(`    x${i}: &x${i} [${Array.from({ length: width }, () => `*x${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

export function handPolicyCases(rng: Rng): { cases: PolicyCase[]; good: GoodPolicy[] } {
  const cases: PolicyCase[] = [];
  const add = (name: string, content: PolicyCase['content'], more: Omit<PolicyCase, 'name' | 'content'> = {}) => cases.push({ name, content, ...more });
  const n = (s: string) => `h-${s}`;

  // Issue 9, item 1: a secret quoted by the message of a refused value.
  {
    const text = replaced(n('secret-min-samples'), 'min_samples: 100', `min_samples: "\${${SECRET_VARIABLE}}"`);
    add('hand/secret-in-min-samples', text, { lines: lineOf(text, 'min_samples') });
    const path = replaced(n('secret-in-path'), 'current.csv }', `current.csv, format: "\${${SECRET_VARIABLE}}" }`);
    add('hand/secret-in-format', path, { lines: lineOf(path, 'format:') });
  }
  // Item 14: refused at load, with a position.
  for (const window of ['0d', '0m', '0h', '0w']) {
    const text = replaced(n(`window-${window}`), 'defaults:', `  window: ${window}\ndefaults:`);
    add(`hand/window-${window}`, text, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: lineOf(text, 'window:') });
  }
  {
    const text = replaced(n('unreachable-warn'), '    fail: { gt: 100000 }', '    warn: { gt: 500 }\n    fail: { gt: 250 }');
    add('hand/unreachable-warn-gt', text, { codes: ['policy/unreachable-threshold'], lines: [lineOf(text, 'warn:')[0], lineOf(text, 'fail: { gt: 250')[0]] });
    const low = replaced(n('unreachable-warn-lt'), '    fail: { lt: 1 }', '    warn: { lt: 5 }\n    fail: { lt: 10 }');
    add('hand/unreachable-warn-lt', low, { codes: ['policy/unreachable-threshold'], lines: [lineOf(low, 'warn:')[0], lineOf(low, 'fail: { lt: 10')[0]] });
    const between = replaced(n('unreachable-warn-between'), '    fail: { gt: 100000 }', '    warn: { gt: 100 }\n    fail: { gte: 100 }');
    add('hand/unreachable-warn-gt-gte', between, { codes: ['policy/unreachable-threshold'], lines: [lineOf(between, 'warn:')[0], lineOf(between, 'fail: { gte: 100')[0]] });
  }
  for (const [key, raw] of [['min_samples', '9007199254740993'], ['min_samples', '18014398509481985'], ['min_samples', '-9007199254740993']] as const) {
    const text = replaced(n(`int-${raw}`), 'min_samples: 100', `${key}: ${raw}`);
    add(`hand/integer-${raw}`, text, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: lineOf(text, `${key}: ${raw}`) });
  }
  {
    const text = replaced(n('gt-2p53'), 'fail: { gt: 100000 }', 'fail: { gt: 9007199254740993 }');
    add('hand/threshold-2p53+1', text, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: lineOf(text, 'gt: 9007199254740993') });
  }
  for (const raw of ['.nan', '.inf', '-.inf', '1e400']) {
    const text = replaced(n(`gt-${raw}`), 'fail: { gt: 100000 }', `fail: { gt: ${raw} }`);
    add(`hand/threshold-${raw}`, text, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: lineOf(text, `gt: ${raw}`) });
  }
  {
    const text = replaced(n('silence-feb-30'), 'checks:', 'alerting:\n  silences: [{ checks: [rows], until: 2026-02-30, reason: "x" }]\nchecks:');
    add('hand/silence-2026-02-30', text, { codes: ['policy/invalid-value'], lines: lineOf(text, '2026-02-30') });
    const far = replaced(n('silence-far'), 'checks:', 'alerting:\n  silences: [{ checks: [rows], until: "99999-01-01", reason: "x" }]\nchecks:');
    add('hand/silence-year-99999', far, { lines: lineOf(far, '99999') });
  }
  {
    const text = replaced(n('unset-in-path'), 'current.csv }', `current.csv, format: "\${${UNSET_PREFIX}FORMAT}" }`);
    add('hand/unset-variable-in-source', text, { codes: ['policy/env'], lines: lineOf(text, UNSET_PREFIX) });
  }
  {
    const text = replaced(n('empty-file-list'), '{ file: ../data/offer-ranker/current.csv }', '{ file: [] }');
    add('hand/empty-file-list', text, { lines: lineOf(text, 'file: []') });
    const blank = replaced(n('blank-in-file-list'), '{ file: ../data/offer-ranker/current.csv }', '{ file: [../data/offer-ranker/current.csv, ""] }');
    add('hand/blank-in-file-list', blank, { lines: lineOf(blank, '""') });
  }
  {
    const text = replaced(n('pii-as-by'), '  types:', '  pii: [gender]\n  types:', '  - id: tpr\n    type: fairness\n    metric: true_positive_rate\n    by: gender\n    fail: { gt: 0.5 }\n');
    add('hand/pii-column-as-by', text, { codes: ['policy/conflict', 'policy/unknown-column', 'policy/invalid-value'], lines: lineOf(text, 'by: gender') });
  }

  // Files that hold no policy, named on the command line.
  const foreign: [string, PolicyCase['content']][] = [
    ['empty-file', ''],
    ['whitespace-only', '   \n\n  \n'],
    ['comment-only', '# nothing here\n'],
    ['null-document', '~\n'],
    ['empty-list', '[]\n'],
    ['empty-mapping', '{}\n'],
    ['scalar-document', 'hello\n'],
    ['list-document', '- apiVersion: modelwatch/v1\n- kind: ModelMonitor\n'],
    ['number-document', '42\n'],
    ['nul-bytes', new Uint8Array(512)],
    ['binary-garbage', Uint8Array.from({ length: 2048 }, () => Math.floor(rng() * 256))],
    ['utf16le-policy', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(basePolicy(n('utf16le')), 'utf16le')])],
    ['utf16be-policy', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(basePolicy(n('utf16be')), 'utf16le').swap16()])],
    ['foreign-yaml', 'name: ci\non: [push]\njobs: {}\n'],
  ];
  for (const [name, content] of foreign) add(`hand/${name}`, content, { explicit: true });

  // Documents that look like a policy but hold almost nothing, or the wrong version.
  add('hand/api-version-only', 'apiVersion: modelwatch/v1\n', { codes: ['policy/missing-key'] });
  add('hand/kind-only', 'kind: ModelMonitor\n', { codes: ['policy/missing-key'] });
  {
    const text = replaced(n('v2'), 'modelwatch/v1', 'modelwatch/v2');
    add('hand/api-version-v2', text, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: [1, 1] });
  }

  // YAML as an attack: alias bombs, cycles, merge keys, deep nesting, tags, odd keys.
  {
    const bomb = replaced(n('alias-bomb-description'), '  - id: rows\n', `  - id: rows\n    description:\n${billionLaughs(9, 9).replace(/^ {4}/gm, '      ')}\n`);
    add('hand/alias-bomb-in-description', bomb, { codes: ['policy/yaml', 'policy/wrong-type'] });
    const top = `${basePolicy(n('alias-bomb-top'))}x-bomb:\n${billionLaughs(12, 10).replace(/^ {4}/gm, '  ')}\n`;
    add('hand/alias-bomb-top-level', top, { codes: ['policy/yaml', 'policy/unknown-key'] });
    const cycle = replaced(n('alias-cycle'), '  - id: rows\n', '  - id: rows\n    description: &loop [*loop]\n');
    add('hand/alias-cycle', cycle, { lines: lineOf(cycle, '&loop') });
    const merge = replaced(n('merge-key'), 'defaults:\n  min_samples: 100', 'base: &base { min_samples: 100 }\ndefaults:\n  <<: *base');
    add('hand/merge-key', merge, { codes: ['policy/unknown-key'] });
  }
  for (const depth of [1_000, 10_000]) {
    const text = replaced(n(`nesting-${depth}`), '  - id: rows\n', `  - id: rows\n    description: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    add(`hand/flow-nesting-${depth}`, text, { lines: lineOf(text, 'description:') });
  }
  {
    const depth = 1_000;
    const block = `${basePolicy(n('block-nesting'))}x-deep:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    add(`hand/block-nesting-${depth}`, block, { codes: ['policy/unknown-key', 'policy/yaml'] });
  }
  {
    const proto = `${basePolicy(n('proto-top'))}__proto__: { polluted: true }\n`;
    add('hand/__proto__-top-level', proto, { codes: ['policy/unknown-key'], lines: lineOf(proto, '__proto__') });
    const data = replaced(n('proto-data'), '  current: { file: ../data/offer-ranker/current.csv }', '  current: { file: ../data/offer-ranker/current.csv }\n  __proto__: { labels: { file: /proc/self/environ, join: request_id } }');
    add('hand/__proto__-in-data', data, { codes: ['policy/unknown-key'], lines: lineOf(data, '__proto__') });
    const check = replaced(n('proto-check'), '    metric: row_count\n', '    metric: row_count\n    __proto__: { min_samples: 0 }\n');
    add('hand/__proto__-in-check', check, { codes: ['policy/unknown-key'], lines: lineOf(check, '__proto__') });
    const ctor = `${basePolicy(n('constructor-top'))}constructor: { name: x }\n`;
    add('hand/constructor-key', ctor, { codes: ['policy/unknown-key'], lines: lineOf(ctor, 'constructor:') });
  }
  {
    const numberKey = `${basePolicy(n('number-key'))}1: one\n`;
    add('hand/number-as-key', numberKey, { codes: ['policy/unknown-key'], lines: lineOf(numberKey, '1: one') });
    const complexKey = `${basePolicy(n('complex-key'))}? [a, b]\n: c\n`;
    add('hand/complex-key', complexKey, { lines: lineOf(complexKey, '? [a, b]') });
    const nullKey = `${basePolicy(n('null-key'))}~: nothing\n`;
    add('hand/null-key', nullKey, { lines: lineOf(nullKey, '~: nothing') });
    const binary = replaced(n('binary-tag'), `  name: ${n('binary-tag')}`, '  name: !!binary aGVsbG8=');
    add('hand/binary-tag-name', binary, { codes: ['policy/wrong-type', 'policy/invalid-value'], lines: lineOf(binary, '!!binary') });
    const set = replaced(n('set-tag'), 'checks:\n', 'checks: !!set\n  ? a\n  ? b\nx-old-checks:\n');
    add('hand/set-tag-checks', set, { lines: [lineOf(set, '!!set')[0], lineOf(set, '!!set')[0] + 1] });
    const float = replaced(n('float-tag'), '  min_samples: 100', '  min_samples: !!float 100.5');
    add('hand/float-tag', float, { codes: ['policy/invalid-value', 'policy/wrong-type'], lines: lineOf(float, '!!float') });
  }
  {
    const longKey = `${basePolicy(n('megabyte-key'))}${'k'.repeat(1 << 20)}: 1\n`;
    // Refused for its size, as YAML (a key of more than 1024 characters), or as an unknown key.
    add('hand/megabyte-key', longKey, { codes: ['policy/unknown-key', 'policy/yaml', 'policy/unreadable'] });
    const longLine = replaced(n('long-description-bad-type'), '    metric: row_count\n', `    metric: row_count\n    description: [${'"x", '.repeat(2_000)}"x"]\n`);
    add('hand/long-list-as-description', longLine, { codes: ['policy/wrong-type'], lines: lineOf(longLine, 'description:') });
  }
  {
    const checks = Array.from({ length: 500 }, (_, i) => `  - id: same\n    type: data_quality\n    metric: row_count\n    fail: { lt: ${i + 1} }\n`).join('');
    const text = basePolicy(n('five-hundred-duplicates')).replace(/checks:\n[\s\S]*$/, `checks:\n${checks}`);
    add('hand/500-duplicate-check-ids', text, { codes: ['policy/duplicate'] });
  }

  // Two policies for one model name, and two models that would write one retrain request file:
  // the first loads, the second is refused where it says so. Look-alike names (a.b and a..b,
  // m and m.) no longer share anything, since branch names are injective (src/policy/identity.ts):
  // both of each pair load as good models.
  const good: GoodPolicy[] = [];
  const pair = (id: string, first: string, second: string, codes: PolicyCase['codes'], extra = '', needle = `name: ${second}`) => {
    good.push({ file: `001-pair-${id}-1.yaml`, content: basePolicy(first, extra), model: first });
    const text = basePolicy(second, extra);
    add(`hand/pair-${id}`, text, { codes, lines: lineOf(text, needle), inRunOnly: true });
  };
  pair('same-name', 'corpus-twice', 'corpus-twice', ['policy/duplicate-model']);
  const request = 'retraining:\n  when: { any_failing: [rows] }\n  pull_request: { path: models/shared/retrain-request.yaml }\n';
  pair('shared-request-file', 'corpus-request-a', 'corpus-request-b', ['policy/shared-identity'], request, 'path: models/shared');
  for (const [id, names] of [['dot-dot', ['corpus.a.b', 'corpus.a..b']], ['trailing-dot', ['corpus-m', 'corpus-m.']]] as const) {
    names.forEach((name, i) => good.push({ file: `001-lookalike-${id}-${i + 1}.yaml`, content: basePolicy(name), model: name }));
  }

  // Not regular files: a FIFO, a folder, a symbolic link to itself, a link to the environment.
  add('hand/fifo-policy', { fifo: true }, { codes: ['policy/unreadable'], explicit: true });
  add('hand/folder-named-yaml', { folder: true }, { explicit: true });
  add('hand/symlink-loop-policy', { symlink: '(self)' }, { explicit: true });
  add('hand/symlink-to-environ', { symlink: '/proc/self/environ' }, { explicit: true });
  return { cases, good };
}
