import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  Table
} from "./chunk-R4FKQLHU.js";

// src/profile/buckets.ts
var DEFAULT_BITS = 6;
var view = new DataView(new ArrayBuffer(8));
function bucketKey(x, bits) {
  view.setFloat64(0, Math.abs(x));
  const magnitude = view.getUint32(0) >>> 20 - bits;
  return x < 0 ? -magnitude - 1 : magnitude;
}
function nextUp(x) {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  const big = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? big + 1n : big - 1n);
  return view.getFloat64(0);
}
function splitIndex(x, splits) {
  let lo = 0;
  let hi = splits.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (splits[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function bucketsOfSorted(sorted, bits, splits) {
  const buckets = [];
  let i = 0;
  const n = sorted.length;
  let s = 0;
  while (i < n) {
    const first = sorted[i];
    const key = bucketKey(first, bits);
    while (s < splits.length && splits[s] <= first) s++;
    const limit = s < splits.length ? splits[s] : Infinity;
    let sum = 0;
    let j = i;
    while (j < n && sorted[j] < limit && bucketKey(sorted[j], bits) === key) sum += sorted[j++];
    buckets.push({ key, split: s, count: j - i, min: first, max: sorted[j - 1], sum });
    i = j;
  }
  return buckets;
}
function compareBuckets(a, b) {
  return a.key - b.key || a.split - b.split;
}
function fillBucket(bucket, target, at) {
  const { count, min, max } = bucket;
  if (count === 1 || min === max) {
    target.fill(min, at, at + count);
    return at + count;
  }
  target[at] = min;
  const rest = count - 2;
  if (rest > 0) {
    const mean = Math.min(max, Math.max(min, (bucket.sum - min - max) / rest));
    const [lo, hi] = mean <= (min + max) / 2 ? [min, 2 * mean - min] : [2 * mean - max, max];
    const step = (hi - lo) / (rest + 1);
    for (let k = 1; k <= rest; k++) target[at + k] = Math.min(max, Math.max(min, lo + step * k));
  }
  target[at + count - 1] = max;
  return at + count;
}
function readBackError(buckets, n) {
  let cdf = 0;
  let shift = 0;
  if (n === 0) return { cdf, shift };
  for (const b of buckets) {
    if (b.min === b.max) continue;
    cdf = Math.max(cdf, b.count / n);
    shift += b.count / n * (b.max - b.min);
  }
  return { cdf, shift };
}
function edgeSplits(edges) {
  return edges.flatMap((e) => [e, nextUp(e)]);
}
function rangeSplits(min, max) {
  return [...min !== void 0 ? [min] : [], ...max !== void 0 ? [nextUp(max)] : []];
}

// src/profile/table.ts
var facts = /* @__PURE__ */ new WeakMap();
function profileFacts(table) {
  return table === null ? void 0 : facts.get(table);
}
function profileKnows(table, name) {
  const f = facts.get(table);
  if (f === void 0) return false;
  return f.profile.columns.some((c) => c.name === name) || f.profile.ids.some((c) => c.name === name);
}
function columnsView(profile, origin, computed) {
  const held = new HeldColumn();
  const columns = [];
  for (const column of profile.columns) {
    if (column.kind === "numeric") columns.push(new ReadBackNumeric(column, profile.rows, held));
    else if (column.kind === "categorical") columns.push(new ReadBackCategorical(column, profile.rows, held));
  }
  const table = new Table(profile.rows, columns, origin);
  facts.set(table, factsOf(profile, computed, "columns"));
  return table;
}
var HeldColumn = class {
  #owner = null;
  #data = null;
  get(owner, write) {
    if (this.#owner !== owner) {
      this.#owner = null;
      this.#data = null;
      this.#data = write();
      this.#owner = owner;
    }
    return this.#data;
  }
};
var ReadBackNumeric = class {
  kind = "numeric";
  name;
  #column;
  #rows;
  #held;
  constructor(column, rows, held) {
    this.name = column.name;
    this.#column = column;
    this.#rows = rows;
    this.#held = held;
  }
  /** A getter, not a field: a copy made by spreading the column must not carry it. */
  get rows() {
    return this.#rows;
  }
  get missing() {
    return this.#rows - writtenCount(this.#column);
  }
  get values() {
    return this.#held.get(this, () => {
      const values = new Float64Array(this.#rows);
      values.fill(NaN, writeSorted(this.#column, values));
      return values;
    });
  }
  writeSorted(target) {
    return writeSorted(this.#column, target);
  }
};
var ReadBackCategorical = class {
  kind = "categorical";
  name;
  dictionary;
  #column;
  #rows;
  #held;
  constructor(column, rows, held) {
    this.name = column.name;
    this.#column = column;
    this.#rows = rows;
    this.#held = held;
    this.dictionary = column.other.count > 0 ? [...column.categories, otherCategory(column)] : [...column.categories];
  }
  get rows() {
    return this.#rows;
  }
  get missing() {
    return this.#rows - this.#column.counts.reduce((a, b) => a + b, 0) - this.#column.other.count;
  }
  get codes() {
    return this.#held.get(this, () => categoricalCodes(this.#column, this.#rows));
  }
};
function jointView(profile, origin, computed) {
  const joint = profile.joint;
  if (joint === null) return null;
  const n = profile.rows;
  const columns = joint.columns.map((name, k) => {
    if (joint.kinds[k] === "numeric") {
      const values = new Float64Array(n);
      let at2 = 0;
      for (const t of joint.tuples) {
        const count = t[t.length - 1];
        const v = t[k];
        values.fill(v === null ? NaN : v, at2, at2 + count);
        at2 += count;
      }
      return { kind: "numeric", name, values };
    }
    const known = profile.columns.find((c) => c.name === name);
    const dictionary = known?.kind === "categorical" ? [...known.categories] : [];
    const index = new Map(dictionary.map((c, i) => [c, i]));
    const codes = new Int32Array(n);
    let at = 0;
    for (const t of joint.tuples) {
      const count = t[t.length - 1];
      const v = t[k];
      let code = -1;
      if (v !== null) {
        code = index.get(v) ?? -1;
        if (code < 0) {
          code = dictionary.length;
          dictionary.push(v);
          index.set(v, code);
        }
      }
      codes.fill(code, at, at + count);
      at += count;
    }
    return { kind: "categorical", name, codes, dictionary };
  });
  const table = new Table(n, columns, origin);
  facts.set(table, factsOf(profile, computed, "joint"));
  return table;
}
function writeSorted(column, target) {
  let at = 0;
  if (column.values !== void 0) {
    for (const [value, count] of column.values) {
      target.fill(value, at, at + count);
      at += count;
    }
  } else for (const bucket of column.buckets) at = fillBucket(bucket, target, at);
  return at;
}
function writtenCount(column) {
  let n = 0;
  if (column.values !== void 0) for (const [, count] of column.values) n += count;
  else for (const bucket of column.buckets) n += bucket.count;
  return n;
}
function otherCategory(column) {
  return `(${column.other.categories} other categories)`;
}
function categoricalCodes(column, rows) {
  const codes = new Int32Array(rows).fill(-1);
  let at = 0;
  column.counts.forEach((count, code) => {
    codes.fill(code, at, at + count);
    at += count;
  });
  if (column.other.count > 0) codes.fill(column.categories.length, at, at + column.other.count);
  return codes;
}
function factsOf(profile, computed, view2) {
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const errors = /* @__PURE__ */ new Map();
  const kind = (name, k) => {
    const c = byName.get(name);
    return c?.kind === k ? c : void 0;
  };
  return {
    profile,
    computed,
    view: view2,
    numeric: (name) => kind(name, "numeric"),
    categorical: (name) => kind(name, "categorical"),
    timestamp: (name) => kind(name, "timestamp"),
    id: (name) => profile.ids.find((c) => c.name === name),
    error: (name) => {
      let e = errors.get(name);
      if (e === void 0) {
        const c = kind(name, "numeric");
        e = c === void 0 || c.values !== void 0 ? { cdf: 0, shift: 0 } : readBackError(c.buckets, c.count);
        errors.set(name, e);
      }
      return e;
    }
  };
}

export {
  DEFAULT_BITS,
  bucketKey,
  nextUp,
  splitIndex,
  bucketsOfSorted,
  compareBuckets,
  edgeSplits,
  rangeSplits,
  profileFacts,
  profileKnows,
  columnsView,
  jointView
};
