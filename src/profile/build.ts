/**
 * A profile from rows: every column of the table the policy's checks may read (pii columns are
 * never read into a table in the first place), reduced to the aggregates of types.ts. The same
 * rows give the same profile, byte for byte once written (json.ts): values are sorted before
 * they are bucketed and summed, joint tuples are sorted, and categories keep the order of the
 * table's dictionary — the order the rows first show them, as a report from the rows lists them
 * — so the same rows in another order differ only in that order.
 */
import type { CategoricalColumn, Column, Table } from '../data/table.js';
import { quantileEdges } from '../stats/bins.js';
import { evaluateRule } from '../expr/rule.js';
import { sortFloat64 } from '../stats/sort.js';
import { bucketsOfSorted, edgeSplits } from './buckets.js';
import { jointOf } from './joint.js';
import { EXACT_VALUES, type ProfileNeeds } from './needs.js';
import { PROFILE_FORMAT, type CategoricalProfile, type ColumnProfile, type IdProfile, type NumericProfile, type Profile, type TimestampProfile } from './types.js';

export interface ProfileOrigin {
  readonly model: string;
  readonly fingerprint: string;
  readonly source: string;
  readonly computed: Profile['computed'];
  readonly window: Profile['window'];
  readonly version: string;
}

export function profileTable(table: Table, needs: ProfileNeeds, origin: ProfileOrigin): Profile {
  const columns: ColumnProfile[] = [];
  const ids: IdProfile[] = [];
  for (const name of table.columnNames) {
    const column = table.column(name)!;
    if (needs.ids.includes(name)) ids.push(idProfile(column));
    else columns.push(columnProfile(column, needs));
  }
  const joint = jointOf(table, needs);
  return {
    format: PROFILE_FORMAT,
    made_by: `modelwatch ${origin.version}`,
    model: origin.model,
    policy_fingerprint: origin.fingerprint,
    sources: [origin.source],
    computed: origin.computed,
    window: origin.window,
    rows: table.rowCount,
    bits: needs.bits,
    columns,
    ids,
    joint: joint.ok ? joint.value : null,
    ...(!joint.ok && { joint_missing: joint.message }),
    rules: needs.rules.map((rule) => {
      const counted = evaluateRule(rule, table);
      return counted.ok ? { rule, rows: table.rowCount, holding: counted.value.holding, nulls: counted.value.nulls } : { rule, error: counted.message };
    }),
  };
}

function columnProfile(column: Column, needs: ProfileNeeds): ColumnProfile {
  switch (column.kind) {
    case 'numeric':
      return numericProfile(column.name, column.values, needs.splitsOf(column.name), needs.binsOf(column.name), needs.bits, needs.exactValues);
    case 'categorical':
      return categoricalProfile(column, needs.top);
    case 'timestamp':
      return timestampProfile(column.name, column.values);
  }
}

/**
 * The profile of numeric values (NaN = missing). −0 is profiled as 0: JSON writes both as 0, so
 * a −0 kept in a bucket's least value would read back as another profile than the one written.
 */
export function numericProfile(name: string, values: Float64Array, requiredSplits: readonly number[], bins: readonly number[], bits: number, exactValues = false): NumericProfile {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) finite[n++] = v === 0 ? 0 : v;
  }
  const sorted = sortFloat64(finite.subarray(0, n));
  const edges: Record<string, number[]> = {};
  const splits = new Set(requiredSplits.map((s) => (s === 0 ? 0 : s)));
  if (n > 0) {
    for (const b of bins) {
      const e = [...quantileEdges(sorted, b)];
      edges[String(b)] = e;
      for (const point of edgeSplits(e)) splits.add(point);
    }
  }
  const ascending = [...splits].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (sorted[i]! - mean) ** 2;
  return {
    kind: 'numeric',
    name,
    count: n,
    missing: values.length - n,
    min: n > 0 ? sorted[0]! : null,
    max: n > 0 ? sorted[n - 1]! : null,
    mean,
    m2,
    splits: ascending,
    buckets: bucketsOfSorted(sorted, bits, ascending),
    ...(Object.keys(edges).length > 0 && { edges }),
    ...(exactValues && distinctValues(sorted))
  };
}

/** The distinct values of sorted values with their counts, or nothing past EXACT_VALUES of them. */
function distinctValues(sorted: Float64Array): { values: [number, number][] } | Record<string, never> {
  const values: [number, number][] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (values.length === EXACT_VALUES) return {};
    values.push([sorted[i]! === 0 ? 0 : sorted[i]!, j - i]);
    i = j;
  }
  return { values };
}

/** Category counts in the order of the dictionary, the same string merged, categories with no row left out. */
export function categoricalProfile(column: CategoricalColumn, top: number): CategoricalProfile {
  const perCode = new Float64Array(column.dictionary.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code >= 0) perCode[code]!++;
    else missing++;
  }
  const counts = new Map<string, number>();
  column.dictionary.forEach((category, code) => {
    const c = perCode[code]!;
    if (c > 0) counts.set(category, (counts.get(category) ?? 0) + c);
  });
  return keepTop(column.name, [...counts.keys()], [...counts.values()], column.codes.length - missing, missing, top, { categories: 0, count: 0 });
}

/**
 * At most `top` categories, the most frequent, in their first-seen order; the rest counted as
 * other. Ties at the cut go to the category first in code-point order (the byte order of its
 * UTF-8, which a database's "C" collation gives the pushdown too), not the one seen first, so
 * that which categories are kept depends on the counts alone: the same rows in another order, or
 * merged in another order, or counted in PostgreSQL, keep the same ones.
 */
export function keepTop(name: string, categories: readonly string[], counts: readonly number[], count: number, missing: number, top: number, other: CategoricalProfile['other']): CategoricalProfile {
  if (categories.length <= top) return { kind: 'categorical', name, count, missing, categories: [...categories], counts: [...counts], other, top };
  const order = categories.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || compareCodePoints(categories[a]!, categories[b]!));
  const kept = new Set(order.slice(0, top));
  const keptCategories: string[] = [];
  const keptCounts: number[] = [];
  let otherCount = other.count;
  categories.forEach((category, i) => {
    if (kept.has(i)) {
      keptCategories.push(category);
      keptCounts.push(counts[i]!);
    } else otherCount += counts[i]!;
  });
  return { kind: 'categorical', name, count, missing, categories: keptCategories, counts: keptCounts, other: { categories: other.categories + categories.length - top, count: otherCount }, top };
}

/**
 * Strings in code-point order (JavaScript's < is UTF-16 code-unit order, which puts a character
 * above U+FFFF before U+E000–U+FFFF): each code unit moved so that surrogates sort last.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return pointOrder(x) - pointOrder(y);
  }
  return a.length - b.length;
}

function pointOrder(unit: number): number {
  if (unit >= 0xd800 && unit < 0xe000) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

function timestampProfile(name: string, values: Float64Array): TimestampProfile {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { kind: 'timestamp', name, count, missing: values.length - count, min: count > 0 ? min + 0 : null, max: count > 0 ? max + 0 : null };
}

function idProfile(column: Column): IdProfile {
  const seen = new Set<string | number>();
  let missing = 0;
  let duplicates = 0;
  const n = column.kind === 'categorical' ? column.codes.length : column.values.length;
  for (let i = 0; i < n; i++) {
    let id: string | number;
    if (column.kind === 'categorical') {
      const code = column.codes[i]!;
      if (code < 0) {
        missing++;
        continue;
      }
      id = column.dictionary[code]!;
    } else {
      const v = column.values[i]!;
      if (v !== v) {
        missing++;
        continue;
      }
      id = v;
    }
    if (seen.has(id)) duplicates++;
    else seen.add(id);
  }
  return { name: column.name, kind: column.kind === 'categorical' ? 'categorical' : 'numeric', count: n - missing, missing, duplicates };
}
