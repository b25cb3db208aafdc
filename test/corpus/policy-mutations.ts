/**
 * Broken policies made from the example policies (examples/monitors): one mistake each, of the
 * kinds a careless user or an attacker makes. Every case must be refused at load with at least
 * one `file:line:column` error; `codes` and `lines` say which error would be the right one
 * (any one error with one of the codes, on one of the lines, is enough, since one mistake may
 * rightly set off a second message). Each case renames the model to a name of its own, so
 * that two cases never collide on a model name and none collides with a good policy.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { ProblemCode } from '../../src/problems.js';
import { integer, pick, type Rng, sample, tag } from './random.js';
import { appendItem, applyEdits, deletePair, type Edit, insertPair, keyText, kindOf, renameKey, setValue, type Site, YamlSource, type YamlPath } from './yaml-sites.js';

/** What a case's file is: text or bytes, or a file-system object that is not a regular file. */
export type CaseContent = string | Uint8Array | { readonly fifo: true } | { readonly folder: true } | { readonly symlink: string };

export interface PolicyCase {
  /** Unique and stable for a seed: `<example>/<operator>/<where>`. */
  readonly name: string;
  readonly content: CaseContent;
  /** At least one error carries one of these codes; any code when absent. */
  readonly codes?: readonly ProblemCode[];
  /** At least one error lies on a line in [first, last]; anywhere in the file when absent. */
  readonly lines?: readonly [number, number];
  /**
   * Named on the command line as well as lying in the folder: a folder search rightly skips
   * a file that does not look like a policy (no `apiVersion: modelwatch/…` or `kind:
   * ModelMonitor`), but a file named explicitly must be reported.
   */
  readonly explicit?: boolean;
  /** The mistake is between two files (one model name twice): only a run over both sees it. */
  readonly inRunOnly?: boolean;
}

export interface Example {
  readonly id: string;
  readonly source: string;
}

/** Every property name the schema knows, so that a "misspelling" is never another real key. */
export type KnownKeys = ReadonlySet<string>;

const SHAPE: readonly ProblemCode[] = ['policy/wrong-type', 'policy/invalid-value', 'policy/unknown-key'];
const VALUE: readonly ProblemCode[] = ['policy/invalid-value', 'policy/wrong-type'];
const MISSING: readonly ProblemCode[] = ['policy/missing-key', 'policy/conflict'];

export function modelNameFor(caseName: string): string {
  return `c-${tag(caseName)}`;
}

/** The edit that gives the case's model a name of its own. */
function renameModel(y: YamlSource, name: string): Edit | null {
  const site = y.site(['model', 'name']);
  return site?.node?.range ? { start: site.node.range[0], end: site.node.range[1], text: modelNameFor(name) } : null;
}

interface Mutation {
  readonly edits: readonly Edit[];
  /** The edit whose lines should hold an error. */
  readonly at: Edit;
  /** Widen those lines back to this original offset (a parent that may be blamed instead). */
  readonly from?: number;
  /** And on to this original offset (the later of two duplicates). */
  readonly to?: number;
}

/** Writes a case from a mutation of the example (plus the model's new name, unless it overlaps). */
function editCase(y: YamlSource, name: string, codes: readonly ProblemCode[] | undefined, mutation: Mutation | null): PolicyCase | null {
  if (mutation === null) return null;
  const rename = renameModel(y, name);
  const overlaps = rename !== null && mutation.edits.some((e) => e.start < rename.end && e.end > rename.start);
  const edits = rename === null || overlaps ? mutation.edits : [rename, ...mutation.edits];
  const { text, lines } = applyEdits(y.source, edits, mutation.at, mutation.from, mutation.to);
  return { name, content: text, ...(codes === undefined ? {} : { codes }), ...(lines === undefined ? {} : { lines }) };
}

const one = (edit: Edit, from?: number): Mutation => ({ edits: [edit], at: edit, ...(from === undefined ? {} : { from }) });

function pathName(path: YamlPath): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

function startOf(y: YamlSource, path: YamlPath): number {
  if (path.length === 0) return 0;
  const site = y.site(path)!;
  return (site.keyNode ?? site.node)!.range![0];
}

function checkIndexes(y: YamlSource): number[] {
  const checks = y.node(['checks']);
  return isSeq(checks) ? checks.items.map((_, i) => i) : [];
}

/** Keys a mapping must hold, by where it is (and, for checks, by type and metric). */
function requiredKeys(y: YamlSource, path: YamlPath): string[] {
  const p = path.map((t) => (typeof t === 'number' ? '#' : t)).join('/');
  switch (p) {
    case '':
      return ['apiVersion', 'kind', 'model', 'data', 'checks'];
    case 'model':
      return ['name', 'task'];
    case 'data':
      return ['current'];
    case 'data/reference':
    case 'data/current':
    case 'data/labels':
      return ['file'];
    case 'data/sample':
      return ['max_rows'];
    case 'alerting/silences/#':
      return ['until', 'reason'];
    case 'retraining':
      return ['when', 'pull_request'];
    case 'retraining/when':
      return ['any_failing'];
    case 'retraining/pull_request':
      return ['path'];
    case 'checks/#': {
      const type = y.value([...path, 'type']);
      const metric = y.value([...path, 'metric']);
      const has = (k: string) => y.has([...path, k]);
      const keys = ['id', 'type'];
      if (type === 'data_quality' || type === 'performance' || type === 'operational') keys.push('metric');
      if (type === 'business') keys.push('expr');
      if (type === 'fairness') keys.push('by');
      if (type === 'data_quality' && metric === 'rule') keys.push('rule');
      if (type === 'operational' && typeof metric === 'string' && /^(p\d\d|max)$/.test(metric)) keys.push('column');
      // error_rate needs values or a pattern: either is required when it is the only one.
      if (type === 'operational' && metric === 'error_rate' && has('values') !== has('pattern')) keys.push(has('values') ? 'values' : 'pattern');
      // A metric with one threshold and no band to derive judges nothing without it.
      if ((type === 'data_quality' || type === 'operational' || type === 'business') && metric !== 'rule' && has('warn') !== has('fail')) keys.push(has('warn') ? 'warn' : 'fail');
      return keys;
    }
    default:
      return [];
  }
}

function mapPaths(y: YamlSource): YamlPath[] {
  return [[], ...y.sites.filter((s) => isMap(s.node)).map((s) => s.path)];
}

// 1. A required key deleted.
function deleteRequired(example: Example, y: YamlSource): PolicyCase[] {
  return mapPaths(y).flatMap((parent) =>
    requiredKeys(y, parent).flatMap((key) => {
      const site = y.site([...parent, key]);
      if (site === undefined) return [];
      const c = editCase(y, `${example.id}/delete/${pathName(site.path)}`, MISSING, one(deletePair(y, site), startOf(y, parent)));
      return c === null ? [] : [c];
    }),
  );
}

// 2. A value of the wrong type: a mapping where a scalar or list belongs, a number where a mapping does.
function wrongType(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  const sites = y.sites.filter((s) => !s.freeKeys && s.node !== null);
  return sample(rng, sites, n).flatMap((site) => {
    const c = editCase(y, `${example.id}/wrong-type/${pathName(site.path)}`, SHAPE, one(setValue(y, site, isMap(site.node) ? '42' : '{ oops: 1 }'), startOf(y, site.path)));
    return c === null ? [] : [c];
  });
}

/** A misspelling of `word` that is not a real key nor in `avoid`; null when none is found. */
function misspell(rng: Rng, word: string, avoid: ReadonlySet<string>): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = integer(rng, 0, Math.max(0, word.length - 1));
    const edits = [
      () => word.slice(0, i) + word.slice(i + 1),
      () => word.slice(0, i) + word[i] + word.slice(i),
      () => (i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + 'e'),
      () => word.slice(0, i) + 'x' + word.slice(i + 1),
      () => word.toUpperCase(),
      () => word.replace(/_/g, '-'),
    ];
    const candidate = pick(rng, edits)();
    if (candidate !== '' && candidate !== word && !avoid.has(candidate)) return candidate;
  }
  return null;
}

// 3. A misspelt key.
function misspeltKey(example: Example, y: YamlSource, rng: Rng, n: number, known: KnownKeys): PolicyCase[] {
  const sites = y.sites.filter((s) => typeof s.key === 'string' && !s.freeKeys);
  return sample(rng, sites, n).flatMap((site) => {
    const siblings = y.sites.filter((s) => s.parent === site.parent).map((s) => String(s.key));
    const wrong = misspell(rng, site.key as string, new Set([...known, ...siblings]));
    if (wrong === null) return [];
    const parent = site.path.slice(0, -1);
    const c = editCase(y, `${example.id}/misspelt-key/${pathName(site.path)}`, ['policy/unknown-key', 'policy/missing-key'], one(renameKey(site, keyText(wrong)), startOf(y, parent)));
    return c === null ? [] : [c];
  });
}

// 4. An unknown check type, a near miss (with a suggestion) or a name of its own.
function unknownCheckType(example: Example, y: YamlSource, rng: Rng, known: KnownKeys): PolicyCase[] {
  return checkIndexes(y).flatMap((i) => {
    const site = y.site(['checks', i, 'type'])!;
    const type = String(y.value(site.path));
    const wrong = rng() < 0.5 ? (misspell(rng, type, known) ?? 'anomaly') : pick(rng, ['anomaly', 'Drift', 'drift ', 'custom_sql', '']);
    const c = editCase(y, `${example.id}/unknown-check-type/checks.${i}`, ['policy/invalid-value', 'policy/wrong-type', 'policy/missing-key'], one(setValue(y, site, JSON.stringify(wrong)), startOf(y, ['checks', i])));
    return c === null ? [] : [c];
  });
}

/** Keys whose string value may not be empty (names, ids, enums, paths, durations, expressions). */
const NON_EMPTY = new Set([
  'apiVersion', 'kind', 'name', 'task', 'id', 'type', 'metric', 'method', 'detector', 'aggregate', 'file', 'format', 'join', 'column',
  'by', 'expr', 'rule', 'pattern', 'window', 'delay', 'cooldown', 'for', 'path', 'base', 'reason', 'until', 'reference_group', 'vs',
  'timestamp', 'prediction', 'score', 'target', 'range', 'features', 'columns', 'when_unlabelled', 'any_failing', 'owners',
  'numerical', 'categorical', 'sensitive', 'pii', 'labels',
]);

function containerKey(path: YamlPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

// 5. An empty string where a name, an id, a path or an enum belongs.
function emptyString(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  const sites = y.sites.filter((s) => kindOf(s.node) === 'string' && !s.freeKeys && NON_EMPTY.has(containerKey(s.path)));
  return sample(rng, sites, n).flatMap((site) => {
    const c = editCase(y, `${example.id}/empty-string/${pathName(site.path)}`, undefined, one(setValue(y, site, '""'), startOf(y, site.path)));
    return c === null ? [] : [c];
  });
}

// 6. Very long strings (10k to 400k characters) where a short name belongs, and a very long key.
function longString(example: Example, y: YamlSource, rng: Rng): PolicyCase[] {
  const lengths = [10_000, 100_000];
  const text = (length: number) => 'Ab Cd-'.repeat(Math.ceil(length / 6)).slice(0, length);
  const checks = checkIndexes(y);
  const i = pick(rng, checks);
  const targets: YamlPath[] = [['model', 'name'], ['model', 'task'], ['checks', i, 'type']];
  const withMetric = checks.filter((c) => y.has(['checks', c, 'metric']));
  if (withMetric.length > 0) targets.push(['checks', pick(rng, withMetric), 'metric']);
  // Columns are checked against the declared ones only when the policy declares features.
  const columnItems = y.sites.filter((s) => s.path[0] === 'checks' && kindOf(s.node) === 'string' && ['features', 'columns', 'by', 'column'].includes(containerKey(s.path)));
  if (columnItems.length > 0 && y.has(['columns', 'features'])) targets.push(pick(rng, columnItems).path);
  const cases = targets.flatMap((path) => {
    const site = y.site(path)!;
    const c = editCase(y, `${example.id}/long-string/${pathName(path)}`, undefined, one(setValue(y, site, JSON.stringify(text(pick(rng, lengths)))), startOf(y, path)));
    return c === null ? [] : [c];
  });
  const key = text(pick(rng, lengths)).replace(/ /g, '_');
  // YAML itself refuses an implicit key longer than 1024 characters.
  const c = editCase(y, `${example.id}/long-key/checks.${i}`, ['policy/unknown-key', 'policy/yaml'], one(insertPair(y, ['checks', i], key, '1')));
  if (c !== null) cases.push(c);
  return cases;
}

// 7. ${NAME} references to unset variables, and malformed references.
export const UNSET_PREFIX = 'MODELWATCH_CORPUS_UNSET_';

function envReferences(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  const sites = y.sites.filter((s) => kindOf(s.node) === 'string' && !s.freeKeys);
  const cases = sample(rng, sites, n).flatMap((site) => {
    const original = String(y.value(site.path));
    const reference = `\${${UNSET_PREFIX}${tag(pathName(site.path)).toUpperCase()}}`;
    const value = rng() < 0.5 ? reference : `${original.slice(0, 3)}${reference}${original.slice(3)}`;
    const c = editCase(y, `${example.id}/env-unset/${pathName(site.path)}`, ['policy/env'], one(setValue(y, site, JSON.stringify(value)), startOf(y, site.path)));
    return c === null ? [] : [c];
  });
  const malformed = ['${}', '${1BAD}', '${BAD NAME}', '${UNCLOSED', 'x-${a-b}'];
  for (const [k, reference] of sample(rng, malformed, 2).entries()) {
    const site = pick(rng, sites);
    const c = editCase(y, `${example.id}/env-malformed-${k}/${pathName(site.path)}`, ['policy/env'], one(setValue(y, site, JSON.stringify(reference)), startOf(y, site.path)));
    if (c !== null) cases.push(c);
  }
  return cases;
}

// 8. A secret from the environment in a position where it makes the policy invalid.
export const SECRET_VARIABLE = 'MODELWATCH_CORPUS_SECRET';

function secretInvalid(example: Example, y: YamlSource, rng: Rng): PolicyCase[] {
  // Not an item of values, in or not_in, or eq: numbers and strings are both valid there.
  const numbers = y.sites.filter((s) => kindOf(s.node) === 'number' && !['values', 'in', 'not_in', 'eq', 'not_eq'].includes(containerKey(s.path)));
  const targets: YamlPath[] = [['model', 'name'], pick(rng, numbers).path, ['checks', pick(rng, checkIndexes(y)), 'id']];
  return targets.flatMap((path) => {
    const c = editCase(y, `${example.id}/secret/${pathName(path)}`, undefined, one(setValue(y, y.site(path)!, `"\${${SECRET_VARIABLE}}"`), startOf(y, path)));
    return c === null ? [] : [c];
  });
}

// 9. Numbers out of range: zero, negative, fractional, 2^53 + 1, overflowing, infinite, NaN.
const BAD_NUMBERS: Record<string, readonly string[]> = {
  min_samples: ['0', '-1', '1.5', '9007199254740993', '1e309', '123456789012345678901234567890', '.inf', '.nan'],
  min_group_size: ['0', '-3', '2.5', '9007199254740993', '.nan'],
  max_rows: ['0', '-1', '9007199254740993', '1e400', '.inf'],
  seed: ['-1', '0.5', '9007199254740993', '.nan'],
  bins: ['1', '101', '2.5', '.nan', '9007199254740993'],
  mostly: ['1.5', '-0.1', '.nan', '1e400'],
  decision_threshold: ['0', '-0.5', '.nan'],
  threshold: ['.nan', '1e400', '-1e400'],
};

function badNumbers(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  const options: { name: string; key: string; edit: (raw: string) => Mutation }[] = [];
  for (const site of y.sites) {
    if (kindOf(site.node) !== 'number') continue;
    const key = ['gt', 'gte', 'lt', 'lte'].includes(String(site.key)) ? 'threshold' : String(site.key);
    if (key in BAD_NUMBERS) options.push({ name: pathName(site.path), key, edit: (raw) => one(setValue(y, site, raw), startOf(y, site.path)) });
  }
  // Keys the example lacks are inserted where they belong.
  if (!y.has(['data', 'sample'])) {
    options.push({ name: 'data.sample.max_rows', key: 'max_rows', edit: (raw) => one(insertPair(y, ['data'], 'sample', `{ max_rows: ${raw} }`)) });
    options.push({ name: 'data.sample.seed', key: 'seed', edit: (raw) => one(insertPair(y, ['data'], 'sample', `{ max_rows: 1000, seed: ${raw} }`)) });
  }
  const checks = checkIndexes(y);
  const drift = checks.find((i) => y.value(['checks', i, 'type']) === 'drift');
  if (drift !== undefined && !y.has(['checks', drift, 'bins'])) options.push({ name: `checks.${drift}.bins`, key: 'bins', edit: (raw) => one(insertPair(y, ['checks', drift], 'bins', raw)) });
  const performance = checks.find((i) => y.value(['checks', i, 'type']) === 'performance');
  if (performance !== undefined) options.push({ name: `checks.${performance}.decision_threshold`, key: 'decision_threshold', edit: (raw) => one(insertPair(y, ['checks', performance], 'decision_threshold', raw)) });
  const pool = options.flatMap((o) => BAD_NUMBERS[o.key]!.map((raw) => ({ ...o, raw })));
  return sample(rng, pool, n).flatMap((o) => {
    const c = editCase(y, `${example.id}/number/${o.name}=${o.raw}`, VALUE, o.edit(o.raw));
    return c === null ? [] : [c];
  });
}

// 10. Durations that are zero, negative, fractional, unit-less, overflowing, or of the wrong kind.
function badDurations(example: Example, y: YamlSource, rng: Rng): PolicyCase[] {
  const pool: { path: YamlPath; raw: string }[] = [];
  for (const raw of ['0d', '0m', '0h', '0w', '-1d', '1.5d', '7 days', '7D', '99999999999999999999d', '1 run']) pool.push({ path: ['data', 'window'], raw });
  if (y.has(['data', 'labels'])) for (const raw of ['-1d', '1.5d', 'soon', '99999999999999999999d']) pool.push({ path: ['data', 'labels', 'delay'], raw });
  if (y.has(['retraining', 'cooldown'])) for (const raw of ['-1d', 'soon', '1.5 runs']) pool.push({ path: ['retraining', 'cooldown'], raw });
  if (y.has(['retraining', 'when', 'for'])) for (const raw of ['0 runs', '-1 runs', '1.5 runs', '2d']) pool.push({ path: ['retraining', 'when', 'for'], raw });
  return sample(rng, pool, 6).flatMap((o) => {
    const site = y.site(o.path);
    const text = JSON.stringify(o.raw);
    const edit = site === undefined ? insertPair(y, o.path.slice(0, -1), String(o.path[o.path.length - 1]), text) : setValue(y, site, text);
    const c = editCase(y, `${example.id}/duration/${pathName(o.path)}=${o.raw}`, [...VALUE, 'policy/conflict'], one(edit));
    return c === null ? [] : [c];
  });
}

const SIMPLE = ['gt', 'gte', 'lt', 'lte'];

/** The one simple comparator of a threshold mapping ({ gt: 0.1 }), if that is all it holds. */
function simpleComparator(y: YamlSource, path: YamlPath): { op: string; site: Site; value: number } | null {
  const node = y.node(path);
  if (!isMap(node) || node.items.length !== 1) return null;
  const pair = node.items[0]!;
  const op = isScalar(pair.key) ? String(pair.key.value) : '';
  const site = y.site([...path, op]);
  return SIMPLE.includes(op) && site !== undefined && isScalar(pair.value) && typeof pair.value.value === 'number' ? { op, site, value: pair.value.value } : null;
}

// 11. Warn bands that can never be reached because fail is stricter.
function unreachableWarn(example: Example, y: YamlSource): PolicyCase[] {
  const cases: PolicyCase[] = [];
  for (const holder of mapPaths(y).filter((p) => y.has([...p, 'warn']) || y.has([...p, 'fail']))) {
    const warn = simpleComparator(y, [...holder, 'warn']);
    const fail = simpleComparator(y, [...holder, 'fail']);
    let mutation: Mutation | null = null;
    if (warn !== null && fail !== null && warn.op === fail.op && warn.value !== fail.value) {
      // Swapped: warn now asks for more than fail, so fail is always reached first.
      const a = setValue(y, warn.site, y.text(fail.site.node!));
      const b = setValue(y, fail.site, y.text(warn.site.node!));
      mutation = { edits: [a, b], at: b, from: startOf(y, [...holder, 'warn']) };
    } else if (warn === null && fail !== null && !y.has([...holder, 'warn'])) {
      const beyond = fail.op.startsWith('g') ? fail.value + Math.abs(fail.value) + 1 : fail.value - Math.abs(fail.value) - 1;
      mutation = one(insertPair(y, holder, 'warn', `{ ${fail.op}: ${beyond} }`), startOf(y, [...holder, 'fail']));
    }
    const c = editCase(y, `${example.id}/unreachable-warn/${pathName(holder)}`, ['policy/unreachable-threshold'], mutation);
    if (c !== null) cases.push(c);
  }
  return cases;
}

// 12. Columns a check names that the policy does not declare; expressions over unknown columns.
function unknownColumns(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  // Columns are checked against the declared ones only when the policy declares features.
  if (!y.has(['columns', 'features'])) return [];
  const declared = new Set(y.sites.filter((s) => s.path[0] === 'columns').flatMap((s) => [String(s.key), isScalar(s.node) ? String(s.node.value) : '']));
  const sites = y.sites.filter((s) => s.path[0] === 'checks' && kindOf(s.node) === 'string' && ['features', 'columns', 'by', 'column'].includes(containerKey(s.path)) && y.value(s.path) !== 'all');
  const cases = sample(rng, sites, n).flatMap((site) => {
    const original = String(y.value(site.path));
    const wrong = misspell(rng, original, declared) ?? `${original}_x`;
    const c = editCase(y, `${example.id}/unknown-column/${pathName(site.path)}`, ['policy/unknown-column'], one(setValue(y, site, JSON.stringify(wrong)), startOf(y, site.path)));
    return c === null ? [] : [c];
  });
  for (const site of y.sites.filter((s) => s.key === 'expr' || s.key === 'rule')) {
    const text = String(y.value(site.path)).trim();
    const column = text.match(/[a-z_]{3,}(?=\s*(?:[)<>=!,]|$))/)?.[0];
    const broken = column === undefined ? `${text} + nosuchcolumn` : text.replace(column, `${column}zz`);
    const c = editCase(y, `${example.id}/unknown-column-in-expression/${pathName(site.path)}`, ['policy/unknown-column', 'policy/expression'], one(setValue(y, site, JSON.stringify(broken)), startOf(y, site.path)));
    if (c !== null) cases.push(c);
  }
  return cases;
}

// 13. Duplicate check ids and duplicate items in a list of columns.
function duplicates(example: Example, y: YamlSource, rng: Rng): PolicyCase[] {
  const checks = checkIndexes(y);
  const cases: PolicyCase[] = [];
  if (checks.length >= 2) {
    for (const [a, b] of [sample(rng, checks, 2), sample(rng, checks, 2)] as [number, number][]) {
      const name = `${example.id}/duplicate-id/checks.${b}=checks.${a}`;
      if (cases.some((x) => x.name === name)) continue;
      const edit = setValue(y, y.site(['checks', b, 'id'])!, y.text(y.node(['checks', a, 'id'])!));
      // The error may stand at either id (the later one, naming the first).
      const mutation = { ...one(edit, startOf(y, ['checks', Math.min(a, b)])), to: startOf(y, ['checks', Math.max(a, b), 'id']) };
      const c = editCase(y, name, ['policy/duplicate'], mutation);
      if (c !== null) cases.push(c);
    }
  }
  const lists = y.sites.filter((s) => isSeq(s.node) && s.node.items.length > 0 && ['numerical', 'categorical', 'sensitive', 'pii', 'features', 'columns', 'owners'].includes(String(s.key)));
  for (const site of sample(rng, lists, 1)) {
    if (!isSeq(site.node)) continue;
    const first = y.text(site.node.items[0] as YamlNode);
    const c = editCase(y, `${example.id}/duplicate-item/${pathName(site.path)}`, ['policy/duplicate', ...VALUE], one(appendItem(y, site.path, first), startOf(y, site.path)));
    if (c !== null) cases.push(c);
  }
  return cases;
}

/** Invalid patterns, and patterns RE2 does not support (look-around, back-references). */
export const BAD_PATTERNS: readonly string[] = [
  '(', '[a-', 'a{2,1}', '(?<=a)b', '(?<!a)b', '(a)\\1', '(?=a)', '*a', '\\', 'x{1001}', 'a'.repeat(201), '(?<n>a)\\k<n>', '[z-a]', '(?P<n>a', '\\p{NoSuchClass}',
];

// 14. Bad regular expressions in an operational pattern.
function badPatterns(example: Example, y: YamlSource, rng: Rng, n: number): PolicyCase[] {
  const existing = y.sites.find((s) => s.key === 'pattern');
  const column = String(y.value(['columns', 'prediction']) ?? 'pred');
  return sample(rng, BAD_PATTERNS, n).flatMap((pattern, k) => {
    const text = JSON.stringify(pattern);
    const edit =
      existing !== undefined
        ? setValue(y, existing, text)
        : appendItem(y, ['checks'], `{ id: corpus-pattern, type: operational, metric: error_rate, column: ${column}, pattern: ${text}, fail: { gt: 0.5 } }`);
    const c = editCase(y, `${example.id}/bad-pattern-${k}/${JSON.stringify(pattern.slice(0, 20))}`, ['policy/pattern', ...VALUE], one(edit));
    return c === null ? [] : [c];
  });
}

const cache = new Map<string, YamlSource>();
function parsed(source: string): YamlSource {
  let y = cache.get(source);
  if (y === undefined) cache.set(source, (y = new YamlSource(source)));
  return y;
}

export function policyMutations(example: Example, rng: Rng, known: KnownKeys): PolicyCase[] {
  const y = parsed(example.source);
  return [
    ...deleteRequired(example, y),
    ...wrongType(example, y, rng, 14),
    ...misspeltKey(example, y, rng, 14, known),
    ...unknownCheckType(example, y, rng, known),
    ...emptyString(example, y, rng, 6),
    ...longString(example, y, rng),
    ...envReferences(example, y, rng, 4),
    ...secretInvalid(example, y, rng),
    ...badNumbers(example, y, rng, 8),
    ...badDurations(example, y, rng),
    ...unreachableWarn(example, y),
    ...unknownColumns(example, y, rng, 5),
    ...duplicates(example, y, rng),
    ...badPatterns(example, y, rng, example.source.includes('pattern:') ? BAD_PATTERNS.length : 3),
  ];
}

/** The example with its model renamed for `name`, as text, for the text-level breaks. */
export function renamedSource(example: Example, name: string): string {
  const y = parsed(example.source);
  const rename = renameModel(y, name);
  return rename === null ? example.source : applyEdits(example.source, [rename]).text;
}
