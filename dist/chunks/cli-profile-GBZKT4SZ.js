import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  loadPolicies
} from "./chunk-OQXMNW64.js";
import "./chunk-55QY547W.js";
import "./chunk-LD2TNU52.js";
import {
  formatPolicyError
} from "./chunk-HHQGBOLX.js";
import {
  profileJson,
  readProfile
} from "./chunk-SD663IY2.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-HZWVBNBC.js";
import {
  maskOutput
} from "./chunk-4TDULAWQ.js";
import "./chunk-ICZFUYP7.js";
import {
  EXACT_VALUES,
  NO_REFERENCE,
  SCORE_STEP,
  compareTuples,
  declaredKinds,
  evaluatedWindow,
  jointOf,
  planPushdown,
  policyFingerprint,
  profileNeeds,
  pushedCurrent,
  pushedWindow,
  readSources,
  referenceFacts,
  roundScore
} from "./chunk-77CMNWCZ.js";
import {
  evaluateRule,
  filterWindow
} from "./chunk-JKPZIP4Z.js";
import "./chunk-WLYCNJEK.js";
import "./chunk-IOSYXCUI.js";
import {
  PROFILE_FORMAT
} from "./chunk-DKKO2CFA.js";
import {
  bucketsOfSorted,
  compareBuckets,
  edgeSplits
} from "./chunk-B56N3WCO.js";
import {
  describeSource
} from "./chunk-4DEPPOEX.js";
import "./chunk-NBPOFIC6.js";
import "./chunk-ZE4AS634.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import {
  parseIsoTimestamp
} from "./chunk-7M2XNVRX.js";
import "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import "./chunk-LNKZD7PG.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import {
  quantileEdges,
  sortFloat64
} from "./chunk-ABXIHZ2L.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-TPAHR6PB.js";
import {
  count
} from "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import {
  failure,
  ok
} from "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/cli-profile.ts
import { readFile, writeFile } from "node:fs/promises";

// src/profile/build.ts
function profileTable(table, needs, origin) {
  const columns = [];
  const ids = [];
  for (const name of table.columnNames) {
    const column = table.column(name);
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
    ...!joint.ok && { joint_missing: joint.message },
    rules: needs.rules.map((rule) => {
      const counted = evaluateRule(rule, table);
      return counted.ok ? { rule, rows: table.rowCount, holding: counted.value.holding, nulls: counted.value.nulls } : { rule, error: counted.message };
    })
  };
}
function columnProfile(column, needs) {
  switch (column.kind) {
    case "numeric":
      return numericProfile(column.name, column.values, needs.splitsOf(column.name), needs.binsOf(column.name), needs.bits, needs.exactValues);
    case "categorical":
      return categoricalProfile(column, needs.top);
    case "timestamp":
      return timestampProfile(column.name, column.values);
  }
}
function numericProfile(name, values, requiredSplits, bins, bits, exactValues = false) {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) finite[n++] = v === 0 ? 0 : v;
  }
  const sorted = sortFloat64(finite.subarray(0, n));
  const edges = {};
  const splits = new Set(requiredSplits.map((s) => s === 0 ? 0 : s));
  if (n > 0) {
    for (const b of bins) {
      const e = [...quantileEdges(sorted, b)];
      edges[String(b)] = e;
      for (const point of edgeSplits(e)) splits.add(point);
    }
  }
  const ascending = [...splits].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (sorted[i] - mean) ** 2;
  return {
    kind: "numeric",
    name,
    count: n,
    missing: values.length - n,
    min: n > 0 ? sorted[0] : null,
    max: n > 0 ? sorted[n - 1] : null,
    mean,
    m2,
    splits: ascending,
    buckets: bucketsOfSorted(sorted, bits, ascending),
    ...Object.keys(edges).length > 0 && { edges },
    ...exactValues && distinctValues(sorted)
  };
}
function distinctValues(sorted) {
  const values = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (values.length === EXACT_VALUES) return {};
    values.push([sorted[i] === 0 ? 0 : sorted[i], j - i]);
    i = j;
  }
  return { values };
}
function categoricalProfile(column, top) {
  const perCode = new Float64Array(column.dictionary.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code >= 0) perCode[code]++;
    else missing++;
  }
  const counts = /* @__PURE__ */ new Map();
  column.dictionary.forEach((category, code) => {
    const c = perCode[code];
    if (c > 0) counts.set(category, (counts.get(category) ?? 0) + c);
  });
  return keepTop(column.name, [...counts.keys()], [...counts.values()], column.codes.length - missing, missing, top, { categories: 0, count: 0 });
}
function keepTop(name, categories, counts, count2, missing, top, other) {
  if (categories.length <= top) return { kind: "categorical", name, count: count2, missing, categories: [...categories], counts: [...counts], other, top };
  const order = categories.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || compareCodePoints(categories[a], categories[b]));
  const kept = new Set(order.slice(0, top));
  const keptCategories = [];
  const keptCounts = [];
  let otherCount = other.count;
  categories.forEach((category, i) => {
    if (kept.has(i)) {
      keptCategories.push(category);
      keptCounts.push(counts[i]);
    } else otherCount += counts[i];
  });
  return { kind: "categorical", name, count: count2, missing, categories: keptCategories, counts: keptCounts, other: { categories: other.categories + categories.length - top, count: otherCount }, top };
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return pointOrder(x) - pointOrder(y);
  }
  return a.length - b.length;
}
function pointOrder(unit) {
  if (unit >= 55296 && unit < 57344) return unit + 8192;
  return unit >= 57344 ? unit - 2048 : unit;
}
function timestampProfile(name, values) {
  let min = Infinity;
  let max = -Infinity;
  let count2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    count2++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { kind: "timestamp", name, count: count2, missing: values.length - count2, min: count2 > 0 ? min + 0 : null, max: count2 > 0 ? max + 0 : null };
}
function idProfile(column) {
  const seen = /* @__PURE__ */ new Set();
  let missing = 0;
  let duplicates = 0;
  const n = column.kind === "categorical" ? column.codes.length : column.values.length;
  for (let i = 0; i < n; i++) {
    let id;
    if (column.kind === "categorical") {
      const code = column.codes[i];
      if (code < 0) {
        missing++;
        continue;
      }
      id = column.dictionary[code];
    } else {
      const v = column.values[i];
      if (v !== v) {
        missing++;
        continue;
      }
      id = v;
    }
    if (seen.has(id)) duplicates++;
    else seen.add(id);
  }
  return { name: column.name, kind: column.kind === "categorical" ? "categorical" : "numeric", count: n - missing, missing, duplicates };
}

// src/engine/profile-model.ts
var ProfileUsageError = class extends Error {
  name = "ProfileUsageError";
};
async function profileModel(policy, options) {
  const { reference: referenceSpec, current: currentSpec } = policy.data;
  const read = { options: { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) }, timestampColumn: policy.columns.timestamp, log: options.log };
  if (options.side === "reference" && referenceSpec === void 0) throw new ProfileUsageError(`the policy of "${policy.model.name}" has no data.reference to profile`);
  const spec = options.side === "reference" ? referenceSpec : currentSpec;
  if (spec.kind === "profile") throw new ProfileUsageError(`data.${options.side} of "${policy.model.name}" is a profile already; merge profiles with 'modelwatch profile merge'`);
  const plan = options.side === "current" ? await planPushdown(policy) : null;
  if (plan?.push === true) return pushedProfile(policy, plan.spec, read, options);
  const window = options.side === "current" ? pushedWindow(policy, options.now) : null;
  const [referenceTable, table] = await readSources(
    options.side === "reference" ? [void 0, { spec, window: null }] : [referenceSpec === void 0 ? void 0 : { spec: referenceSpec, window: null }, { spec, window }],
    read
  );
  let rows = table;
  const evaluated = options.side === "current" ? profiledWindow(policy, options.now) : null;
  if (evaluated !== null) rows = filterWindow(rows, policy.columns.timestamp, evaluated.start, evaluated.end).table;
  const facts = options.side === "reference" ? null : referenceTable === null || referenceTable === void 0 ? NO_REFERENCE : referenceFacts(referenceTable);
  return profileTable(rows, profileNeeds(policy, facts, options), {
    model: policy.model.name,
    fingerprint: policyFingerprint(policy),
    source: await describeSource(spec),
    computed: "rows",
    window: evaluated,
    version: "0.1.0"
  });
}
async function pushedProfile(policy, spec, read, options) {
  const referenceSpec = policy.data.reference;
  const [reference] = await readSources([referenceSpec === void 0 ? void 0 : { spec: referenceSpec, window: null }], read);
  const window = profiledWindow(policy, options.now);
  const { profile: profile2, rowsReturned } = await pushedCurrent(policy, spec, reference ?? null, window, read, options);
  options.log?.(`${profile2.sources[0]}: computed in the database over ${count(profile2.rows)} rows (${count(rowsReturned)} rows returned)`);
  return profile2;
}
function profiledWindow(policy, now) {
  return policy.data.window?.kind === "time" && policy.columns.timestamp !== void 0 ? evaluatedWindow(policy, now) : null;
}

// src/profile/merge.ts
function mergeProfiles(profiles) {
  if (profiles.length === 0) return failure("profile/merge", "no profile to merge");
  let merged = profiles[0];
  for (const next of profiles.slice(1)) {
    const result = mergeTwo(merged, next);
    if (!result.ok) return result;
    merged = result.value;
  }
  return ok(merged);
}
function mergeTwo(a, b) {
  if (a.model !== b.model) return failure("profile/merge", `profiles of two models ("${a.model}", "${b.model}") cannot be merged`);
  if (a.bits !== b.bits) return failure("profile/merge", `profiles with buckets of ${a.bits} and ${b.bits} mantissa bits cannot be merged: profile both with the same --bits`);
  const columns = [];
  const names = [.../* @__PURE__ */ new Set([...a.columns.map((c) => c.name), ...b.columns.map((c) => c.name)])];
  for (const name of names) {
    const x = a.columns.find((c) => c.name === name);
    const y = b.columns.find((c) => c.name === name);
    const result = mergeColumn(name, x ?? absent(y, a.rows), y ?? absent(x, b.rows));
    if (!result.ok) return result;
    columns.push(result.value);
  }
  const idNames = [.../* @__PURE__ */ new Set([...a.ids.map((c) => c.name), ...b.ids.map((c) => c.name)])];
  const ids = idNames.map((name) => {
    const found = a.ids.find((c) => c.name === name) ?? b.ids.find((c) => c.name === name);
    const x = a.ids.find((c) => c.name === name) ?? { count: 0, missing: a.rows };
    const y = b.ids.find((c) => c.name === name) ?? { count: 0, missing: b.rows };
    return { name, kind: found.kind, count: x.count + y.count, missing: x.missing + y.missing, duplicates: null };
  });
  const joint = mergeJoint(a.joint, b.joint);
  const jointMissing = a.joint_missing ?? b.joint_missing ?? (joint.ok ? void 0 : joint.message);
  return ok({
    format: a.format,
    made_by: a.made_by,
    model: a.model,
    policy_fingerprint: a.policy_fingerprint === b.policy_fingerprint ? a.policy_fingerprint : [a.policy_fingerprint, b.policy_fingerprint].sort().join("+"),
    sources: [.../* @__PURE__ */ new Set([...a.sources, ...b.sources])].sort(),
    computed: a.computed === b.computed ? a.computed : "rows",
    window: a.window === null || b.window === null ? null : { start: Math.min(a.window.start, b.window.start), end: Math.max(a.window.end, b.window.end) },
    rows: a.rows + b.rows,
    bits: a.bits,
    columns,
    ids,
    joint: joint.ok ? joint.value : null,
    ...jointMissing !== void 0 && { joint_missing: jointMissing },
    rules: mergeRules(a, b)
  });
}
function absent(like, rows) {
  switch (like.kind) {
    case "numeric":
      return { kind: "numeric", name: like.name, count: 0, missing: rows, min: null, max: null, mean: 0, m2: 0, splits: like.splits, buckets: [] };
    case "categorical":
      return { kind: "categorical", name: like.name, count: 0, missing: rows, categories: [], counts: [], other: { categories: 0, count: 0 }, top: like.top };
    case "timestamp":
      return { kind: "timestamp", name: like.name, count: 0, missing: rows, min: null, max: null };
  }
}
function mergeColumn(name, x, y) {
  if (x.kind !== y.kind) return failure("profile/merge", `column "${name}" is ${x.kind} in one profile and ${y.kind} in the other`);
  if (x.kind === "numeric") return mergeNumeric(name, x, y);
  if (x.kind === "categorical") return ok(mergeCategorical(name, x, y));
  const t = y;
  return ok({ kind: "timestamp", name, count: x.count + t.count, missing: x.missing + t.missing, min: least(x.min, t.min), max: greatest(x.max, t.max) });
}
function least(a, b) {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
function greatest(a, b) {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
function mergeNumeric(name, x, y) {
  if (x.splits.length !== y.splits.length || x.splits.some((s, i) => s !== y.splits[i])) {
    return failure("profile/merge", `column "${name}" was bucketed at different split points in the two profiles (made against different references or policies): profile both against the same reference`);
  }
  const n = x.count + y.count;
  const delta = y.mean - x.mean;
  const mean = n === 0 ? 0 : x.count === 0 ? y.mean : y.count === 0 ? x.mean : x.mean + delta * y.count / n;
  const m2 = n === 0 ? 0 : x.m2 + y.m2 + delta * delta * x.count * y.count / n;
  return ok({
    kind: "numeric",
    name,
    count: n,
    missing: x.missing + y.missing,
    min: least(x.min, y.min),
    max: greatest(x.max, y.max),
    mean,
    m2,
    splits: x.splits,
    buckets: mergeBuckets(x.buckets, y.buckets),
    ...mergeValues(x, y)
  });
}
function mergeValues(x, y) {
  const a = x.count === 0 ? [] : x.values;
  const b = y.count === 0 ? [] : y.values;
  if (a === void 0 || b === void 0) return {};
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (out.length === EXACT_VALUES) return {};
    const p = a[i];
    const q = b[j];
    if (q === void 0 || p !== void 0 && p[0] < q[0]) {
      out.push([p[0], p[1]]);
      i++;
    } else if (p === void 0 || q[0] < p[0]) {
      out.push([q[0], q[1]]);
      j++;
    } else {
      out.push([p[0], p[1] + q[1]]);
      i++;
      j++;
    }
  }
  return { values: out };
}
function mergeBuckets(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const order = i === a.length ? 1 : j === b.length ? -1 : compareBuckets(a[i], b[j]);
    if (order < 0) out.push(a[i++]);
    else if (order > 0) out.push(b[j++]);
    else {
      const p = a[i++];
      const q = b[j++];
      out.push({ key: p.key, split: p.split, count: p.count + q.count, min: Math.min(p.min, q.min), max: Math.max(p.max, q.max), sum: p.sum + q.sum });
    }
  }
  return out;
}
function mergeCategorical(name, x, y) {
  const counts = /* @__PURE__ */ new Map();
  x.categories.forEach((c, i) => counts.set(c, x.counts[i]));
  y.categories.forEach((c, i) => counts.set(c, (counts.get(c) ?? 0) + y.counts[i]));
  const other = { categories: x.other.categories + y.other.categories, count: x.other.count + y.other.count };
  return keepTop(name, [...counts.keys()], [...counts.values()], x.count + y.count, x.missing + y.missing, Math.min(x.top, y.top), other);
}
function mergeJoint(a, b) {
  if (a === null || b === null) return a === b ? ok(null) : failure("profile/missing", "only one of the merged profiles holds the joint aggregate");
  if (a.columns.join("\0") !== b.columns.join("\0")) return failure("profile/missing", "the merged profiles hold joint aggregates of different columns");
  const limit = Math.min(a.limit, b.limit);
  let step = a.score_step ?? b.score_step;
  let merged = addTuples(a, b, step);
  if (merged.size > limit && step === null && a.score_columns.length > 0) {
    step = SCORE_STEP;
    merged = addTuples(a, b, step);
  }
  if (merged.size > limit) return failure("profile/missing", `the merged joint aggregate has more than ${limit.toLocaleString("en")} combinations: profile the union of the rows with a higher --joint-limit`);
  return ok({ columns: a.columns, kinds: a.kinds, tuples: [...merged.values()].sort(compareTuples), limit, score_step: step, score_columns: a.score_columns });
}
function addTuples(a, b, step) {
  const rounded = new Set(step === null ? [] : a.score_columns);
  const merged = /* @__PURE__ */ new Map();
  for (const joint of [a, b]) {
    for (const tuple of joint.tuples) {
      const cells = tuple.slice(0, -1).map((v, k) => rounded.has(joint.columns[k]) && typeof v === "number" ? roundScore(v) : v);
      const key = JSON.stringify(cells);
      const entry = merged.get(key);
      const count2 = tuple[tuple.length - 1];
      if (entry !== void 0) entry[entry.length - 1] += count2;
      else merged.set(key, [...cells, count2]);
    }
  }
  return merged;
}
function mergeRules(a, b) {
  const out = [];
  for (const x of a.rules) {
    const y = b.rules.find((r) => r.rule === x.rule);
    if (y === void 0) continue;
    if ("error" in x || "error" in y) out.push("error" in x ? x : y);
    else out.push({ rule: x.rule, rows: x.rows + y.rows, holding: x.holding + y.holding, nulls: x.nulls + y.nulls });
  }
  return out;
}

// src/cli-profile.ts
function whole(text, name, min, max) {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ProfileUsageError(`--${name} must be a whole number from ${min} to ${max.toLocaleString("en")}, got "${text}"`);
  return n;
}
async function profile(positionals, values) {
  if (values.force && values.out === void 0) throw new ProfileUsageError("--force needs --out (it allows replacing that file)");
  if (positionals[0] === "merge") return merge(positionals.slice(1), values);
  if (positionals.length !== 1) throw new ProfileUsageError(positionals.length === 0 ? "profile needs the policy file of one model" : `profile takes one policy file, got ${positionals.length} paths`);
  const side = values.side ?? "reference";
  if (side !== "reference" && side !== "current") throw new ProfileUsageError(`--side must be reference or current, got "${side}"`);
  let now = /* @__PURE__ */ new Date();
  if (values.now !== void 0) {
    const ms = parseIsoTimestamp(values.now);
    if (Number.isNaN(ms)) throw new ProfileUsageError(`--now must be an ISO 8601 date or date-time that exists, got "${values.now}"`);
    now = new Date(ms);
  }
  const options = {
    side,
    now,
    ...optional("bits", whole(values.bits, "bits", 0, 20)),
    ...optional("top", whole(values.top, "top", 1, 1e6)),
    ...optional("jointLimit", whole(values["joint-limit"], "joint-limit", 1, 1e7))
  };
  const { policies, errors, secrets } = await loadPolicies([positionals[0]], values.root === void 0 ? {} : { root: values.root });
  const say = (line) => void process.stderr.write(maskOutput(`${line}
`, secrets));
  for (const error of errors) say(formatPolicyError(error));
  if (errors.length > 0) return 2;
  if (policies.length !== 1) {
    say(`modelwatch: ${positionals[0]} holds ${policies.length} policies; profile one model at a time [cli/usage]`);
    return 2;
  }
  const policy = policies[0];
  let made;
  try {
    made = await profileModel(policy, options);
  } catch (cause) {
    if (cause instanceof DataError) {
      say(`modelwatch: ${policy.model.name}: ${cause.message} [${cause.code}]`);
      return 2;
    }
    throw cause;
  }
  return write(made, values, say, secrets);
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
async function merge(files, values) {
  const say = (line) => void process.stderr.write(`${line}
`);
  if (files.length === 0) throw new ProfileUsageError("profile merge needs the profiles to merge");
  const profiles = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (cause) {
      say(`modelwatch: cannot read ${file}: ${cause.code ?? String(cause)} [profile/invalid]`);
      return 2;
    }
    const read = readProfile(text, file);
    if (!read.ok) {
      say(`modelwatch: ${read.message} [${read.code}]`);
      return 2;
    }
    profiles.push(read.value);
  }
  const merged = mergeProfiles(profiles);
  if (!merged.ok) {
    say(`modelwatch: ${merged.message} [${merged.code}]`);
    return 2;
  }
  return write(merged.value, values, say, []);
}
async function write(made, values, say, secrets) {
  const text = maskOutput(profileJson(made), secrets);
  if (values.out === void 0) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(values.out, text, { flag: values.force === true ? "w" : "wx" });
  } catch (cause) {
    const code = cause.code;
    say(`modelwatch: ${code === "EEXIST" ? `${values.out} already exists; pass --force to replace it` : `cannot write the profile to ${values.out}: ${code ?? String(cause)}`} [cli/output]`);
    return 2;
  }
  if (!values.quiet) {
    const exact = made.columns.filter((c) => c.kind !== "numeric" || c.buckets.every((b) => b.min === b.max)).length;
    say(`wrote ${values.out}: ${made.model}, ${made.rows.toLocaleString("en")} rows, ${made.columns.length} columns (${exact} held exactly), ${Buffer.byteLength(text).toLocaleString("en")} bytes`);
  }
  return 0;
}
export {
  profile
};
