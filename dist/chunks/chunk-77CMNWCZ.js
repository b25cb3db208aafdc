import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  SCORE_METRICS,
  checkModuleFor,
  filterWindow,
  normalQuantile,
  qualityColumns,
  sampleTable,
  sampleVariance
} from "./chunk-JKPZIP4Z.js";
import {
  PgConnection,
  beginRead,
  describePostgres,
  planColumns,
  planQuery,
  queryError,
  quoteIdentifier,
  windowCondition
} from "./chunk-IOSYXCUI.js";
import {
  PROFILE_FORMAT
} from "./chunk-DKKO2CFA.js";
import {
  DEFAULT_BITS,
  bucketKey,
  columnsView,
  compareBuckets,
  edgeSplits,
  jointView,
  nextUp,
  profileFacts,
  profileKnows,
  rangeSplits,
  splitIndex
} from "./chunk-B56N3WCO.js";
import {
  ABORT,
  describeSource,
  readError,
  readTable,
  sourceSize,
  sourceThread
} from "./chunk-4DEPPOEX.js";
import {
  TableBuilder
} from "./chunk-RUL4MJK3.js";
import {
  Table,
  columnFromParts
} from "./chunk-R4FKQLHU.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import {
  quantileEdges,
  sortFloat64
} from "./chunk-ABXIHZ2L.js";
import {
  bandEnd,
  comparatorHolds,
  count
} from "./chunk-EY2KJAPC.js";
import {
  severity,
  worstStatus
} from "./chunk-VIBIWIW3.js";
import {
  failure,
  ok
} from "./chunk-BQP2U36L.js";

// src/engine/read-sources.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/engine/worker-script.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function workerScript(name) {
  if (!import.meta.url.endsWith(".js")) return null;
  for (const candidate of [`./${name}`, `../${name}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
function thresholdFromEnv(name, fallback) {
  const text = process.env[name];
  const value = text === void 0 || text === "" ? fallback : Number(text);
  return Number.isNaN(value) || value < 0 ? fallback : value;
}

// src/engine/read-sources.ts
var DEFAULT_MIN_BYTES = 16 << 20;
var ABORT_GRACE_MS = 2e3;
function largeSourceBytes() {
  return thresholdFromEnv("MODELWATCH_PARALLEL_READ_BYTES", DEFAULT_MIN_BYTES);
}
async function readSources(reads, context) {
  const worker = workerScript("read-worker.js");
  const minBytes = largeSourceBytes();
  const sizes = worker === null ? reads.map(() => 0) : await Promise.all(reads.map((r) => r === void 0 ? 0 : sourceBytes(r.spec)));
  const threads = await Promise.all(reads.map((r) => r === void 0 ? "by-size" : sourceThread(r.spec)));
  const ranked = sizes.map((size, i) => threads[i] === "main" ? Infinity : threads[i] === "worker" ? -1 : size);
  const largest = ranked.indexOf(Math.max(...ranked));
  const wantsWorker = (i) => {
    if (threads[i] === "main") return false;
    if (threads[i] === "worker") return minBytes !== Infinity && sizes[largest] >= minBytes;
    return sizes[i] >= minBytes && sizes[i] !== Infinity;
  };
  return Promise.all(
    reads.map((read, i) => {
      if (read === void 0) return null;
      const { spec, window } = read;
      const inWorker = worker !== null && i !== largest && wantsWorker(i) && availableParallelism() > 1;
      if (!inWorker) return readTable(spec, { options: context.options, window, timestampColumn: context.timestampColumn, signal: context.signal });
      return readInWorker(worker, { spec, window, options: context.options, timestampColumn: context.timestampColumn }, context.signal).then((table) => {
        context.log?.(`read ${table.origin} on a worker thread (${count(table.rowCount)} rows)`);
        return table;
      });
    })
  );
}
async function sourceBytes(spec) {
  return await sourceSize(spec) ?? Infinity;
}
async function readInWorker(script, request, signal) {
  const name = await describeSource(request.spec);
  signal?.throwIfAborted();
  return new Promise((resolve2, reject) => {
    const worker = new Worker(script, { workerData: request });
    let settled = false;
    signal?.addEventListener(
      "abort",
      () => {
        if (settled) return;
        settled = true;
        reject(signal.reason);
        worker.postMessage(ABORT);
        setTimeout(() => void worker.terminate(), ABORT_GRACE_MS).unref();
      },
      { once: true }
    );
    worker.once("message", (reply) => {
      if (settled) return;
      settled = true;
      if (reply.ok) resolve2(new Table(reply.rowCount, reply.columns.map(columnFromParts), reply.origin));
      else reject(readError(reply));
      void worker.terminate();
    });
    worker.once("error", (error) => {
      if (settled) return;
      settled = true;
      reject(new Error(`reading ${name}: ${error.message}`));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`reading ${name}: the reader thread stopped (exit code ${code})`));
    });
  });
}

// src/engine/declared-columns.ts
function currentRoles(policy) {
  const { columns } = policy;
  const roles = [];
  for (const role of ["id", "timestamp", "prediction", "score"]) {
    const column = columns[role];
    if (column !== void 0) roles.push({ column, role: `columns.${role}` });
  }
  for (const [label, column] of Object.entries(columns.class_scores ?? {})) roles.push({ column, role: `columns.class_scores.${label}` });
  return [...roles, ...featureRoles(policy)];
}
function featureRoles(policy) {
  const features = policy.columns.features;
  if (features === void 0) return [];
  return [
    ...features.numerical.map((column) => ({ column, role: "columns.features.numerical" })),
    ...features.categorical.map((column) => ({ column, role: "columns.features.categorical" }))
  ];
}
function requireIn(table, declared) {
  const missing = declared.filter((d) => !table.has(d.column) && !profileKnows(table, d.column));
  const first = missing[0];
  if (first === void 0) return;
  const others = [...new Set(missing.slice(1).map((d) => d.column))].filter((c) => c !== first.column);
  const listed = others.slice(0, 5).map((c) => JSON.stringify(c)).join(", ") + (others.length > 5 ? `, +${others.length - 5} more` : "");
  const more = others.length === 0 ? "" : ` (also missing: ${listed})`;
  throw new DataError("data/missing-column", table.origin, `declared as ${first.role}, but the data has no such column${more}`, void 0, first.column);
}
function requireDeclaredColumns(policy, data) {
  requireIn(data.current, currentRoles(policy));
  if (data.reference !== null) requireIn(data.reference, featureRoles(policy));
  const target = policy.columns.target;
  if (target !== void 0 && policy.data.labels === void 0 && !data.current.has(target) && !profileKnows(data.current, target) && !(data.reference?.has(target) ?? false) && !(data.reference !== null && profileKnows(data.reference, target))) {
    const detail = "declared as columns.target, but neither this data nor the reference has such a column, and there is no data.labels";
    throw new DataError("data/missing-column", data.current.origin, detail, void 0, target);
  }
}

// src/profile/needs.ts
import { createHash } from "node:crypto";
var DEFAULT_TOP = 1e3;
var DEFAULT_JOINT_LIMIT = 1e4;
var SCORE_STEP = 1e-3;
var EXACT_VALUES = 1e4;
var NO_REFERENCE = { edges: () => void 0, range: () => void 0 };
function profileNeeds(policy, reference, options = {}) {
  const columns = policy.columns;
  const bins = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Map();
  const joint2 = [];
  const add = (name) => {
    if (name !== void 0 && !joint2.includes(name)) joint2.push(name);
  };
  let wantsReferenceRange = false;
  for (const check of policy.checks) {
    if (check.type === "drift") bins.add(check.bins);
    if (check.type === "data_quality" && check.metric === "out_of_range_share" && check.range !== void 0) {
      if (check.range === "reference") wantsReferenceRange = true;
      else {
        const points = rangeSplits(check.range.min, check.range.max);
        for (const name of check.columns === "all" ? [null] : check.columns) explicit.set(name, [...explicit.get(name) ?? [], ...points]);
      }
    }
    if (check.type === "performance" && check.by !== void 0) add(check.by);
    if (check.type === "fairness") for (const name of check.by) add(name);
  }
  const scoreColumns = [...columns.score !== void 0 ? [columns.score] : [], ...Object.values(columns.class_scores ?? {})];
  const labelled = [columns.target, columns.prediction, ...scoreColumns];
  const groups = [...joint2];
  joint2.length = 0;
  for (const name of [...labelled, ...columns.sensitive, ...groups]) add(name);
  const binList = [...bins].sort((a, b) => a - b);
  return {
    bits: options.bits ?? DEFAULT_BITS,
    exactValues: reference === null,
    top: options.top ?? DEFAULT_TOP,
    jointLimit: options.jointLimit ?? DEFAULT_JOINT_LIMIT,
    rules: [...new Set(policy.checks.flatMap((c) => c.type === "data_quality" && c.metric === "rule" && c.rule !== void 0 ? [c.rule] : []))],
    ids: [...new Set([columns.id, policy.data.labels?.join].filter((n) => n !== void 0))],
    joint: columns.target !== void 0 || columns.prediction !== void 0 ? joint2 : [],
    scoreColumns,
    // Decision: a current profile keeps no edges of its own. Its buckets are split at the
    // reference's (splitsOf), which is all binned drift reads of it, and a profile pushed down
    // into a database could compute quantile edges only with a second pass over the rows.
    binsOf: () => reference === null ? binList : [],
    splitsOf: (name) => {
      const points = [...explicit.get(null) ?? [], ...explicit.get(name) ?? []];
      if (reference === null) return points;
      for (const b of binList) points.push(...edgeSplits(reference.edges(name, b) ?? []));
      const range = reference.range(name);
      if (range !== void 0 && wantsReferenceRange) points.push(...rangeSplits(range.min, range.max));
      return points;
    },
    scaleOf: (name) => {
      const range = reference?.range(name);
      return range === void 0 ? void 0 : Math.max(Math.abs(range.min), Math.abs(range.max));
    }
  };
}
function policyFingerprint(policy) {
  const checks = policy.checks.map((c) => {
    const spec = c;
    return Object.fromEntries(["type", "features", "columns", "bins", "range", "by", "metric", "column"].filter((k) => spec[k] !== void 0).map((k) => [k, spec[k]]));
  });
  const text = JSON.stringify({ model: policy.model.name, task: policy.model.task, columns: policy.columns, checks });
  return createHash("sha256").update(text).digest("hex");
}

// src/checks/profile-support.ts
var view = (v) => ({ view: v });
var rows = (why, optional = false) => ({ rows: why, optional });
function checkNeeds(spec, policy) {
  const both = (need, joint2 = [], changed = spec) => ({
    reference: need,
    current: need,
    spec: changed,
    joint: joint2.filter((n) => n !== void 0)
  });
  const labels = [policy.columns.target, policy.columns.prediction];
  const currentRows = (why) => ({ reference: rows(why, true), current: rows(why), spec, joint: [] });
  switch (spec.type) {
    case "drift":
      return both(spec.by === void 0 ? view("columns") : rows("drift by segment compares the rows of each group"));
    case "data_quality":
      if (spec.metric === "rule" || spec.metric === "freshness") return { reference: rows("a rule or freshness reads current rows only", true), current: view("columns"), spec, joint: [], database: spec.metric !== "rule" };
      return both(view("columns"));
    case "operational":
      if (spec.by !== void 0) return both(rows("an operational check by group reads the group of each row"));
      if (spec.metric === "throughput") return currentRows("throughput counts rows over the time they span");
      return both(view("columns"));
    case "performance": {
      if (spec.when_unlabelled === "estimate") return both(rows("CBPE estimates performance over chunks of rows in their order"));
      if (spec.warn === void 0 && spec.fail === void 0) return both(rows("thresholds derived from the reference come from chunks of its rows in their order; give warn or fail"));
      const scores = [policy.columns.score, ...Object.values(policy.columns.class_scores ?? {})];
      return both(view("joint"), [...labels, ...scores, spec.by], { ...spec, attribution: false });
    }
    case "fairness":
      return both(view("joint"), [...labels, ...spec.by]);
    case "label_shift":
      return both(view("joint"), labels);
    case "concept_drift":
      return currentRows("concept drift follows the errors of the rows in time order");
    case "multivariate_drift":
      return both(rows("multivariate drift reads several columns of each row"));
    case "business":
      return currentRows("a business KPI is an expression over the rows");
  }
}
function sideSupport(side, check, policy, joint2) {
  const need = check[side];
  if ("rows" in need) {
    if (need.optional) return ok("without");
    return failure("profile/rows-needed", `${need.rows}, which aggregates do not hold; read this side as rows (a file, or a postgres source with pushdown: never)`);
  }
  if (need.view === "columns") return ok("columns");
  if (side === "current" && policy.data.labels !== void 0) return failure("profile/rows-needed", `${check.spec.type} joins labels to predictions by id, row by row; read the current data as rows`);
  const wanted = check.joint.filter((n) => n === policy.columns.target || n === policy.columns.prediction || !isScore(n, policy) || joint2.includes(n));
  const lacking = wanted.filter((n) => !joint2.includes(n));
  if (joint2.length === 0 || lacking.length > 0) {
    const names = (lacking.length > 0 ? lacking : wanted).map((n) => `"${n}"`).join(", ");
    return failure("profile/missing", `${check.spec.type} reads ${names} with the other label columns row by row, and the profile's joint aggregate lacks ${lacking.length > 0 ? "them" : "them all"}: profile again with this policy (modelwatch profile)`);
  }
  return ok("joint");
}
function isScore(name, policy) {
  return name === policy.columns.score || Object.values(policy.columns.class_scores ?? {}).includes(name);
}

// src/engine/profile-bounds.ts
function roundedScores(spec, policy, sides) {
  if (spec.type !== "performance" || !SCORE_METRICS.includes(spec.metric)) return ok(null);
  let bound = null;
  for (const facts of sides) {
    const joint2 = facts?.profile.joint;
    if (joint2 === void 0 || joint2 === null || joint2.score_step === null) continue;
    const binary = policy.model.task === "binary_classification" && spec.by === void 0;
    if (!binary || spec.metric !== "roc_auc" && spec.metric !== "brier" && spec.metric !== "ece") {
      return failure("profile/missing", `the profile rounded scores to ${joint2.score_step} to fit its joint aggregate, and ${spec.metric}${binary ? "" : " (here)"} is not computed from rounded scores: profile again with a higher --joint-limit`);
    }
    const side = spec.metric === "brier" ? joint2.score_step : spec.metric === "ece" ? eceBound(joint2, policy.columns.score) : aucTieBound(joint2, policy.columns.target, policy.columns.score);
    bound = Math.max(bound ?? 0, side);
  }
  return ok(bound);
}
function aucTieBound(joint2, target, score) {
  const t = target === void 0 ? -1 : joint2.columns.indexOf(target);
  const s = score === void 0 ? -1 : joint2.columns.indexOf(score);
  if (t < 0 || s < 0) return 1;
  const classes = /* @__PURE__ */ new Map();
  const cells = /* @__PURE__ */ new Map();
  for (const tuple of joint2.tuples) {
    const y = tuple[t];
    const x = tuple[s];
    if (y === null || x === null || y === void 0 || typeof x !== "number") continue;
    const label = String(y);
    const count2 = tuple[tuple.length - 1];
    classes.set(label, (classes.get(label) ?? 0) + count2);
    const cell = cells.get(x) ?? /* @__PURE__ */ new Map();
    cell.set(label, (cell.get(label) ?? 0) + count2);
    cells.set(x, cell);
  }
  if (classes.size !== 2) return 1;
  const [a, b] = [...classes.keys()];
  let ties = 0;
  for (const cell of cells.values()) ties += (cell.get(a) ?? 0) * (cell.get(b) ?? 0);
  return 0.5 * ties / (classes.get(a) * classes.get(b));
}
function eceBound(joint2, score) {
  const s = score === void 0 ? -1 : joint2.columns.indexOf(score);
  const step = joint2.score_step ?? 0;
  if (s < 0) return 1;
  let near = 0;
  let rows2 = 0;
  for (const tuple of joint2.tuples) {
    const x = tuple[s];
    const count2 = tuple[tuple.length - 1];
    if (typeof x !== "number") continue;
    rows2 += count2;
    const edge = Math.round(x * 10) / 10;
    if (edge > 0 && edge < 1 && Math.abs(x - edge) <= step) near += count2;
  }
  return rows2 === 0 ? 1 : step / 2 + 2 * near / rows2;
}
var PERCENTILES = /* @__PURE__ */ new Set(["p50", "p90", "p95", "p99", "max"]);
function percentileBound(spec, context, outcome) {
  if (spec.type !== "operational" || !PERCENTILES.has(spec.metric) || spec.column === void 0) return void 0;
  let bound;
  for (const [table, value] of [[context.current, outcome.value], [context.reference, outcome.reference_value ?? null]]) {
    const column = profileFacts(table)?.numeric(spec.column);
    if (column === void 0 || value === null) continue;
    const width = column.values !== void 0 ? 0 : Math.max(0, ...column.buckets.filter((b) => b.min <= value && value <= b.max).map((b) => b.max - b.min));
    bound = Math.max(bound ?? 0, width);
  }
  return bound;
}

// src/engine/profile-context.ts
var joints = /* @__PURE__ */ new WeakMap();
function jointOf(table, facts) {
  if (!joints.has(table)) joints.set(table, jointView(facts.profile, table.origin, facts.computed));
  return joints.get(table);
}
function profiledCheck(spec, context) {
  const reference = profileFacts(context.reference);
  const current = profileFacts(context.current);
  if (reference === void 0 && current === void 0) return { ok: true, spec, context };
  const aggregates = { ...reference !== void 0 && { reference: reference.computed }, ...current !== void 0 && { current: current.computed } };
  const needs = checkNeeds(spec, context.policy);
  const sides = { reference, current };
  const chosen = {};
  for (const side of ["current", "reference"]) {
    const facts = sides[side];
    if (facts === void 0) continue;
    const support = sideSupport(side, needs, context.policy, facts.profile.joint?.columns ?? []);
    if (!support.ok) {
      const what = side === "reference" ? "the reference is" : "the current data is";
      return { ok: false, aggregates, outcome: { status: support.status, code: support.code, value: null, thresholds: {}, message: `${what} aggregates: ${support.message}`, details: null } };
    }
    chosen[side] = support.value;
  }
  const viewOf = (table, facts, choice) => {
    if (table === null || facts === void 0 || choice === "columns") return table;
    return choice === "without" ? null : jointOf(table, facts);
  };
  const ranged = rangeSplitsHeld(needs.spec, context, current);
  if (!ranged.ok) return { ok: false, aggregates, outcome: { status: ranged.status, code: ranged.code, value: null, thresholds: {}, message: ranged.message, details: null } };
  const rounded = roundedScores(needs.spec, context.policy, [chosen.reference === "joint" ? reference : void 0, chosen.current === "joint" ? current : void 0]);
  if (!rounded.ok) return { ok: false, aggregates, outcome: { status: rounded.status, code: rounded.code, value: null, thresholds: {}, message: rounded.message, details: null } };
  const currentView = viewOf(context.current, current, chosen.current);
  const used = { ...reference !== void 0 && chosen.reference !== "without" && { reference: reference.computed }, ...current !== void 0 && { current: current.computed } };
  return {
    ok: true,
    spec: needs.spec,
    ...Object.keys(used).length > 0 && { aggregates: used },
    ...rounded.value !== null && { bound: rounded.value },
    context: { ...context, reference: viewOf(context.reference, reference, chosen.reference), current: currentView, currentUnwindowed: current === void 0 ? context.currentUnwindowed : currentView }
  };
}
function aggregatesNote(aggregates) {
  const where = (side, from) => from === "profile" ? `${side} from a profile` : `${side} computed in the database`;
  const parts = [aggregates.reference && where("reference", aggregates.reference), aggregates.current && where("current", aggregates.current)].filter((p) => typeof p === "string");
  return parts.length === 0 ? "" : ` (${parts.join("; ")})`;
}
function rangeSplitsHeld(spec, context, current) {
  if (current === void 0 || spec.type !== "data_quality" || spec.metric !== "out_of_range_share" || spec.range === void 0) return ok(null);
  const names = spec.columns === "all" ? qualityColumns(context.policy, context.current) : spec.columns;
  for (const name of names) {
    const column = current.numeric(name);
    if (column === void 0 || current.error(name).cdf === 0) continue;
    let bounds;
    if (spec.range === "reference") {
      const ref = context.reference?.column(name);
      const facts = profileFacts(context.reference)?.numeric(name);
      if (facts !== void 0) bounds = facts.min === null || facts.max === null ? void 0 : { min: facts.min, max: facts.max };
      else if (ref?.kind === "numeric") {
        let min = Infinity;
        let max = -Infinity;
        for (const v of ref.values) if (v === v) [min, max] = [Math.min(min, v), Math.max(max, v)];
        bounds = min <= max ? { min, max } : void 0;
      }
    } else bounds = spec.range;
    if (bounds === void 0) continue;
    if (rangeSplits(bounds.min, bounds.max).some((p) => !column.splits.includes(p))) {
      return failure("profile/missing", `the current profile's buckets of "${name}" were not split at the range's bounds, so its out-of-range count would not be exact: profile the current side again with this policy and reference`);
    }
  }
  return ok(null);
}

// src/profile/joint.ts
function jointOf2(table, needs) {
  const names = needs.joint.filter((name) => {
    const kind = table.column(name)?.kind;
    return kind === "numeric" || kind === "categorical";
  });
  if (names.length === 0) return ok(null);
  const exact = tuples(table, names, null, needs.jointLimit);
  const scores = needs.scoreColumns.filter((n) => names.includes(n));
  if (exact !== null) return ok(joint(table, names, exact, needs.jointLimit, null, scores));
  if (scores.length > 0) {
    const rounded = tuples(table, names, new Set(scores), needs.jointLimit);
    if (rounded !== null) return ok(joint(table, names, rounded, needs.jointLimit, SCORE_STEP, scores));
  }
  return tooManyTuples(names, needs.jointLimit, scores);
}
function tooManyTuples(names, limit, scores) {
  return failure("profile/missing", `the columns ${names.map((n) => `"${n}"`).join(", ")} take more than ${limit.toLocaleString("en")} distinct combinations${scores.length > 0 ? ` even with scores rounded to ${SCORE_STEP}` : ""}: profile again with a higher --joint-limit`);
}
function roundScore(x) {
  const rounded = Math.sign(x) * Math.floor(Math.abs(x) / SCORE_STEP + 0.5) * SCORE_STEP;
  return rounded === 0 ? 0 : rounded;
}
function cellsOf(table, name, round) {
  const column = table.column(name);
  if (column.kind === "categorical") return (i) => {
    const code = column.codes[i];
    return code < 0 ? null : column.dictionary[code];
  };
  const values = column.values;
  return (i) => {
    const v = values[i];
    return v !== v ? null : round ? roundScore(v) : v === 0 ? 0 : v;
  };
}
function tuples(table, names, round, limit) {
  const readers = names.map((name) => cellsOf(table, name, round?.has(name) === true));
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < table.rowCount; i++) {
    const cells = readers.map((read) => read(i));
    const key = JSON.stringify(cells);
    const entry = seen.get(key);
    if (entry !== void 0) entry[entry.length - 1]++;
    else {
      if (seen.size === limit) return null;
      seen.set(key, [...cells, 1]);
    }
  }
  return seen;
}
function joint(table, names, found, limit, step, scores) {
  return {
    columns: [...names],
    kinds: names.map((n) => table.column(n).kind === "categorical" ? "categorical" : "numeric"),
    tuples: [...found.values()].sort(compareTuples),
    limit,
    score_step: step,
    score_columns: [...scores]
  };
}
function compareTuples(a, b) {
  for (let k = 0; k < a.length - 1; k++) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// src/profile/pushdown/grid.ts
var GRID_OCTAVES = 26;
var HEADROOM = 2;
var UNKNOWN_TOP = 2 ** 34;
var UNKNOWN_OCTAVES = 64;
var MAX_MAGNITUDES = 4096;
var view2 = new DataView(new ArrayBuffer(8));
function boundary(m, bits) {
  view2.setUint32(0, m * 2 ** (20 - bits));
  view2.setUint32(4, 0);
  return view2.getFloat64(0);
}
function nextDown(x) {
  return -nextUp(-x);
}
function cellGrid(splits, bits, top) {
  const known = top !== void 0 && Number.isFinite(top) && top > 0;
  const largest = (2047 << bits) - 1;
  const high = Math.min(largest, known ? bucketKey(top, bits) + (HEADROOM << bits) + 1 : bucketKey(UNKNOWN_TOP, bits));
  const low = Math.max(1, high - Math.min(MAX_MAGNITUDES, (known ? GRID_OCTAVES : UNKNOWN_OCTAVES) << bits));
  const points = [0, boundary(1, bits), ...splits.filter(Number.isFinite)];
  for (let m = low; m <= high; m++) {
    const b = boundary(m, bits);
    points.push(b, nextUp(-b));
  }
  points.sort((a, b) => a - b);
  const unique = points.filter((p, i) => i === 0 || p !== points[i - 1]);
  const cells = [null];
  for (let i = 1; i < unique.length; i++) {
    const first = unique[i - 1];
    const last = nextDown(unique[i]);
    const key = bucketKey(first, bits);
    cells.push(key === bucketKey(last, bits) ? { key, split: splitIndex(first, splits) } : null);
  }
  cells.push(null);
  return { points: unique, cells };
}

// src/profile/pushdown/compile.ts
var EXACT_TUPLES = -1;
var ROUNDED_TUPLES = -2;
var ROW_COUNT = -3;
function compileProfile(dialect, from, columns, needs, orderColumn, firstParam, grids, share = WHOLE, scanEach = false) {
  const q = (name) => `q.${dialect.quote(name)}`;
  const inner = [];
  const arms = [];
  const params = [];
  const parts = [];
  const categories = [];
  const byName = /* @__PURE__ */ new Map();
  const order = orderColumn === void 0 ? "NULL::int8" : "o";
  columns.forEach((column, col) => {
    const v = `v${col}`;
    const isId = needs.ids.includes(column.name);
    if (column.kind === "numeric") {
      const splits = splitsOf(needs, column.name);
      const mine = isId ? share.rest : share.numeric(col);
      if (mine && (isId || !scanEach) || share.rest && needs.joint.includes(column.name)) {
        inner.push(`${dialect.number(q(column.name), column.type)} AS ${v}`);
        byName.set(column.name, { value: v, kind: "numeric" });
      }
      if (isId) {
        arms.push({ part: "id", name: column.name, kind: "numeric" });
        if (mine) parts.push(idPart(col, `(${dialect.positiveZero(v)})::text`));
        return;
      }
      const grid = grids.get(column.name);
      if (grid === void 0) throw new Error(`bug: no grid for numeric column ${JSON.stringify(column.name)} (gridsOf)`);
      const { bounds, unscale } = sumScale(grid);
      arms.push({ part: "numeric", name: column.name, splits, grid, unscale });
      if (!mine) return;
      params.push(grid.points);
      const points = dialect.doubleArray(firstParam + params.length - 1);
      params.push(bounds);
      const summed = (x2) => dialect.summed(x2, dialect.doubleArray(firstParam + params.length - 1), unscale !== 1);
      const cheap = scanEach && dialect.cheapNumber(column.type);
      const x = cheap ? dialect.number(q(column.name), column.type) : "x.v";
      const source = cheap ? from : scanEach ? `(SELECT ${dialect.number(q(column.name), column.type)} AS v FROM ${from} OFFSET 0) AS x` : `(SELECT ${v} AS v FROM r) AS x`;
      parts.push(
        `${out("g", { col: String(col), key: `(${dialect.splitIndex(x, points, grid.points.length)})::int8`, n: "count(*)", lo: `min(${x})`, hi: `max(${x})`, s: dialect.mean(summed(x)), vp: dialect.variance(summed(x)) })} FROM ${source} GROUP BY 3`
      );
    } else if (!share.rest) {
      arms.push(column.kind === "categorical" ? isId ? { part: "id", name: column.name, kind: "categorical" } : { part: "categorical", name: column.name } : { part: "timestamp", name: column.name });
    } else if (column.kind === "categorical") {
      inner.push(`${dialect.category(q(column.name))} AS ${v}`);
      byName.set(column.name, { value: v, kind: "categorical" });
      if (isId) {
        arms.push({ part: "id", name: column.name, kind: "categorical" });
        parts.push(idPart(col, v));
        return;
      }
      arms.push({ part: "categorical", name: column.name });
      categories.push(`SELECT ${col} AS col, ${v} AS c, count(*) AS n, min(${order}) AS first FROM r GROUP BY ${v}`);
    } else {
      inner.push(`${dialect.instant(q(column.name))} AS ${v}`);
      arms.push({ part: "timestamp", name: column.name });
      parts.push(`${out("b", { col: String(col), n: "count(*)", nv: `count(${v})`, lo: dialect.epochMs(`min(${v})`), hi: dialect.epochMs(`max(${v})`) })} FROM r`);
    }
  });
  const jointColumns = share.rest ? needs.joint.filter((name) => byName.has(name)) : [];
  const scores = needs.scoreColumns.filter((name) => jointColumns.includes(name));
  const tupleArms = [];
  if (jointColumns.length > 0) {
    const cell = (name, round) => {
      const { value, kind } = byName.get(name);
      if (kind === "categorical") return value;
      return dialect.positiveZero(round ? dialect.roundScore(value, SCORE_STEP) : value);
    };
    tupleArms.push(`SELECT ${EXACT_TUPLES} AS col, ${dialect.tuple(jointColumns.map((n) => cell(n, false)))} AS c, count(*) AS n FROM r GROUP BY 2`);
    if (scores.length > 0) tupleArms.push(`SELECT ${ROUNDED_TUPLES} AS col, ${dialect.tuple(jointColumns.map((n) => cell(n, scores.includes(n))))} AS c, count(*) AS n FROM r GROUP BY 2`);
  }
  const top = needs.top;
  const limit = needs.jointLimit;
  if (orderColumn !== void 0 && categories.length > 0) inner.unshift(`${q(orderColumn)} AS o`);
  const ctes = inner.length === 0 ? [] : [`r AS MATERIALIZED (
SELECT ${inner.join(", ")} FROM ${from}
)`];
  if (categories.length > 0) {
    ctes.push(`cat AS (
${categories.join("\nUNION ALL ")}
)`);
    ctes.push(`ranked AS (
SELECT col, c, n, first, row_number() OVER (PARTITION BY col ORDER BY n DESC, ${dialect.bytewise("c")}) AS rk FROM cat WHERE c IS NOT NULL
)`);
    ctes.push(`kept AS (
SELECT col, c, n, row_number() OVER (PARTITION BY col ORDER BY first ASC NULLS LAST, ${dialect.bytewise("c")}) AS ord FROM ranked WHERE rk <= ${top}
)`);
    parts.push(`${out("c", { c: "c", n: "n", ord: "ord" })} FROM kept`);
    parts.push(`${out("o", { n: "sum(n)::int8", nv: "count(*)" })} FROM ranked WHERE rk > ${top} GROUP BY col`);
    parts.push(`${out("m", { n: "n" })} FROM cat WHERE c IS NULL`);
  }
  if (tupleArms.length > 0) {
    ctes.push(`jt AS (
${tupleArms.join("\nUNION ALL ")}
)`);
    ctes.push(`tuples AS (SELECT col, count(*) AS k FROM jt GROUP BY col)`);
    parts.push(
      `${out("j", { c: "c", n: "n" })} FROM jt WHERE (col = ${EXACT_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) <= ${limit})
  OR (col = ${ROUNDED_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) > ${limit} AND (SELECT k FROM tuples WHERE col = ${ROUNDED_TUPLES}) <= ${limit})`
    );
    parts.push(`${out("k", { n: "k" })} FROM tuples`);
  }
  const counted = arms.some((arm) => arm.part === "numeric");
  if (share.rest && !counted) parts.push(`${out("r", { col: String(ROW_COUNT), n: "count(*)" })} FROM ${inner.length === 0 ? from : "r"}`);
  if (parts.length === 0) parts.push(`${out("r", { col: String(ROW_COUNT), n: "NULL::int8" })} WHERE false`);
  const sql = `${ctes.length === 0 ? "" : `WITH ${ctes.join(",\n")}
`}${parts.join("\nUNION ALL ")}`;
  return {
    sql,
    params,
    arms,
    joint: { columns: jointColumns, kinds: jointColumns.map((n) => byName.get(n).kind), scores }
  };
}
function splitsOf(needs, name) {
  return [...new Set(needs.splitsOf(name))].sort((a, b) => a - b);
}
function gridsOf(columns, needs) {
  const grids = /* @__PURE__ */ new Map();
  for (const column of columns) {
    if (column.kind === "numeric" && !needs.ids.includes(column.name)) grids.set(column.name, cellGrid(splitsOf(needs, column.name), needs.bits, needs.scaleOf(column.name)));
  }
  return grids;
}
var WHOLE = { numeric: () => true, rest: true };
function out(part, fields) {
  const f = { col: "col", key: "NULL::int8", split: "NULL::int4", c: "NULL::text", n: "NULL::int8", nv: "NULL::int8", m: "NULL::int8", lo: "NULL::float8", hi: "NULL::float8", s: "NULL::float8", vp: "NULL::float8", ord: "NULL::int8", ...fields };
  return `SELECT '${part}' AS part, ${f.col}::int4 AS col, ${f.key} AS key, ${f.split} AS split, ${f.c} AS c, ${f.n} AS n, ${f.nv} AS nv, ${f.m} AS m, ${f.lo} AS lo, ${f.hi} AS hi, ${f.s} AS s, ${f.vp} AS vp, ${f.ord} AS ord`;
}
function idPart(col, text) {
  return `${out("i", { col: String(col), n: `count(${text})`, nv: `count(DISTINCT ${text})`, m: `count(*) - count(${text})` })} FROM r`;
}
function sumScale(grid) {
  const { points } = grid;
  const low = points[0];
  const high = points[points.length - 1];
  const top = Math.max(Math.abs(low), Math.abs(high));
  if (top <= 2 ** UNSCALED_POWER) return { bounds: [low, high], unscale: 1 };
  const exponent = Math.min(1023, Math.ceil(Math.log2(top)));
  return { bounds: [low, high, 2 ** -exponent, 2 ** (exponent - 1022)], unscale: 2 ** exponent };
}
var UNSCALED_POWER = 400;
function fallbackUnscale(key, bits) {
  const magnitude = key >= 0 ? key : -key - 1;
  const exponent = Math.floor(magnitude / 2 ** bits);
  return exponent >= 1 && exponent <= 2046 ? 2 ** (exponent - 1023) : 1;
}
function compileFallback(dialect, from, wanted, bits) {
  const params = [];
  const bind = (values) => params.push(values);
  const parts = wanted.map(({ col, column, arm, cells }) => {
    const value = dialect.number(`q.${dialect.quote(column.name)}`, column.type);
    const inCells = dialect.among(dialect.splitIndex("y.v", dialect.doubleArray(bind(arm.grid.points)), arm.grid.points.length), bind(cells));
    const points = arm.splits.length > 0 ? dialect.doubleArray(bind(arm.splits)) : "";
    return `${out("b", { col: String(col), key: "key", split: "split", n: "count(*)", nv: "count(x.v)", lo: "min(x.v)", hi: "max(x.v)", s: "sum(x.w)", vp: dialect.variance("x.w") })} FROM (
SELECT x.v, x.v * ${dialect.binadeScale("x.b")} AS w, ${dialect.bucketKey("x.v", "x.b", bits)} AS key, ${dialect.splitIndex("x.v", points, arm.splits.length)} AS split FROM (
SELECT y.v, ${dialect.doubleBytes("y.v")} AS b FROM (SELECT ${value} AS v FROM ${from}) AS y WHERE ${inCells} OFFSET 0) AS x
) AS x GROUP BY key, split`;
  });
  return { sql: parts.join("\nUNION ALL "), params };
}

// src/profile/pushdown/postgres.ts
var INTEGERS = /* @__PURE__ */ new Set([20, 21, 23]);
var OID = 26;
var FLOAT8 = 701;
var MISSING_TEXT = "('', 'NA', 'NaN', 'null')";
var postgresDialect = {
  name: "PostgreSQL",
  quote: quoteIdentifier,
  number(column, type) {
    if (INTEGERS.has(type)) return `(${column})::float8`;
    if (type === OID) return `(${column})::int8::float8`;
    if (type === FLOAT8) return `NULLIF(${column}, 'NaN'::float8)`;
    return `NULLIF((${column})::text::float8, 'NaN'::float8)`;
  },
  cheapNumber: (type) => INTEGERS.has(type) || type === OID || type === FLOAT8,
  category(column) {
    const text = `(${column})::text`;
    return `CASE WHEN ${text} IN ${MISSING_TEXT} THEN NULL ELSE ${text} END`;
  },
  instant: (column) => `(${column})::timestamptz`,
  epochMs: (instant) => `floor(extract(epoch FROM ${instant}) * 1000)::float8`,
  doubleBytes: (x) => `float8send(abs(${x}))`,
  bucketKey(x, bytes, bits) {
    const high = `((get_byte(${bytes}, 0)::int8 << 24) | (get_byte(${bytes}, 1) << 16) | (get_byte(${bytes}, 2) << 8) | get_byte(${bytes}, 3))`;
    const magnitude = `(${high} >> ${20 - bits})`;
    return `CASE WHEN ${x} < 0 THEN -${magnitude} - 1 ELSE ${magnitude} END`;
  },
  splitIndex: (x, points, count2) => count2 === 0 ? `CASE WHEN ${x} IS NULL THEN NULL ELSE 0 END` : `width_bucket(${x}, ${points})`,
  doubleArray: (parameter) => `$${parameter}::float8[]`,
  among: (x, parameter) => `${x} = ANY($${parameter}::int4[])`,
  roundScore: (x, step) => `(sign(${x}) * floor(abs(${x}) / ${String(step)}::float8 + 0.5::float8) * ${String(step)}::float8)`,
  positiveZero: (x) => `(${x} + 0::float8)`,
  tuple: (cells) => `json_build_array(${cells.join(", ")})::text`,
  variance: (x) => `var_pop(${x})`,
  mean: (x) => `avg(${x})`,
  summed(x, bounds, scaled) {
    const within = `least(greatest(${x}, (${bounds})[1]), (${bounds})[2])`;
    return scaled ? `(CASE WHEN abs(${x}) < (${bounds})[4] THEN 0::float8 ELSE ${within} * (${bounds})[3] END)` : within;
  },
  binadeScale(bytes) {
    const exponent = `((get_byte(${bytes}, 0) << 4) | (get_byte(${bytes}, 1) >> 4))`;
    return `CASE WHEN ${exponent} BETWEEN 1 AND 2046 THEN power(2::float8, 1023 - ${exponent}) ELSE 1::float8 END`;
  },
  bytewise: (text) => `${text} COLLATE "C"`,
  supports(kind, declared) {
    if (declared === void 0 || declared === kind || declared === "categorical") return null;
    return `it is ${kind} in the database and declared ${declared}: the row path parses its text, which the pushdown does not`;
  }
};

// src/profile/pushdown/run.ts
async function pushdownProfile(spec, needs, context, origin) {
  const name = describePostgres(spec);
  if (needs.rules.length > 0) throw new Error("bug: a profile with row rules cannot be pushed down (checks/profile-support.ts: database false)");
  const plan = planQuery(spec, context, name);
  const { signal } = context;
  const connection = await PgConnection.open(spec, name, signal);
  const helpers = [];
  try {
    const { client } = connection;
    const shared = pushdownConnections() > 1;
    await beginRead(client, spec, context.window, "export");
    const { columns, windowType, ordered } = await planColumns(client, plan, name, new TableBuilder(context.options));
    const declared = context.options.kinds ?? {};
    const pushed = columns.map((c) => {
      const why = postgresDialect.supports(c.kind, declared[c.name]);
      if (why !== null) throw new DataError("profile/pushdown", name, `column ${JSON.stringify(c.name)} cannot be pushed down: ${why}; read it as rows (pushdown: never)`);
      return { name: c.name, kind: declared[c.name] ?? c.kind, type: c.oid };
    });
    const from = `(
${plan.base}
) AS q${windowCondition(plan, windowType, context.window)}`;
    const order = ordered ? plan.orderColumn : void 0;
    const numeric = pushed.flatMap((c, col) => c.kind === "numeric" && !needs.ids.includes(c.name) ? [col] : []);
    const shares = shared && numeric.length > 1 ? splitShares(numeric, pushdownConnections()) : [WHOLE];
    const snapshot = shares.length > 1 ? (await client.query("SELECT pg_catalog.pg_export_snapshot() AS id")).rows[0].id : void 0;
    const clients = [client];
    for (let k = 1; k < shares.length; k++) {
      const helper = await PgConnection.open(spec, name, signal);
      helpers.push(helper);
      await beginRead(helper.client, spec, context.window, { id: snapshot });
      clients.push(helper.client);
    }
    await Promise.all(clients.map((c) => c.query(`SET LOCAL jit = off; SET LOCAL synchronize_seqscans = off; SET LOCAL min_parallel_table_scan_size = ${NO_PARALLEL_SCAN}`)));
    const scanEach = spec.table !== void 0;
    const grids = gridsOf(pushed, needs);
    const compiled = shares.map((share) => compileProfile(postgresDialect, from, pushed, needs, order, 1, grids, share, scanEach));
    const run = (k, sql, params) => clients[k].query({ text: sql, values: params.map((p) => [...p]), rowMode: "array" }).then((r) => r.rows);
    const first = await Promise.all(compiled.map((c, k) => run(k, c.sql, c.params)));
    const second = await Promise.all(
      first.map(async (rows3, k) => {
        const wanted = fallbackColumns(rows3, compiled[k], pushed);
        if (wanted.length === 0) return [];
        const fallback = compileFallback(postgresDialect, from, wanted, needs.bits);
        const again = await run(k, fallback.sql, fallback.params);
        sameRowsTwice(rows3, again, wanted, name);
        return again;
      })
    );
    const rows2 = [...first.flat(), ...second.flat()];
    const profile = profileOf(rows2, compiled[0], needs, name, context.window, origin);
    return { profile, rowsReturned: rows2.length };
  } catch (error) {
    if (signal?.aborted === true) throw signal.reason;
    throw queryError(name, error, { table: spec.table, timeoutMs: spec.timeout_ms });
  } finally {
    await Promise.all([connection, ...helpers].map((c) => c.close()));
  }
}
var NO_PARALLEL_SCAN = 715827882;
function pushdownConnections() {
  const text = process.env.MODELWATCH_PUSHDOWN_CONNECTIONS;
  const n = text === void 0 || text === "" ? 2 : Number(text);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 8) : 2;
}
function splitShares(numeric, k) {
  const count2 = Math.min(k, numeric.length);
  const owner = /* @__PURE__ */ new Map();
  numeric.forEach((col, i) => owner.set(col, (i + 1) % count2));
  return Array.from({ length: count2 }, (_, s) => ({ numeric: (col) => owner.get(col) === s, rest: s === 0 }));
}
function fallbackColumns(rows2, compiled, columns) {
  const cells = /* @__PURE__ */ new Map();
  for (const [part, col, key, , , n] of rows2) {
    if (part !== "g" || key === null || n === null || Number(n) === 0) continue;
    const arm = compiled.arms[col];
    if (arm?.part !== "numeric" || arm.grid.cells[Number(key)] !== null) continue;
    const found = cells.get(col);
    if (found === void 0) cells.set(col, [Number(key)]);
    else found.push(Number(key));
  }
  return [...cells].map(([col, found]) => ({ col, column: columns[col], arm: compiled.arms[col], cells: found.sort((a, b) => a - b) }));
}
function rowCountOf(counted, grouped, compiled, name) {
  const numeric = compiled.arms.flatMap((arm, col) => arm.part === "numeric" ? [{ col, arm }] : []);
  if (numeric.length === 0) {
    if (counted === void 0) throw new Error("bug: the pushdown query returned no row count");
    return counted;
  }
  const rows2 = grouped.get(numeric[0].col) ?? 0;
  const other = numeric.find(({ col }) => (grouped.get(col) ?? 0) !== rows2);
  if (other !== void 0) {
    throw new DataError(
      "profile/pushdown",
      name,
      `the source gave other rows to different reads in the same snapshot (column ${JSON.stringify(numeric[0].arm.name)} counted ${rows2.toLocaleString("en-US")} rows, column ${JSON.stringify(other.arm.name)} ${(grouped.get(other.col) ?? 0).toLocaleString("en-US")}), as a query with random(), TABLESAMPLE or the clock does; only a source that gives the same rows each time can be computed in the database`
    );
  }
  return rows2;
}
function sameRowsTwice(first, again, wanted, name) {
  for (const { col, column, arm } of wanted) {
    const cells = (rows2, part) => {
      const byCell = /* @__PURE__ */ new Map();
      for (const [p, c, key, , , n, , , lo, hi] of rows2) {
        if (p !== part || c !== col || key === null) continue;
        const cell = part === "g" ? Number(key) : splitIndex(lo, arm.grid.points);
        if (part === "g" && arm.grid.cells[cell] !== null) continue;
        const seen = byCell.get(cell) ?? { n: 0, lo: Infinity, hi: -Infinity };
        byCell.set(cell, { n: seen.n + Number(n), lo: Math.min(seen.lo, lo), hi: Math.max(seen.hi, hi) });
      }
      return byCell;
    };
    const before = cells(first, "g");
    const after = cells(again, "b");
    const changed = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].some((cell) => {
      const [a, b] = [before.get(cell), after.get(cell)];
      return a === void 0 || b === void 0 || a.n !== b.n || a.lo !== b.lo || a.hi !== b.hi;
    });
    if (changed) {
      throw new DataError(
        "profile/pushdown",
        name,
        `the source gave other rows when read a second time in the same snapshot (column ${JSON.stringify(column.name)}: its values beyond the reference's grid differ in count, least or greatest value), as a query with random(), TABLESAMPLE or the clock does; only a source that gives the same rows each time can be computed in the database`
      );
    }
  }
}
function profileOf(rows2, compiled, needs, name, window, origin) {
  const count2 = (x) => x === null ? 0 : Number(x);
  const buckets = compiled.arms.map(() => []);
  const missing = compiled.arms.map(() => 0);
  const present = compiled.arms.map(() => 0);
  const bounds = compiled.arms.map(() => [null, null]);
  const categories = compiled.arms.map(() => []);
  const other = compiled.arms.map(() => ({ categories: 0, count: 0 }));
  const ids = /* @__PURE__ */ new Map();
  const tuples2 = /* @__PURE__ */ new Map();
  const distinctTuples = /* @__PURE__ */ new Map();
  let total;
  const grouped = /* @__PURE__ */ new Map();
  for (const [part, col, key, split, c, n, nv, m, lo, hi, s, vp, ord] of rows2) {
    if (part === "g") grouped.set(col, (grouped.get(col) ?? 0) + count2(n));
    const arm = compiled.arms[col];
    switch (part) {
      case "b":
        if (arm?.part === "timestamp") {
          present[col] = count2(nv);
          missing[col] = count2(n) - count2(nv);
          bounds[col] = [lo, hi];
        } else if (key === null) missing[col] = count2(n);
        else {
          const unscale = fallbackUnscale(Number(key), needs.bits);
          buckets[col].push({ key: Number(key), split, count: count2(n), min: lo, max: hi, sum: s * unscale, variance: vp * unscale * unscale });
        }
        break;
      case "g": {
        if (key === null) {
          missing[col] = count2(n);
          break;
        }
        const cell = arm?.part === "numeric" ? arm.grid.cells[Number(key)] : void 0;
        if (cell === void 0 || arm?.part !== "numeric") throw new Error(`bug: the pushdown returned cell ${key} of column ${col}, which has no such cell`);
        if (cell === null) break;
        const { unscale } = arm;
        buckets[col].push({ key: cell.key, split: cell.split, count: count2(n), min: lo, max: hi, sum: s * count2(n) * unscale, variance: vp * unscale * unscale });
        break;
      }
      case "c":
        categories[col].push({ c, n: count2(n), ord: count2(ord) });
        break;
      case "o":
        other[col] = { categories: count2(nv), count: count2(n) };
        break;
      case "m":
        missing[col] = count2(n);
        break;
      case "i":
        ids.set(col, { name: arm.name, kind: arm.part === "id" ? arm.kind : "categorical", count: count2(n), missing: count2(m), duplicates: count2(n) - count2(nv) });
        break;
      case "j":
        tuples2.set(col, [...tuples2.get(col) ?? [], [...JSON.parse(c), count2(n)]]);
        break;
      case "k":
        distinctTuples.set(col, count2(n));
        break;
      case "r":
        total = count2(n);
        break;
      default:
        throw new Error(`bug: the pushdown query returned a row of part ${JSON.stringify(part)}`);
    }
  }
  const rowCount = rowCountOf(total, grouped, compiled, name);
  const columns = [];
  const idProfiles = [];
  compiled.arms.forEach((arm, col) => {
    switch (arm.part) {
      case "numeric":
        columns.push(numericOf(arm.name, arm.splits, buckets[col], missing[col], name));
        break;
      case "categorical": {
        const kept = categories[col].sort((a, b) => a.ord - b.ord);
        const counted = kept.reduce((sum, k) => sum + k.n, 0) + other[col].count;
        columns.push({ kind: "categorical", name: arm.name, count: counted, missing: missing[col], categories: kept.map((k) => k.c), counts: kept.map((k) => k.n), other: other[col], top: needs.top });
        break;
      }
      case "timestamp": {
        const [min, max] = bounds[col];
        if (min !== null && !Number.isFinite(min) || max !== null && !Number.isFinite(max)) {
          throw new DataError("data/bad-timestamp", name, `column ${JSON.stringify(arm.name)} holds infinity, which is not a date-time`);
        }
        columns.push({ kind: "timestamp", name: arm.name, count: present[col], missing: missing[col], min: present[col] > 0 ? min : null, max: present[col] > 0 ? max : null });
        break;
      }
      case "id":
        idProfiles.push(ids.get(col) ?? { name: arm.name, kind: arm.kind, count: 0, missing: 0, duplicates: 0 });
        break;
    }
  });
  const joint2 = jointOf3(compiled, tuples2, distinctTuples, needs);
  return {
    format: PROFILE_FORMAT,
    made_by: `modelwatch ${origin.version}`,
    model: origin.model,
    policy_fingerprint: origin.fingerprint,
    sources: [name],
    computed: "database",
    rules: [],
    window,
    rows: rowCount,
    bits: needs.bits,
    columns,
    ids: idProfiles,
    joint: joint2.ok ? joint2.value : null,
    ...!joint2.ok && { joint_missing: joint2.message }
  };
}
function numericOf(column, splits, rows2, missing, name) {
  rows2.sort(compareBuckets);
  let n = 0;
  let sum = 0;
  for (const b of rows2) {
    if (!Number.isFinite(b.min) || !Number.isFinite(b.max)) throw new DataError("data/not-a-number", name, `column ${JSON.stringify(column)} holds ${b.min < 0 ? "-Infinity" : "Infinity"}, which is not a finite number`);
    n += b.count;
    sum += b.sum;
  }
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0;
  for (const b of rows2) m2 += b.count * b.variance + b.count * (b.sum / b.count - mean) ** 2;
  return {
    kind: "numeric",
    name: column,
    count: n,
    missing,
    min: n > 0 ? rows2[0].min : null,
    max: n > 0 ? rows2[rows2.length - 1].max : null,
    mean,
    m2,
    splits: [...splits],
    buckets: rows2.map(({ key, split, count: count2, min, max, sum: s }) => ({ key, split, count: count2, min, max, sum: s }))
  };
}
function jointOf3(compiled, tuples2, distinct, needs) {
  const { columns, kinds, scores } = compiled.joint;
  if (columns.length === 0) return { ok: true, value: null };
  const limit = needs.jointLimit;
  const exact = (distinct.get(EXACT_TUPLES) ?? 0) <= limit;
  const rounded = !exact && scores.length > 0 && (distinct.get(ROUNDED_TUPLES) ?? Infinity) <= limit;
  if (!exact && !rounded) {
    const failure2 = tooManyTuples(columns, limit, scores);
    return { ok: false, message: failure2.message };
  }
  const found = tuples2.get(exact ? EXACT_TUPLES : ROUNDED_TUPLES) ?? [];
  return {
    ok: true,
    value: { columns: [...columns], kinds: [...kinds], tuples: found.sort(compareTuples), limit, score_step: exact ? null : SCORE_STEP, score_columns: [...scores] }
  };
}

// src/profile/reference-facts.ts
function referenceFacts(reference) {
  const facts = profileFacts(reference);
  const sorted = /* @__PURE__ */ new Map();
  const sortedOf = (name) => {
    if (!sorted.has(name)) {
      const column = reference.column(name);
      if (column?.kind !== "numeric") sorted.set(name, null);
      else sorted.set(name, sortFloat64(column.values.filter((v) => v === v)));
    }
    return sorted.get(name);
  };
  return {
    edges(name, bins) {
      const stored = facts?.numeric(name)?.edges?.[String(bins)];
      if (stored !== void 0) return stored;
      const values = sortedOf(name);
      return values === null || values.length === 0 ? void 0 : [...quantileEdges(values, bins)];
    },
    range(name) {
      const column = facts?.numeric(name);
      if (column !== void 0) return column.min === null || column.max === null ? void 0 : { min: column.min, max: column.max };
      const values = sortedOf(name);
      return values === null || values.length === 0 ? void 0 : { min: values[0], max: values[values.length - 1] };
    }
  };
}

// src/engine/pushdown.ts
var NOTHING = /* @__PURE__ */ new Map();
function pushdownMode(policy) {
  const spec = policy.data.current;
  if (spec.kind !== "postgres") return null;
  return spec.pushdown ?? (policy.data.reference?.kind === "profile" ? "auto" : "never");
}
function pushdownBlockers(policy) {
  const blockers = /* @__PURE__ */ new Map();
  for (const check of policy.checks) {
    const needs = checkNeeds(check, policy);
    const current = needs.current;
    if ("rows" in current) blockers.set(check.id, current.rows);
    else if (needs.database === false) blockers.set(check.id, "a rule reads several columns of each row, and the database computes no row rule");
    else if (current.view === "joint" && policy.data.labels !== void 0) blockers.set(check.id, `${check.type} joins labels to predictions by id, row by row`);
  }
  return blockers;
}
async function planPushdown(policy) {
  const mode = pushdownMode(policy);
  if (mode === null || mode === "never") return { push: false, fallback: NOTHING };
  const blockers = pushdownBlockers(policy);
  if (blockers.size === 0) return { push: true, spec: policy.data.current };
  if (mode === "auto") return { push: false, fallback: blockers };
  const reasons = [...blockers].map(([id, why]) => `check "${id}": ${why}`).join("; ");
  throw new DataError("profile/pushdown", await describeSource(policy.data.current), `has pushdown: required, but ${blockers.size === 1 ? "a check" : `${blockers.size} checks`} cannot be computed in the database (${reasons}); set pushdown: auto to read rows for this model`);
}
function fallbackNote(why) {
  return ` (not computed in the database: ${why}; the current rows were read instead)`;
}
async function pushedCurrent(policy, spec, reference, window, read, shape = {}) {
  const needs = profileNeeds(policy, reference === null ? NO_REFERENCE : referenceFacts(reference), shape);
  const context = { options: read.options, window, timestampColumn: policy.columns.timestamp, signal: read.signal };
  const origin = { model: policy.model.name, fingerprint: policyFingerprint(policy), version: "0.1.0" };
  const { profile, rowsReturned } = await pushdownProfile(spec, needs, context, origin);
  return { profile, table: columnsView(profile, profile.sources[0], "database"), rowsReturned };
}

// src/checks/budget.ts
var TimeBudgetExceeded = class extends Error {
  constructor(budget) {
    super(`exceeded its time budget of ${budget}`);
    this.budget = budget;
    this.name = "TimeBudgetExceeded";
  }
  budget;
};
function startBudget(ms, text) {
  const deadline = performance.now() + ms;
  return {
    text,
    remaining: () => deadline - performance.now(),
    check() {
      if (performance.now() >= deadline) throw new TimeBudgetExceeded(text);
    }
  };
}

// src/engine/time-budget.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
async function raceBudget(work, budget) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeBudgetExceeded(budget.text)), Math.max(0, Math.min(budget.remaining(), MAX_TIMER_MS)));
  });
  work.catch(() => {
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

// src/engine/inhibition.ts
function inhibiting(check) {
  return (check.status === "fail" || check.status === "error") && (check.alert === void 0 || check.alert.state === "firing");
}
function applyInhibition(checks, specs) {
  const byTarget = /* @__PURE__ */ new Map();
  const reports = new Map(checks.map((c) => [c.id, c]));
  for (const spec of specs) {
    const source = reports.get(spec.id);
    if (source === void 0 || !inhibiting(source)) continue;
    for (const target of spec.inhibits ?? []) if (!byTarget.has(target)) byTarget.set(target, source);
  }
  return checks.map((check) => {
    const source = byTarget.get(check.id);
    if (source === void 0 || check.status === "pass" || check.status === "skipped") return check;
    return { ...check, status: "inhibited", message: `inhibited by ${source.id} (${source.status}); would be ${check.status}: ${check.message}` };
  });
}

// src/engine/lifecycle.ts
function met(needed, runs, since, now) {
  return needed.kind === "runs" ? runs >= needed.runs : now.getTime() - Date.parse(since) >= needed.ms;
}
function report(state, since, runs, spec, kept = false) {
  return {
    state,
    since,
    runs,
    ...spec.for === null ? {} : { for: spec.for.text },
    ...spec.keep_firing_for === null ? {} : { keep_firing_for: spec.keep_firing_for.text },
    ...kept ? { kept } : {}
  };
}
function nextAlert(previous, breach2, spec, now) {
  const at = now.toISOString();
  const state = previous?.state ?? "inactive";
  if (state === "firing" && previous !== null) {
    if (breach2) {
      const memory = { state: "firing", since: previous.since, runs: previous.runs + 1 };
      return { memory, report: report("firing", previous.since, memory.runs, spec) };
    }
    const cleared = { runs: (previous.cleared?.runs ?? 0) + 1, since: previous.cleared?.since ?? at };
    const keep = spec.keep_firing_for;
    const stillKept = keep !== null && (keep.kind === "runs" ? cleared.runs <= keep.runs : now.getTime() - Date.parse(cleared.since) < keep.ms);
    if (stillKept) {
      return { memory: { state: "firing", since: previous.since, runs: previous.runs, cleared }, report: report("firing", previous.since, cleared.runs, spec, true) };
    }
    return { memory: { state: "inactive", since: at, runs: 0 }, report: report("resolved", at, 0, spec) };
  }
  if (!breach2) {
    const since2 = state === "inactive" && previous !== null ? previous.since : at;
    return { memory: { state: "inactive", since: since2, runs: 0 }, report: report("inactive", since2, 0, spec) };
  }
  const pending = state === "pending" && previous !== null;
  const runs = pending ? previous.runs + 1 : 1;
  const since = pending ? previous.since : at;
  if (spec.for === null || met(spec.for, runs, since, now)) {
    return { memory: { state: "firing", since: at, runs }, report: report("firing", at, runs, spec) };
  }
  return { memory: { state: "pending", since, runs }, report: report("pending", since, runs, spec) };
}

// src/stats/theil-sen.ts
function theilSen(x, y, confidence = 0.95, intercept = "separate") {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`theilSen: ${n} x values, ${y.length} y values`);
  if (!(confidence >= 0.5 && confidence < 1)) throw new RangeError(`theilSen: confidence must lie in [0.5, 1), got ${confidence}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new RangeError(`theilSen: x and y must be finite, got (${x[i]}, ${y[i]}) at ${i}`);
  }
  const slopes = new Float64Array(n * (n - 1) / 2);
  let count2 = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    for (let j = 0; j < n; j++) {
      const dx = xi - x[j];
      if (dx > 0) slopes[count2++] = (yi - y[j]) / dx;
    }
  }
  if (count2 === 0) throw new RangeError(`theilSen: x needs at least two distinct values (${n} given, all equal or fewer than two)`);
  const sorted = slopes.subarray(0, count2).sort();
  const slope = medianOfSorted(sorted);
  let b;
  if (intercept === "joint") {
    const residuals = new Float64Array(n);
    for (let i = 0; i < n; i++) residuals[i] = y[i] - slope * x[i];
    b = medianOfSorted(residuals.sort());
  } else {
    b = medianOfSorted(Float64Array.from(y).sort()) - slope * medianOfSorted(Float64Array.from(x).sort());
  }
  const ties = tieTerm(x) + tieTerm(y);
  const sigsq = 1 / 18 * (n * (n - 1) * (2 * n + 5) - ties);
  let lowSlope = Number.NaN;
  let highSlope = Number.NaN;
  if (sigsq >= 0) {
    const z = normalQuantile((1 - confidence) / 2);
    const sigma = Math.sqrt(sigsq);
    const upper = Math.min(roundHalfEven((count2 - z * sigma) / 2), count2 - 1);
    const lower = Math.max(roundHalfEven((count2 + z * sigma) / 2) - 1, 0);
    lowSlope = sorted[lower];
    highSlope = sorted[upper];
  }
  return { slope, intercept: b, lowSlope, highSlope, pairs: count2 };
}
function tieTerm(values) {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[start]) {
      const t = i - start;
      sum += t * (t - 1) * (2 * t + 5);
      start = i;
    }
  }
  return sum;
}
function medianOfSorted(sorted) {
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
function roundHalfEven(v) {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/stats/trend-forecast.ts
var MIN_FORECAST_RUNS = 7;
var DEFAULT_FORECAST_CONFIDENCE = 0.9;
var DAY_MS = 864e5;
function forecastCrossing(input) {
  const { at, values, bound, side, horizonDays } = input;
  const confidence = input.confidence ?? DEFAULT_FORECAST_CONFIDENCE;
  const n = at.length;
  if (values.length !== n) throw new RangeError(`forecastCrossing: ${n} run times, ${values.length} values`);
  if (!Number.isFinite(bound)) throw new RangeError(`forecastCrossing: bound must be finite, got ${bound}`);
  if (!(horizonDays > 0 && Number.isFinite(horizonDays))) throw new RangeError(`forecastCrossing: horizonDays must be a positive number, got ${horizonDays}`);
  if (side !== "below" && side !== "above") throw new RangeError(`forecastCrossing: side must be 'below' or 'above', got ${String(side)}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(at[i])) throw new RangeError(`forecastCrossing: run time ${at[i]} at ${i} is not finite`);
    if (i > 0 && !(at[i] > at[i - 1])) throw new RangeError(`forecastCrossing: run times must be strictly increasing, oldest first (${at[i - 1]} then ${at[i]} at ${i})`);
  }
  if (n < MIN_FORECAST_RUNS) return null;
  const last = at[n - 1];
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = (at[i] - last) / DAY_MS;
  const fit = theilSen(x, values, confidence, "joint");
  const level = fit.intercept;
  const result = { slope_per_day: fit.slope, slope_low: fit.lowSlope, slope_high: fit.highSlope, level };
  const sign = side === "below" ? -1 : 1;
  const beyond = side === "below" ? level < bound : level > bound;
  if (beyond || !(sign * fit.slope > 0)) return { ...result, crossing: null, warns: false };
  const fast = side === "below" ? fit.lowSlope : fit.highSlope;
  const slow = side === "below" ? fit.highSlope : fit.lowSlope;
  const gap = bound - level;
  const days2 = gap / fit.slope;
  const crossing = { days: days2, low: gap / fast, high: sign * slow > 0 ? gap / slow : null };
  const warns = sign * slow > 0 && days2 <= horizonDays;
  return { ...result, crossing, warns };
}

// src/engine/forecast.ts
var DAY_MS2 = 864e5;
function failBound(check) {
  const fail = check.thresholds.fail;
  if (fail === void 0) return null;
  const below = [fail.lt, fail.lte].filter((v) => typeof v === "number");
  const above = [fail.gt, fail.gte].filter((v) => typeof v === "number");
  if (below.length === 1 && above.length === 0) return { bound: below[0], side: "below" };
  if (above.length === 1 && below.length === 0) return { bound: above[0], side: "above" };
  return null;
}
function short(n) {
  return String(Number(n.toPrecision(2)));
}
function days(n) {
  const rounded = n < 10 ? Number(n.toFixed(1)) : Math.round(n);
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}
var TREND_ONLY = { horizon_ms: 0, runs: 14, confidence: 0.99 };
function forecastCheck(check, spec, stored, now) {
  if (check.value === null || !Number.isFinite(check.value)) return check;
  const series = [...stored.filter((s) => s.value !== null && Number.isFinite(s.value)), { at: now.toISOString(), value: check.value }].slice(-spec.runs);
  const points = [];
  for (const s of series) {
    const at = Date.parse(s.at);
    if (points.length > 0 && at <= points[points.length - 1].at) points.pop();
    points.push({ at, value: s.value });
  }
  if (points.length < MIN_FORECAST_RUNS) return check;
  const target = failBound(check);
  const warns = spec.horizon_ms > 0;
  const horizonDays = warns ? spec.horizon_ms / DAY_MS2 : 1;
  const fitted = forecastCrossing({
    at: Float64Array.from(points, (p) => p.at),
    values: Float64Array.from(points, (p) => p.value),
    bound: target?.bound ?? check.value,
    side: target?.side ?? "below",
    horizonDays,
    confidence: spec.confidence
  });
  if (fitted === null) return check;
  const sign = target?.side === "below" ? -1 : 1;
  const slow = target?.side === "below" ? fitted.slope_high : fitted.slope_low;
  const past = target !== null && (target.side === "below" ? fitted.level < target.bound : fitted.level > target.bound) && sign * slow > 0;
  const forecast = {
    method: "theil_sen",
    runs: points.length,
    confidence: spec.confidence,
    slope_per_day: fitted.slope_per_day,
    slope_low: fitted.slope_low,
    slope_high: fitted.slope_high,
    bound: target?.bound ?? null,
    crossing: target === null ? null : past ? { days: 0, low: 0, high: 0 } : fitted.crossing,
    horizon_days: warns ? horizonDays : null
  };
  const withForecast = { ...check, forecast };
  if (!warns || target === null || check.status !== "pass") return withForecast;
  const level = `${Number((spec.confidence * 100).toPrecision(3))}%`;
  const trend = `at the trend of the last ${points.length} runs (${short(fitted.slope_per_day)} a day, ${level} interval ${short(fitted.slope_low)} to ${short(fitted.slope_high)})`;
  if (past) return { ...withForecast, status: "warn", message: `${check.message}; ${trend} it is already past ${target.bound} (fitted ${short(fitted.level)})` };
  if (!fitted.warns || fitted.crossing === null) return withForecast;
  const { crossing } = fitted;
  const when = `in about ${days(crossing.days)} (${days(crossing.low).replace(/ days?$/, "")}\u2013${crossing.high === null ? "never at the slow end" : days(crossing.high)})`;
  const message = `${check.message}; ${trend} it crosses ${target.bound} ${when}`;
  return { ...withForecast, status: "warn", message };
}

// src/engine/memory-thresholds.ts
function onValue(change, toValue) {
  const out2 = {};
  for (const key of ["gt", "gte", "lt", "lte"]) if (change[key] !== void 0) out2[key] = toValue(change[key]);
  for (const key of ["between", "not_between"]) {
    const pair = change[key];
    if (pair !== void 0) out2[key] = [toValue(pair[0]), toValue(pair[1])];
  }
  const other = ["eq", "not_eq", "in", "not_in"].some((key) => change[key] !== void 0);
  return other || Object.keys(out2).length === 0 ? null : out2;
}
function resolve(threshold, value, stored) {
  const values = stored.map((s) => s.value).filter((v) => v !== null && Number.isFinite(v));
  if (threshold.vs === "previous") {
    const p = values[values.length - 1];
    if (p === void 0) return { missing: "vs: previous needs a stored run with a value; none is stored yet" };
    const from2 = `the previous run's ${bandEnd(p)}`;
    if (threshold.absolute !== void 0) {
      const holds = comparatorHolds(threshold.absolute, value - p);
      if (holds !== null) return { bound: onValue(threshold.absolute, (c) => p + c), holds: `change ${holds} vs the previous run (${bandEnd(p)})`, from: from2 };
    }
    if (threshold.relative !== void 0) {
      if (p === 0) return { missing: "vs: previous with a relative change is undefined after a previous value of 0" };
      const holds = comparatorHolds(threshold.relative, (value - p) / Math.abs(p));
      if (holds !== null) return { bound: onValue(threshold.relative, (c) => p + c * Math.abs(p)), holds: `relative change ${holds} vs the previous run (${bandEnd(p)})`, from: from2 };
    }
    const bound2 = threshold.absolute !== void 0 ? onValue(threshold.absolute, (c) => p + c) : threshold.relative !== void 0 ? onValue(threshold.relative, (c) => p + c * Math.abs(p)) : null;
    return { bound: bound2, holds: null, from: from2 };
  }
  if (values.length < threshold.runs) {
    return { missing: `vs: history needs ${threshold.runs} stored runs with a value, ${values.length} stored` };
  }
  const last = Float64Array.from(values.slice(-threshold.runs));
  let mean = 0;
  for (const v of last) mean += v;
  mean /= last.length;
  const sd = Math.sqrt(sampleVariance(last));
  const edge = threshold.side === "below" ? mean - threshold.k * sd : mean + threshold.k * sd;
  const from = `mean ${bandEnd(mean)} ${threshold.side === "below" ? "\u2212" : "+"} ${threshold.k} \xD7 sd ${bandEnd(sd)} of the last ${threshold.runs} runs`;
  const bound = threshold.side === "below" ? { lt: edge } : { gt: edge };
  const beyond = threshold.side === "below" ? value < edge : value > edge;
  return { bound, holds: beyond ? `${threshold.side === "below" ? "<" : ">"} ${bandEnd(edge)} (${from})` : null, from };
}
function judgeAgainstMemory(check, memory, stored) {
  if (memory === void 0 || memory.warn === void 0 && memory.fail === void 0) return check;
  const judged = check.status === "pass" || check.status === "warn" || check.status === "fail";
  if (!judged || check.value === null || !Number.isFinite(check.value)) return check;
  const value = check.value;
  let status = check.status;
  let breached = null;
  const missing = [];
  const thresholds = { ...check.thresholds };
  const derived = [];
  for (const level of ["fail", "warn"]) {
    const threshold = memory[level];
    if (threshold === void 0) continue;
    if (stored === null) {
      missing.push({ level, why: `vs: ${threshold.vs} needs a state store (--state, or the Action's state branch)` });
      continue;
    }
    const resolved = resolve(threshold, value, stored);
    if ("missing" in resolved) {
      missing.push({ level, why: resolved.missing });
      continue;
    }
    if (resolved.bound !== null) thresholds[level] = resolved.bound;
    derived.push(`${level} from ${resolved.from}`);
    if (resolved.holds !== null && severity(level) > severity(status)) {
      status = level;
      breached = resolved.holds;
    }
  }
  if (derived.length > 0) thresholds.derived_from = [...typeof check.thresholds.derived_from === "string" ? [check.thresholds.derived_from] : [], ...derived].join("; ");
  const unjudged = missing.filter((m) => severity(m.level) > severity(status));
  const note = unjudged.length === 0 ? "" : `; not judged: ${unjudged.map((m) => `${m.level} ${m.why}`).join("; ")}`;
  if (status === "pass" && unjudged.length > 0) {
    return { ...check, status: "no_data", code: "check/no-history", thresholds, message: `${check.message}${note}` };
  }
  if (breached === null) return { ...check, thresholds, message: `${check.message}${note}` };
  return { ...check, status, thresholds, message: `${check.message}; ${status}: ${breached}${note}` };
}

// src/engine/silences.ts
function silenceEnd(until) {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}
function applySilences(check, silences, now) {
  if (check.status !== "warn" && check.status !== "fail" && check.status !== "pending") return check;
  const silence = silences.find(
    (s) => (s.checks.length === 0 || s.checks.includes(check.id)) && now.getTime() <= silenceEnd(s.until)
  );
  if (silence === void 0) return check;
  return { ...check, status: "silenced", message: `silenced until ${silence.until} (${silence.reason}); would be ${check.status}: ${check.message}` };
}

// src/engine/history-lines.ts
function historyLines(thresholds) {
  const lines = [];
  for (const level of ["warn", "fail"]) {
    const t = thresholds[level];
    if (t === void 0) continue;
    for (const key of ["gt", "gte", "lt", "lte"]) {
      const v = t[key];
      if (typeof v === "number" && Number.isFinite(v)) lines.push({ level, value: v });
    }
    for (const key of ["between", "not_between"]) {
      const pair = t[key];
      if (pair !== void 0) {
        for (const v of pair) if (Number.isFinite(v)) lines.push({ level, value: v });
      }
    }
  }
  return lines;
}

// src/engine/memory.ts
var HISTORY_POINTS = 30;
var NO_LIFECYCLE = { for: null, keep_firing_for: null };
function earlierRuns(memory, now) {
  const runs = memory.history?.runs ?? [];
  return runs.filter((r) => r.run.id !== memory.runId && Date.parse(r.at) < now.getTime());
}
function storedRuns(runs, id) {
  const out2 = [];
  for (const run of runs) {
    const check = run.checks.find((c) => c.id === id);
    if (check !== void 0) out2.push({ at: run.at, value: check.value, status: check.status });
  }
  return out2;
}
function lastMemory(runs, id) {
  for (let i = runs.length - 1; i >= 0; i--) {
    const check = runs[i].checks.find((c) => c.id === id);
    if (check !== void 0) return check.memory;
  }
  return null;
}
function breach(status) {
  return status === "fail" || status === "error";
}
function pendingMessage(check, runs, needed) {
  return `${check.status} held ${runs} run${runs === 1 ? "" : "s"} of for: ${needed}, not firing yet: ${check.message}`;
}
function chartOf(check, earlier, now) {
  const shown = check.status === "warn" || check.status === "fail" || check.status === "pending" || check.alert?.state === "firing";
  if (!shown) return void 0;
  const points = [...storedRuns(earlier, check.id), { at: now.toISOString(), value: check.value, status: check.status }].slice(-HISTORY_POINTS);
  if (points.length < 2) return void 0;
  return { points, lines: historyLines(check.thresholds) };
}
function applyMemory(model, policy, memory, now) {
  const earlier = memory === null ? [] : earlierRuns(memory, now);
  const specs = new Map(policy.checks.map((s) => [s.id, s]));
  const verdicts = /* @__PURE__ */ new Map();
  const memories = /* @__PURE__ */ new Map();
  const stepped = model.checks.map((raw) => {
    const spec = specs.get(raw.id);
    const stored = memory === null ? null : storedRuns(earlier, raw.id);
    let check = judgeAgainstMemory(raw, spec?.memory, stored);
    if (stored !== null) check = forecastCheck(check, spec?.forecast ?? TREND_ONLY, stored, now);
    verdicts.set(check.id, check.status);
    const lifecycle = memory === null ? NO_LIFECYCLE : spec?.lifecycle ?? policy.defaults.lifecycle ?? NO_LIFECYCLE;
    const step = nextAlert(memory === null ? null : lastMemory(earlier, check.id), breach(check.status), lifecycle, now);
    memories.set(check.id, step.memory);
    if (memory === null) return check;
    const alert = step.report;
    if (alert.state === "pending") return { ...check, status: "pending", message: pendingMessage(check, alert.runs, lifecycle.for?.text ?? ""), alert };
    if (alert.kept === true) return { ...check, message: `${check.message}; the alert keeps firing for keep_firing_for: ${lifecycle.keep_firing_for?.text ?? ""} (clear for ${alert.runs} run${alert.runs === 1 ? "" : "s"})`, alert };
    return { ...check, alert };
  });
  const checks = applyInhibition(stepped, policy.checks).map((c) => applySilences(c, policy.alerting.silences, now)).map((c) => {
    const history = memory === null ? void 0 : chartOf(c, earlier, now);
    return history === void 0 ? c : { ...c, history };
  });
  const records = checks.map((c) => ({
    id: c.id,
    type: c.type,
    status: c.status,
    verdict: verdicts.get(c.id) ?? c.status,
    value: c.value,
    thresholds: JSON.parse(JSON.stringify(c.thresholds)),
    alert: c.alert ?? null,
    memory: memories.get(c.id) ?? { state: "inactive", since: now.toISOString(), runs: 0 },
    ...columnScores(c)
  }));
  const status = model.error === null ? worstStatus(checks.map((c) => c.status), "skipped") : model.status;
  return { model: { ...model, status, checks }, records };
}
function columnScores(check) {
  if (check.type !== "drift") return {};
  const columns = check.details?.columns ?? [];
  const out2 = {};
  for (const c of columns) if (c.statistic !== null && Number.isFinite(c.statistic)) out2[c.column] = c.statistic;
  return Object.keys(out2).length === 0 ? {} : { columns: out2 };
}

// src/engine/model.ts
function declaredKinds(policy) {
  const { columns } = policy;
  const kinds = { ...columns.types };
  for (const name of columns.features?.numerical ?? []) kinds[name] = "numeric";
  for (const name of columns.features?.categorical ?? []) kinds[name] = "categorical";
  if (columns.timestamp !== void 0) kinds[columns.timestamp] = "timestamp";
  if (columns.score !== void 0) kinds[columns.score] = "numeric";
  for (const name of Object.values(columns.class_scores ?? {})) kinds[name] = "numeric";
  return kinds;
}
var NO_FALLBACK = /* @__PURE__ */ new Map();
function pushedWindow(policy, now) {
  const length = policy.data.window;
  if (length?.kind !== "time") return null;
  const delay = policy.data.labels?.delay;
  const back = delay?.kind === "time" ? delay.ms : 0;
  return { start: now.getTime() - length.ms - back, end: now.getTime() };
}
function evaluatedWindow(policy, now) {
  const length = policy.data.window;
  if (length === void 0) return null;
  if (length.kind !== "time") throw new Error(`data.window must be a time span such as 7d, not "${length.text}"`);
  if (policy.columns.timestamp === void 0) throw new Error("data.window needs columns.timestamp to know when each row was scored");
  return { start: now.getTime() - length.ms, end: now.getTime() };
}
async function loadData(policy, now, log, signal) {
  const options = { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) };
  const { reference: referenceSpec, current: currentSpec, labels: labelled } = policy.data;
  const plan = await planPushdown(policy);
  let fallback = plan.push ? NO_FALLBACK : plan.fallback;
  if (fallback.size > 0) log?.(`${policy.model.name}: the current rows are read, not computed in the database (pushdown: auto), since ${[...fallback.keys()].map((id) => `"${id}"`).join(", ")} cannot be`);
  const read = { options, timestampColumn: policy.columns.timestamp, signal, log };
  const referenceRead = referenceSpec === void 0 ? void 0 : { spec: referenceSpec, window: null };
  const labelsRead = labelled === void 0 ? void 0 : { spec: labelled.source, window: null };
  let tables;
  if (plan.push) {
    tables = await readSources([referenceRead, void 0, labelsRead], read);
    const pushed = await pushCurrent(policy, plan.spec, tables[0] ?? null, now, read);
    if (pushed.ok) tables[1] = pushed.table;
    else {
      fallback = new Map(policy.checks.map((c) => [c.id, pushed.why]));
      log?.(`${policy.model.name}: the current rows are read, not computed in the database (pushdown: auto): ${pushed.why}`);
      tables[1] = (await readSources([{ spec: currentSpec, window: pushedWindow(policy, now) }], read))[0];
    }
  } else {
    tables = await readSources([referenceRead, { spec: currentSpec, window: pushedWindow(policy, now) }, labelsRead], read);
  }
  const referenceTable = tables[0] ?? null;
  const currentUnwindowed = tables[1];
  for (const table of [referenceTable, currentUnwindowed]) checkProfileOf(policy, table, log);
  const labels = tables[2] ?? null;
  requireDeclaredColumns(policy, { reference: tables[0] ?? null, current: tables[1] });
  const currentProfile = profileFacts(currentUnwindowed);
  if (currentProfile !== void 0) {
    return { reference: referenceTable, current: currentUnwindowed, currentUnwindowed, window: currentProfile.profile.window, labels, sampled: false, fallback };
  }
  const window = evaluatedWindow(policy, now);
  const windowed = window === null ? currentUnwindowed : filterWindow(currentUnwindowed, policy.columns.timestamp, window.start, window.end).table;
  const sample = policy.data.sample;
  const current = sampleTable(windowed, sample);
  const sampledReference = referenceTable === null || profileFacts(referenceTable) !== void 0 ? referenceTable : sampleTable(referenceTable, sample);
  const sampled = current !== windowed || sampledReference !== referenceTable;
  return { reference: sampledReference, current, currentUnwindowed, window, labels, sampled, fallback };
}
async function pushCurrent(policy, spec, reference, now, read) {
  const window = evaluatedWindow(policy, now);
  try {
    const { table, rowsReturned } = await pushedCurrent(policy, spec, reference, window, read);
    read.log?.(`${table.origin}: ${policy.model.name}'s current aggregates computed in the database over ${count(table.rowCount)} rows (${count(rowsReturned)} rows returned)`);
    return { ok: true, table };
  } catch (cause) {
    if (cause instanceof DataError && cause.code === "profile/pushdown" && spec.pushdown !== "required") return { ok: false, why: cause.detail };
    throw cause;
  }
}
function checkProfileOf(policy, table, log) {
  const facts = profileFacts(table);
  if (facts === void 0 || table === null) return;
  const { profile } = facts;
  if (profile.model !== policy.model.name) throw new DataError("profile/invalid", table.origin, `is a profile of model "${profile.model}", not of "${policy.model.name}"`);
  if (profile.policy_fingerprint !== policyFingerprint(policy)) log?.(`${table.origin} was made for another version of the policy of ${policy.model.name}; a check that needs what it lacks says so`);
}
async function runCheck(policySpec, modelContext, stage) {
  modelContext.budget?.check();
  stage.current = `running check "${policySpec.id}"`;
  const started = performance.now();
  const profiled = profiledCheck(policySpec, modelContext);
  const aggregates = profiled.aggregates === void 0 ? {} : { aggregates: profiled.aggregates };
  if (!profiled.ok) return { id: policySpec.id, type: policySpec.type, ...profiled.outcome, ...aggregates, duration_ms: Math.round(performance.now() - started) };
  const { spec, context } = profiled;
  let outcome;
  try {
    const module = checkModuleFor(spec.type);
    outcome = context.parallel !== void 0 && module.runAsync !== void 0 ? await module.runAsync(spec, context) : module.run(spec, context);
  } catch (cause) {
    if (cause instanceof TimeBudgetExceeded) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    outcome = { status: "error", code: "check/crashed", value: null, thresholds: {}, message: `the check crashed: ${reason}`, details: null };
  }
  const within = profiled.bound ?? percentileBound(spec, context, outcome);
  const bound = within === void 0 || outcome.value === null ? {} : { bound: within };
  const boundText = within !== void 0 && within > 0 && outcome.value !== null ? ` (within \xB1${Number(within.toPrecision(2))} of the rows' value)` : "";
  const message = profiled.aggregates === void 0 ? outcome.message : `${outcome.message}${boundText}${aggregatesNote(profiled.aggregates)}`;
  return { id: spec.id, type: spec.type, ...outcome, message, ...aggregates, ...bound, duration_ms: Math.round(performance.now() - started) };
}
function baseReport(policy) {
  return {
    name: policy.model.name,
    version: policy.model.version ?? null,
    task: policy.model.task,
    policy: policy.file,
    owners: policy.model.owners,
    runbook: policy.model.runbook ?? null
  };
}
async function prepareWorkers(policy, parallel) {
  if (parallel?.prepare === void 0 || !policy.checks.some((check) => check.type === "drift")) return;
  const sources = [policy.data.reference, policy.data.current].filter((s) => s !== void 0);
  if (sources.some((s) => s.kind === "profile")) return;
  const bytes = (await Promise.all(sources.map(sourceBytes))).reduce((a, b) => a + b, 0);
  if (bytes >= largeSourceBytes()) parallel.prepare();
}
async function evaluateModelWithMemory(policy, now, options = {}) {
  return applyMemory(await evaluateChecks(policy, now, options), policy, options.memory ?? null, now);
}
async function evaluateChecks(policy, now, options) {
  const started = performance.now();
  const { ms, text } = policy.defaults.time_budget;
  const budget = startBudget(ms, text);
  const stage = { current: "reading its data" };
  const abort = new AbortController();
  try {
    return await raceBudget(evaluateWithin(policy, now, options, budget, stage, abort.signal), budget);
  } catch (cause) {
    if (!(cause instanceof TimeBudgetExceeded)) throw cause;
    abort.abort(cause);
    return modelErrorReport(policy, `the model ${cause.message} (defaults.time_budget) while ${stage.current}; the other models were still evaluated`, "model/time-budget", Math.round(performance.now() - started));
  }
}
function modelErrorReport(policy, error, code, durationMs) {
  return {
    ...baseReport(policy),
    status: "error",
    error,
    error_code: code,
    window: { start: null, end: null, length: policy.data.window?.text ?? null },
    rows: { reference: null, current: null, sampled: false },
    checks: [],
    duration_ms: durationMs
  };
}
async function evaluateWithin(policy, now, options, budget, stage, signal) {
  const { parallel } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let data;
  try {
    await prepareWorkers(policy, parallel);
    data = await loadData(policy, now, options.log, signal);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return modelErrorReport(policy, reason, cause instanceof DataError ? cause.code : "model/data", elapsed());
  }
  options.progress?.({ kind: "read", name: policy.model.name, rows: { reference: data.reference?.rowCount ?? null, current: data.currentUnwindowed.rowCount } });
  const context = { policy, now, ...data, budget, ...parallel === void 0 ? {} : { parallel } };
  let done = 0;
  const counted = async (spec) => {
    const ran = await runCheck(spec, context, stage);
    const why = data.fallback.get(spec.id);
    const report2 = why === void 0 ? ran : { ...ran, message: `${ran.message}${fallbackNote(why)}` };
    options.progress?.({ kind: "check", name: policy.model.name, done: ++done, checks: policy.checks.length });
    return report2;
  };
  const running = policy.checks.map(counted);
  const checks = await Promise.all(running);
  return {
    ...baseReport(policy),
    status: worstStatus(checks.map((c) => c.status), "skipped"),
    error: null,
    error_code: null,
    window: {
      start: data.window ? new Date(data.window.start).toISOString() : null,
      end: data.window ? new Date(data.window.end).toISOString() : null,
      length: policy.data.window?.text ?? null
    },
    rows: { reference: data.reference?.rowCount ?? null, current: data.current.rowCount, sampled: data.sampled },
    checks,
    duration_ms: elapsed()
  };
}

export {
  workerScript,
  thresholdFromEnv,
  largeSourceBytes,
  readSources,
  sourceBytes,
  SCORE_STEP,
  EXACT_VALUES,
  NO_REFERENCE,
  profileNeeds,
  policyFingerprint,
  jointOf2 as jointOf,
  roundScore,
  compareTuples,
  referenceFacts,
  planPushdown,
  pushedCurrent,
  MAX_TIMER_MS,
  applyMemory,
  declaredKinds,
  pushedWindow,
  evaluatedWindow,
  evaluateModelWithMemory,
  modelErrorReport
};
