import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DEFAULT_MIN_SAMPLES,
  checkModuleFor,
  loadPolicySource,
  mulberry32,
  repositoryRoot
} from "./chunk-JKPZIP4Z.js";
import {
  require_dist
} from "./chunk-WLYCNJEK.js";
import "./chunk-B56N3WCO.js";
import {
  readFiles
} from "./chunk-NBPOFIC6.js";
import "./chunk-ZE4AS634.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import {
  parseIsoTimestamp
} from "./chunk-7M2XNVRX.js";
import "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import {
  ReadBudget
} from "./chunk-LNKZD7PG.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import "./chunk-ABXIHZ2L.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import {
  __toESM
} from "./chunk-FQDB3IQE.js";

// src/init/init.ts
import { existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/init/infer.ts
var InitError = class extends Error {
  constructor(message, code = "cli/init") {
    super(message);
    this.code = code;
  }
  code;
  name = "InitError";
};
var TASKS = ["binary_classification", "multiclass_classification", "regression"];
var TARGET_NAMES = /^(label|target|y|y_true|class|outcome)$/i;
var PREDICTION_NAMES = /^(pred|prediction|predicted|y_pred|y_hat)$|_(pred|prediction)$/i;
var SCORE_NAMES = /^(score|proba|probability|y_score|y_proba)$|_(score|proba|probability)$/i;
var TIMESTAMP_NAMES = /^(timestamp|ts|time|datetime|date)$|_(at|time|ts|timestamp)$/i;
var ID_NAMES = /^(id|uuid|guid|key)$|_(id|uuid|guid|key)$/i;
var PII_NAMES = /(^|_)(e_?mail|phone|mobile|telephone|ssn|social_security|passport|iban|credit_card|card_number|ip_address|ip|address|street|postcode|zip_code|dob|date_of_birth|birth_date)($|_)|^(name|first_name|last_name|full_name|surname|user_name|username|customer_name)$/i;
var MAX_CLASSES = 20;
var BINARY_TEXT = /* @__PURE__ */ new Set(["0", "1", "true", "false", "yes", "no"]);
function isPiiName(name, flags) {
  return PII_NAMES.test(name) && !Object.values(flags).includes(name);
}
function inferRoles(table, flags, pii = []) {
  const names = table.columnNames;
  const named = (flag, name) => {
    if (name === void 0) return void 0;
    if (!table.has(name)) throw new InitError(`--${flag} names column "${name}", but ${table.origin} has no such column (its columns: ${[...names, ...pii].join(", ")})`);
    return name;
  };
  const given = ["target", "prediction", "score", "timestamp", "id"].filter((role) => flags[role] !== void 0);
  for (const [i, role] of given.entries()) {
    const other = given.slice(i + 1).find((o) => flags[o] === flags[role]);
    if (other !== void 0) throw new InitError(`--${role} and --${other} both name column "${flags[role]}"; a column has one role`, "cli/usage");
  }
  const free = (n) => !pii.includes(n) && !Object.values(flags).includes(n);
  const first = (pattern, pick = () => true) => names.find((n) => free(n) && pattern.test(n) && pick(table.column(n)));
  const target = named("target", flags.target) ?? first(TARGET_NAMES, (c) => c.kind !== "timestamp");
  const prediction = named("prediction", flags.prediction) ?? first(PREDICTION_NAMES, (c) => c.kind !== "timestamp" && c.name !== target);
  const score = named("score", flags.score) ?? first(SCORE_NAMES, (c) => c.kind === "numeric" && c.name !== target && c.name !== prediction);
  const isTime = new Map(names.map((n) => [n, isTimestamp(table.column(n))]));
  const timestamps = names.filter((n) => free(n) && isTime.get(n) === true);
  const timestamp = named("timestamp", flags.timestamp) ?? (timestamps.length === 1 ? timestamps[0] : timestamps.find((n) => TIMESTAMP_NAMES.test(n)));
  if (timestamp !== void 0 && isTime.get(timestamp) !== true) {
    throw new InitError(`--timestamp names column "${timestamp}", but its values are not ISO 8601 dates or date-times (2026-11-24T06:00:00Z)`);
  }
  const id = named("id", flags.id) ?? first(ID_NAMES, (c) => isTime.get(c.name) !== true && c.name !== target && c.name !== prediction && uniquePerRow(c));
  if (score !== void 0 && table.column(score).kind !== "numeric") throw new InitError(`--score names column "${score}", but it holds ${kindNoun(table.column(score))}, not numbers`);
  if (target !== void 0 && isTime.get(target) === true) throw new InitError(`the target column "${target}" holds timestamps, which cannot be a label: pass --target with the label column`);
  const roles = new Set([target, prediction, score, timestamp, id].filter((n) => n !== void 0));
  const numerical = [];
  const categorical = [];
  const ignored = [];
  for (const name of names) {
    if (roles.has(name) || pii.includes(name)) continue;
    const column = table.column(name);
    if (isTime.get(name) === true) ignored.push({ column: name, why: "timestamps" });
    else if (column.kind === "numeric") numerical.push(name);
    else if (column.kind === "categorical" && table.rowCount > 1 && uniquePerRow(column)) ignored.push({ column: name, why: "one value per row" });
    else if (column.kind === "categorical") categorical.push(name);
  }
  const { task, reason } = inferTask(target === void 0 ? void 0 : table.column(target), flags.task, prediction, score);
  return {
    ...id !== void 0 && { id },
    ...timestamp !== void 0 && { timestamp },
    ...target !== void 0 && { target },
    ...prediction !== void 0 && { prediction },
    ...score !== void 0 && { score },
    task,
    taskReason: reason,
    numerical,
    categorical,
    pii,
    ignored
  };
}
function kindNoun(column) {
  return column.kind === "categorical" ? "text" : column.kind === "timestamp" ? "timestamps" : "numbers";
}
function isTimestamp(column) {
  if (column.kind === "timestamp") return true;
  if (column.kind !== "categorical" || column.dictionary.length === 0) return false;
  return column.dictionary.every((text) => !Number.isNaN(parseIsoTimestamp(text)));
}
function uniquePerRow(column) {
  const seen = /* @__PURE__ */ new Set();
  if (column.kind === "categorical") {
    for (const code of column.codes) {
      if (code < 0 || seen.has(code)) return false;
      seen.add(code);
    }
    return true;
  }
  for (const v of column.values) {
    if (Number.isNaN(v) || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}
function distinctValues(column, limit) {
  const out = /* @__PURE__ */ new Set();
  if (column.kind === "categorical") {
    const used = new Uint8Array(column.dictionary.length);
    for (const code of column.codes) if (code >= 0) used[code] = 1;
    column.dictionary.forEach((text, code) => {
      if (used[code] === 1 && out.size <= limit) out.add(text);
    });
    return [...out];
  }
  for (const v of column.values) {
    if (Number.isNaN(v)) continue;
    out.add(String(v));
    if (out.size > limit) break;
  }
  return [...out];
}
function inferTask(target, given, prediction, score) {
  if (target === void 0) {
    if (given !== void 0) return { task: given, reason: "from --task" };
    const task = score !== void 0 ? "binary_classification" : "regression";
    return { task, reason: `no target column; guessed from ${score !== void 0 ? "the score column" : prediction !== void 0 ? "the prediction column" : "nothing"}: pass --task to set it` };
  }
  const what = `target column "${target.name}"`;
  if (target.kind === "timestamp") throw new InitError(`the ${what} holds timestamps, which cannot be a label: pass --target with the label column`);
  const values = distinctValues(target, MAX_CLASSES);
  if (values.length === 0) throw new InitError(`the ${what} has no values (every row is missing), so it cannot be a label`);
  if (values.length === 1) throw new InitError(`the ${what} holds one value only ("${values[0]}"), so it cannot be a label: a reference needs every class`);
  const binaryText = values.length === 2 && values.every((v) => BINARY_TEXT.has(v.toLowerCase()));
  const wholeNumbers = target.kind === "numeric" && values.every((v) => Number.isInteger(Number(v)));
  const shown = values.slice(0, 3).map((v) => `"${v}"`).join(", ") + (values.length > 3 ? ", \u2026" : "");
  if (given !== void 0) {
    if (given === "binary_classification" && !binaryText) {
      throw new InitError(`--task binary_classification needs the ${what} to hold two classes written 1/0, true/false or yes/no; it holds ${shown}`);
    }
    if (given === "regression" && target.kind !== "numeric") throw new InitError(`--task regression needs a numeric target, but the ${what} holds text (${shown})`);
    if (given === "multiclass_classification" && values.length > MAX_CLASSES && !wholeNumbers && target.kind === "numeric") {
      throw new InitError(`--task multiclass_classification: the ${what} holds more than ${MAX_CLASSES} distinct fractional numbers, which look like a regression target`);
    }
    return { task: given, reason: "from --task" };
  }
  if (binaryText) return { task: "binary_classification", reason: `the target holds two classes (${shown})` };
  if (target.kind === "categorical") {
    if (values.length > MAX_CLASSES) throw new InitError(`the ${what} holds more than ${MAX_CLASSES} distinct texts; pass --task multiclass_classification if these are classes`);
    return { task: "multiclass_classification", reason: `the target holds ${values.length} classes as text` };
  }
  if (wholeNumbers && values.length <= MAX_CLASSES) return { task: "multiclass_classification", reason: `the target holds ${values.length} whole numbers; pass --task regression if they are amounts` };
  return { task: "regression", reason: "the target holds numbers" };
}

// src/init/propose.ts
var REPETITIONS = 20;
var WARN_MARGIN = 1.5;
var FAIL_MARGIN = 3;
var FLOOR = 1e-3;
var UNREACHABLE = 1e300;
function proposeChecks(reference, roles, loadDraft) {
  let plans = checkPlans(roles);
  if (plans.length === 0) return [];
  const first = splitHalves(reference, 1).next().value;
  plans = plans.map((plan) => isAutoDrift(plan) && usesTests(plan, first, loadDraft) ? withMethod(plan, "jensen_shannon") : plan);
  const policy = loadDraft(plans.map((plan) => plan.raw(UNREACHABLE / 2, UNREACHABLE)));
  const values = plans.map(() => []);
  const pairs = function* () {
    yield* splitHalves(reference, REPETITIONS);
    yield [reference, reference];
  };
  for (const [a, b] of pairs()) {
    plans.forEach((plan, i) => {
      const value = plan.measure(runCheck(policy.checks[i], policy, a, b));
      if (value !== null) values[i].push(value);
    });
  }
  return plans.map((plan, i) => {
    const largest = Math.max(0, ...values[i]);
    const warn = ceil2(Math.max(WARN_MARGIN * largest, FLOOR));
    const fail = ceil2(Math.max(FAIL_MARGIN * largest, 2 * FLOOR));
    return {
      raw: plan.raw(warn, fail),
      comment: `from ${REPETITIONS} random halves of the reference: largest ${plan.what} ${formatValue(largest)} (warn above ${WARN_MARGIN}\xD7, fail above ${FAIL_MARGIN}\xD7, at least ${FLOOR})`
    };
  });
}
function isAutoDrift(plan) {
  const raw = plan.raw(1, 2);
  return raw.type === "drift" && raw.method === "auto";
}
function checkPlans(roles) {
  const plans = [];
  const features = roles.numerical.length + roles.categorical.length;
  if (features > 0) {
    plans.push({
      what: "drift distance of a feature",
      raw: (warn, fail) => ({ id: "feature-drift", type: "drift", features: "all", method: "auto", per_feature: { warn: { gt: warn }, fail: { gt: fail } } }),
      measure: worstDistance
    });
  }
  if (roles.score !== void 0) {
    plans.push({
      what: "PSI of the score",
      raw: (warn, fail) => ({ id: "score-drift", type: "drift", features: [roles.score], method: "psi", per_feature: { warn: { gt: warn }, fail: { gt: fail } } }),
      measure: worstDistance
    });
  }
  if (features > 0) {
    plans.push({
      what: "missing share of a feature",
      raw: (warn, fail) => ({ id: "missing-values", type: "data_quality", metric: "missing_share", columns: "all", warn: { gt: warn }, fail: { gt: fail } }),
      measure: (o) => worstQuality(o)
    });
  }
  if (roles.categorical.length > 0) {
    plans.push({
      what: "unseen share of a feature",
      raw: (warn, fail) => ({ id: "unseen-categories", type: "data_quality", metric: "unseen_share", columns: "all", warn: { gt: warn }, fail: { gt: fail } }),
      measure: (o) => worstQuality(o)
    });
  }
  if (roles.target !== void 0) plans.push(...performancePlans(roles.task, roles.prediction, roles.score));
  return plans;
}
function performancePlans(task, prediction, score) {
  const drop = (warn, fail) => ({ warn: { vs: "reference", absolute: { lt: -warn } }, fail: { vs: "reference", absolute: { lt: -fail } } });
  const fall = (o) => o.value === null || o.reference_value == null ? null : o.reference_value - o.value;
  const metric = (name, what) => ({ what, raw: (warn, fail) => ({ id: name.replace(/_/g, "-"), type: "performance", metric: name, ...drop(warn, fail) }), measure: fall });
  if (task === "regression") {
    if (prediction === void 0) return [];
    return [
      {
        what: "relative rise of the MAE",
        raw: (warn, fail) => ({ id: "mae", type: "performance", metric: "mae", warn: { vs: "reference", relative: { gt: warn } }, fail: { vs: "reference", relative: { gt: fail } } }),
        measure: (o) => o.value === null || o.reference_value == null || o.reference_value === 0 ? null : (o.value - o.reference_value) / Math.abs(o.reference_value)
      }
    ];
  }
  if (task === "multiclass_classification") return [];
  const plans = [];
  if (prediction !== void 0) plans.push(metric("accuracy", "fall of accuracy"));
  if (task === "binary_classification" && score !== void 0) plans.push(metric("roc_auc", "fall of ROC AUC"));
  return plans;
}
function worstDistance(outcome) {
  const details = outcome.details;
  const stats = (details?.columns ?? []).map((c) => c.statistic).filter((s) => s !== null && Number.isFinite(s));
  return stats.length === 0 ? null : Math.max(...stats);
}
function worstQuality(outcome) {
  const details = outcome.details;
  const values = (details?.columns ?? []).map((c) => c.value).filter((v) => v !== null);
  return values.length === 0 ? outcome.value : Math.max(...values);
}
function usesTests(plan, [a, b], loadDraft) {
  const policy = loadDraft([plan.raw(UNREACHABLE / 2, UNREACHABLE)]);
  const details = runCheck(policy.checks[0], policy, a, b).details;
  return (details?.columns ?? []).some((c) => c.p_value !== null);
}
function withMethod(plan, method) {
  return { ...plan, raw: (warn, fail) => ({ ...plan.raw(warn, fail), method }) };
}
function runCheck(spec, policy, reference, current) {
  const context = { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: /* @__PURE__ */ new Date() };
  return checkModuleFor(spec.type).run(spec, context);
}
function* splitHalves(table, repetitions) {
  const n = table.rowCount;
  const half = Math.floor(n / 2);
  for (let r = 1; r <= repetitions; r++) {
    const random = mulberry32(r);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random.uniform() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    yield [table.take(order.subarray(0, half)), table.take(order.subarray(half))];
  }
}
function ceil2(x) {
  if (!(x > 0)) return x;
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  const up = Math.ceil(x / magnitude - 1e-9) * magnitude;
  const printed = Number(up.toPrecision(2));
  return printed >= x ? printed : Number((up + magnitude).toPrecision(2));
}
function formatValue(x) {
  return x === 0 ? "0" : Number(x.toPrecision(3)).toString();
}

// src/init/render.ts
var import_yaml = __toESM(require_dist(), 1);
function renderPolicy(input) {
  const doc = new import_yaml.Document({ ...input.policy, checks: input.checks.map((c) => c.raw) });
  doc.commentBefore = [` yaml-language-server: $schema=${input.schema}`, "", ...input.header].map((l) => l === "" ? "" : l.startsWith(" ") ? l : ` ${l}`).join("\n");
  const checks = doc.get("checks", true);
  if ((0, import_yaml.isSeq)(checks)) {
    checks.items.forEach((item, i) => {
      const node = item;
      node.commentBefore = ` ${input.checks[i].comment}`;
      if ((0, import_yaml.isMap)(node)) flowChildren(node);
    });
  }
  const data = doc.get("data", true);
  if ((0, import_yaml.isMap)(data)) flowChildren(data);
  const columns = doc.get("columns", true);
  if ((0, import_yaml.isMap)(columns)) {
    for (const pair of columns.items) {
      const value = pair.value;
      if ((0, import_yaml.isSeq)(value)) value.flow = true;
      if ((0, import_yaml.isMap)(value)) {
        for (const inner of value.items) if ((0, import_yaml.isSeq)(inner.value)) inner.value.flow = true;
      }
      const key = String(pair.key.value ?? pair.key);
      const comment = input.columnComments?.[key];
      if (comment !== void 0 && value !== null && typeof value === "object") value.comment = ` ${comment}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
function flowChildren(map) {
  for (const pair of map.items) {
    const value = pair.value;
    if ((0, import_yaml.isMap)(value) || (0, import_yaml.isSeq)(value)) value.flow = true;
  }
}

// src/init/init.ts
var MIN_HALF_ROWS = 30;
async function initPolicy(options) {
  const cwd = options.cwd ?? process.cwd();
  const data = path.resolve(cwd, options.data);
  await mustBeFile(data, options.data, "DATA");
  const current = options.current === void 0 ? data : path.resolve(cwd, options.current);
  if (options.current !== void 0) await mustBeFile(current, options.current, "--current");
  const policyFile = options.out === void 0 ? path.join(cwd, "policy.yaml") : path.resolve(cwd, options.out);
  const dir = path.dirname(policyFile);
  const root = await repositoryRoot(dir, cwd);
  const shownFile = options.out ?? "<stdout>";
  for (const [file, given] of [[data, options.data], [current, options.current ?? options.data]]) await mustBeInside(root, file, given, shownFile);
  const { table, pii } = await readReference(data, options.data, options);
  if (table.rowCount < 2 * MIN_HALF_ROWS) throw new InitError(`${options.data} holds ${table.rowCount} rows; init needs at least ${2 * MIN_HALF_ROWS} to measure how much the reference varies between its halves`);
  const roles = inferRoles(table, options, pii);
  if (roles.task === "multiclass_classification" && roles.score !== void 0) {
    throw new InitError(`a multiclass model has one score column per class (columns.class_scores), not one "${roles.score}": leave out --score, or pass --task binary_classification`);
  }
  const name = modelName(options.name, data);
  const half = Math.floor(table.rowCount / 2);
  const base = {
    apiVersion: "modelwatch/v1",
    kind: "ModelMonitor",
    model: { name, task: roles.task },
    columns: columnsOf(roles),
    data: { reference: { file: relativePath(dir, data) }, current: { file: relativePath(dir, current) } },
    ...half < DEFAULT_MIN_SAMPLES && { defaults: { min_samples: half } }
  };
  const load = (source) => {
    const loaded = loadPolicySource(shownFile, source, { env: {}, dir, root });
    if (loaded.policy === null) {
      const first = loaded.errors[0];
      throw new InitError(`the proposed policy does not load: ${first === void 0 ? "unknown problem" : `${first.message} [${first.code}]`}`);
    }
    return loaded.policy;
  };
  const checks = proposeChecks(table, roles, (raw) => load(JSON.stringify({ ...base, checks: raw })));
  if (checks.length === 0) throw new InitError(`${options.data}: nothing to propose, since no column is a feature, a score or a target; name them with --target, --prediction, --score`);
  const text = renderPolicy({
    policy: base,
    checks,
    schema: schemaReference(dir, root),
    header: headerLines(options.data, table.rowCount, roles),
    columnComments: { ...roles.pii.length > 0 && { pii: "by their names: never read" } }
  });
  verify(load(text), table);
  return { text, name, roles, rows: table.rowCount, checks: checks.length };
}
async function mustBeFile(absolute, given, what) {
  const info = await stat(absolute).catch(() => null);
  if (info === null) throw new InitError(`${what} "${given}" does not exist`, "data/not-found");
  if (!info.isFile()) throw new InitError(`${what} "${given}" is not a file`, "data/unreadable");
}
async function mustBeInside(root, file, given, policy) {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(file)]);
  const relative = path.relative(realRoot, real);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new InitError(`${given} lies outside ${realRoot}, the repository of ${policy}, and check reads no data outside it: write the policy inside the repository that holds the data`, "data/outside-root");
  }
}
async function readReference(file, shown, flags) {
  const pii = [];
  class PiiByName extends Set {
    has(name) {
      const skip = isPiiName(name, flags);
      if (skip && !pii.includes(name)) pii.push(name);
      return skip;
    }
  }
  try {
    const table = await readFiles([file], {}, new ReadBudget(), { skip: new PiiByName() }, shown);
    return { table, pii };
  } catch (cause) {
    if (cause instanceof DataError) throw new InitError(cause.message, cause.code);
    throw cause;
  }
}
function columnsOf(roles) {
  return {
    ...roles.id !== void 0 && { id: roles.id },
    ...roles.timestamp !== void 0 && { timestamp: roles.timestamp },
    ...roles.prediction !== void 0 && { prediction: roles.prediction },
    ...roles.score !== void 0 && { score: roles.score },
    ...roles.target !== void 0 && { target: roles.target },
    features: { numerical: roles.numerical, categorical: roles.categorical },
    ...roles.pii.length > 0 && { pii: roles.pii }
  };
}
function modelName(given, data) {
  if (given !== void 0) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(given)) throw new InitError(`--name must be lowercase letters, digits, ".", "_" or "-" (starting with a letter or digit), got "${given}"`, "cli/usage");
    return given;
  }
  const generic = /^(reference|ref|train|training|baseline|data|datasets?|current|examples?|samples?)$/i;
  let raw = path.basename(data).replace(/\.gz$/i, "").replace(/\.[^.]*$/, "");
  for (let folder = path.dirname(data), up = 0; generic.test(raw) && up < 3; folder = path.dirname(folder), up++) raw = path.basename(folder);
  const slug = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "");
  return slug === "" || generic.test(slug) ? "model" : slug;
}
function relativePath(dir, file) {
  return path.relative(dir, file).split(path.sep).join("/");
}
function schemaReference(dir, root) {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, folder = path.dirname(folder)) {
    const candidate = path.join(folder, "schema", "policy.v1.schema.json");
    if (!existsSync(candidate)) continue;
    const inside = path.relative(root, candidate);
    if (!inside.startsWith("..") && !path.isAbsolute(inside)) return relativePath(dir, candidate);
    break;
  }
  return "https://modelwatch.dev/schema/policy.v1.schema.json";
}
function headerLines(data, rows, roles) {
  const given = (role, column) => column === void 0 ? null : `${role} ${column}`;
  const named = [given("target", roles.target), given("prediction", roles.prediction), given("score", roles.score), given("id", roles.id), given("timestamp", roles.timestamp)].filter((s) => s !== null);
  return [
    `Scaffolded by \`modelwatch init\` from ${path.basename(data)} (${rows.toLocaleString("en-US")} rows). Review it before relying on it.`,
    `Roles: ${named.length === 0 ? "none found (pass --target, --prediction, --score)" : named.join(", ")}; the other columns are features.`,
    `Task: ${roles.task} (${roles.taskReason}).`,
    ...roles.task === "multiclass_classification" && roles.target !== void 0 ? ["No performance check: a multiclass model needs columns.class_scores (class \u2192 score column) to know its classes; add it, then a performance check."] : [],
    ...roles.ignored.length === 0 ? [] : [`Left out: ${roles.ignored.map((c) => `${c.column} (${c.why})`).join(", ")}.`],
    `Thresholds: each check was run on ${REPETITIONS} pairs of seeded random halves of the reference;`,
    "warn and fail sit above the largest value seen, so the policy passes on its own reference.",
    "Replace them with limits that matter to the model once you know them (docs/policy.md)."
  ];
}
function verify(policy, table) {
  for (const spec of policy.checks) {
    const outcome = runCheck(spec, policy, table, table);
    if (outcome.status !== "pass") throw new Error(`init proposed check "${spec.id}", which is ${outcome.status} on its own reference: ${outcome.message}`);
  }
}
export {
  InitError,
  TASKS,
  initPolicy
};
