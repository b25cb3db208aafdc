import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  asLineFeeds,
  checkModuleFor,
  filterWindow,
  loadPolicyFile,
  readPolicyText,
  require_dist,
  sampleTable
} from "./chunk-R4TWZS6O.js";
import {
  redactSecrets
} from "./chunk-K2X6PJAO.js";
import {
  ABORT,
  describeSource,
  readError,
  readTable,
  sourceSize,
  sourceThread
} from "./chunk-AJQI3Q6F.js";
import {
  glob,
  isDynamicPattern
} from "./chunk-QEFSXR6H.js";
import {
  Table,
  columnFromParts
} from "./chunk-IC2VVP6A.js";
import {
  DataError
} from "./chunk-QOO675MT.js";
import {
  keysWithRoom
} from "./chunk-GT6XJPDM.js";
import {
  STATUSES_BY_SEVERITY,
  worstStatus
} from "./chunk-VIBIWIW3.js";
import {
  __toESM
} from "./chunk-FQDB3IQE.js";

// src/policy/find.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var import_yaml = __toESM(require_dist(), 1);
var POLICY_PATTERNS = ["**/*.yaml", "**/*.yml"];
var IGNORE = ["**/node_modules/**"];
var NOT_A_POLICY = 'not a modelwatch policy (expected "apiVersion: modelwatch/v1" and "kind: ModelMonitor")';
async function findPolicyFiles(paths, cwd = process.cwd()) {
  const found = /* @__PURE__ */ new Map();
  const errors = [];
  const error = (file, message, code = "policy/not-found") => {
    errors.push({ file, line: 1, column: 1, code, message });
  };
  const add = (shown) => {
    const key = path.resolve(cwd, shown);
    if (!found.has(key)) found.set(key, shown);
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === "file") {
      if (await policyLikeness(absolute) === "foreign") error(given, NOT_A_POLICY, "policy/invalid-value");
      else add(given);
    } else if (kind === "folder") {
      const matches = await glob(POLICY_PATTERNS, { cwd: absolute, ignore: IGNORE, dot: false, onlyFiles: true });
      const policies = await keepPolicies(matches.map((m) => joinShown(given, m)), cwd);
      if (policies.length === 0) error(given, "no modelwatch policy (*.yaml, *.yml) found in this folder");
      policies.forEach(add);
    } else if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd, ignore: IGNORE, dot: false, onlyFiles: true, expandDirectories: false });
      const policies = await keepPolicies(matches, cwd);
      if (policies.length === 0) error(given, matches.length === 0 ? "no file matches this pattern" : "no modelwatch policy matches this pattern");
      policies.forEach(add);
    } else {
      error(given, "no such file or folder");
    }
  }
  const files = [...found.values()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return { files, errors };
}
async function kindOf(absolute) {
  try {
    const info = await stat(absolute);
    return info.isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
function joinShown(given, relative) {
  return path.posix.join(given.split(path.sep).join("/"), relative);
}
async function keepPolicies(files, cwd) {
  const kept = [];
  for (const file of files) if (await policyLikeness(path.resolve(cwd, file)) !== "foreign") kept.push(file);
  return kept;
}
async function policyLikeness(absolute) {
  const read = await readPolicyText(absolute);
  if (!read.ok) return "broken";
  const text = asLineFeeds(read.value);
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false });
  if (doc.errors.length > 0) return /^\s*(apiVersion:\s*["']?modelwatch\/|kind:\s*["']?ModelMonitor)/m.test(text) ? "broken" : "foreign";
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return "broken";
  }
  if (typeof data !== "object" || data === null) return "foreign";
  const { apiVersion, kind } = data;
  const ours = typeof apiVersion === "string" && apiVersion.startsWith("modelwatch/") || kind === "ModelMonitor";
  return ours ? "policy" : "foreign";
}

// src/policy/identity.ts
var RETRAIN_BRANCH_PREFIX = "modelwatch/retrain/";
var LITERAL = /[A-Za-z0-9_-]/;
var HEX2 = /^[0-9A-F]{2}$/;
var HEX4 = /^[0-9A-F]{4}$/;
function escaped(unit) {
  const hex = unit.toString(16).toUpperCase();
  return unit <= 255 ? `=${hex.padStart(2, "0")}` : `=u${hex.padStart(4, "0")}`;
}
function refComponent(name) {
  if (name === "") return "=";
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? "";
    if (LITERAL.test(c)) out += c;
    else if (c === "." && i > 0 && !out.endsWith(".") && i < name.length - 1 && name.slice(i + 1).toLowerCase() !== "lock") out += c;
    else out += escaped(name.charCodeAt(i));
  }
  return out;
}
function modelName(component) {
  if (component === "=") return "";
  let out = "";
  for (let i = 0; i < component.length; ) {
    const c = component[i] ?? "";
    if (c !== "=") {
      out += c;
      i++;
      continue;
    }
    const wide = component[i + 1] === "u";
    const hex = wide ? component.slice(i + 2, i + 6) : component.slice(i + 1, i + 3);
    if (!(wide ? HEX4 : HEX2).test(hex)) return null;
    out += String.fromCharCode(Number.parseInt(hex, 16));
    i += wide ? 6 : 3;
  }
  return refComponent(out) === component ? out : null;
}
function retrainBranch(model) {
  return `${RETRAIN_BRANCH_PREFIX}${refComponent(model)}`;
}
function modelOfRetrainBranch(branch) {
  return branch.startsWith(RETRAIN_BRANCH_PREFIX) ? modelName(branch.slice(RETRAIN_BRANCH_PREFIX.length)) : null;
}
function identityKeys(policy) {
  const name = policy.model.name;
  const keys = [
    { key: `branch\0${retrainBranch(name)}`, what: `the retraining branch ${retrainBranch(name)}`, pointer: "/model/name" },
    // The incident issue is found by a marker that encodes the name injectively (github/incident.ts).
    { key: `issue\0${name}`, what: `the incident issue of model "${name}"`, pointer: "/model/name" }
  ];
  const request = policy.retraining?.pull_request;
  if (request !== void 0) {
    const path2 = request.path.replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
    const base = request.base ?? "";
    keys.push({
      key: `request\0${base}\0${path2}`,
      what: `the retrain request file ${path2} on ${request.base === void 0 ? "the default branch" : `branch ${request.base}`}`,
      pointer: "/retraining/pull_request/path"
    });
  }
  return keys;
}

// src/engine/drift-workers.ts
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

// src/engine/drift-workers.ts
var DEFAULT_MIN_VALUES = 2e5;
var MAX_WORKERS = 8;
var DriftWorkers = class _DriftWorkers {
  #script;
  #size;
  #minValues;
  #idle = [];
  /** Every live worker, with the comparison it is working on (null when idle). */
  #workers = /* @__PURE__ */ new Map();
  #queue = [];
  /** Each worker's two buffers, back from its last pair, for the next one. */
  #buffers = /* @__PURE__ */ new Map();
  #nextId = 0;
  #closed = false;
  /** Pairs compared by the workers so far. */
  compared = 0;
  constructor(script, size, minValues) {
    this.#script = script;
    this.#size = size;
    this.#minValues = minValues;
  }
  /** A pool when this machine and this build can have one, else null (compare in-thread). */
  static create() {
    const cores = availableParallelism();
    const script = workerScript("drift-worker.js");
    if (cores < 2 || script === null) return null;
    return new _DriftWorkers(script, Math.min(cores, MAX_WORKERS), thresholdFromEnv("MODELWATCH_PARALLEL_DRIFT_VALUES", DEFAULT_MIN_VALUES));
  }
  wants(values) {
    return !this.#closed && values >= this.#minValues;
  }
  prepare() {
    while (!this.#closed && this.#spawn() !== null) ;
  }
  compareNumeric(reference, current, request) {
    if (this.#closed) return Promise.reject(new Error("the drift workers were stopped"));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, reference, current, request, resolve, reject });
      this.#dispatch();
    });
  }
  /** Stops every worker; comparisons still queued or running are rejected. */
  async close() {
    this.#closed = true;
    const stopped = new Error("the drift workers were stopped");
    for (const pending of this.#queue) pending.reject(stopped);
    for (const pending of this.#workers.values()) pending?.reject(stopped);
    this.#queue.length = 0;
    const workers = [...this.#workers.keys()];
    this.#workers.clear();
    this.#buffers.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  #dispatch() {
    while (this.#queue.length > 0) {
      if (this.#idle.length === 0) this.#spawn();
      const worker = this.#idle.pop();
      if (worker === void 0) return;
      const pending = this.#queue.shift();
      this.#workers.set(worker, pending);
      const [referenceBuffer, currentBuffer] = this.#buffers.get(worker) ?? [void 0, void 0];
      this.#buffers.delete(worker);
      const reference = copyInto(pending.reference, referenceBuffer);
      const current = copyInto(pending.current, currentBuffer);
      const task = { id: pending.id, reference, current, request: pending.request };
      worker.postMessage(task, [reference.buffer, current.buffer]);
    }
  }
  #spawn() {
    if (this.#workers.size >= this.#size) return null;
    const worker = new Worker(this.#script);
    this.#idle.push(worker);
    worker.on("message", (reply) => {
      const pending = this.#workers.get(worker);
      if (pending === void 0) return;
      this.#workers.set(worker, null);
      this.#buffers.set(worker, reply.buffers);
      this.#idle.push(worker);
      if (pending !== null && pending.id === reply.id) {
        this.compared++;
        if ("result" in reply) pending.resolve(reply.result);
        else pending.reject(new Error(reply.error));
      }
      this.#dispatch();
    });
    worker.on("error", (error) => this.#lose(worker, error));
    worker.on("exit", (code) => this.#lose(worker, new Error(`a drift worker stopped (exit code ${code})`)));
    this.#workers.set(worker, null);
    return worker;
  }
  /** A worker died: its comparison fails; the queued ones go on with the others (or a new one). */
  #lose(worker, error) {
    if (!this.#workers.has(worker)) return;
    const pending = this.#workers.get(worker);
    this.#workers.delete(worker);
    this.#buffers.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    pending?.reject(error);
    if (!this.#closed) this.#dispatch();
  }
};
function copyInto(data, buffer) {
  if (data instanceof Int32Array) return keysWithRoom(data, buffer);
  const target = new Float64Array(buffer !== void 0 && buffer.byteLength >= data.byteLength ? buffer : new ArrayBuffer(data.byteLength), 0, data.length);
  target.set(data);
  return target;
}

// src/engine/read-sources.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { Worker as Worker2 } from "node:worker_threads";
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
      const inWorker = worker !== null && i !== largest && wantsWorker(i) && availableParallelism2() > 1;
      if (!inWorker) return readTable(spec, { options: context.options, window, timestampColumn: context.timestampColumn, signal: context.signal });
      return readInWorker(worker, { spec, window, options: context.options, timestampColumn: context.timestampColumn }, context.signal).then((table) => {
        context.log?.(`read ${table.origin} on a worker thread (${table.rowCount} rows)`);
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
  return new Promise((resolve, reject) => {
    const worker = new Worker2(script, { workerData: request });
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
      if (reply.ok) resolve(new Table(reply.rowCount, reply.columns.map(columnFromParts), reply.origin));
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
  const missing = declared.filter((d) => !table.has(d.column));
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
  if (target !== void 0 && policy.data.labels === void 0 && !data.current.has(target) && !(data.reference?.has(target) ?? false)) {
    const detail = "declared as columns.target, but neither this data nor the reference has such a column, and there is no data.labels";
    throw new DataError("data/missing-column", data.current.origin, detail, void 0, target);
  }
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

// src/engine/silences.ts
function silenceEnd(until) {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}
function applySilences(check, silences, now) {
  if (check.status !== "warn" && check.status !== "fail") return check;
  const silence = silences.find(
    (s) => (s.checks.length === 0 || s.checks.includes(check.id)) && now.getTime() <= silenceEnd(s.until)
  );
  if (silence === void 0) return check;
  return { ...check, status: "silenced", message: `silenced until ${silence.until} (${silence.reason}); would be ${check.status}: ${check.message}` };
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
function pushedWindow(policy, now) {
  const length = policy.data.window;
  if (length?.kind !== "time") return null;
  const delay = policy.data.labels?.delay;
  const back = delay?.kind === "time" ? delay.ms : 0;
  return { start: now.getTime() - length.ms - back, end: now.getTime() };
}
async function loadData(policy, now, log, signal) {
  const options = { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) };
  const { reference: referenceSpec, current: currentSpec, labels: labelled } = policy.data;
  const tables = await readSources(
    [
      referenceSpec === void 0 ? void 0 : { spec: referenceSpec, window: null },
      { spec: currentSpec, window: pushedWindow(policy, now) },
      labelled === void 0 ? void 0 : { spec: labelled.source, window: null }
    ],
    { options, timestampColumn: policy.columns.timestamp, signal, log }
  );
  const referenceTable = tables[0] ?? null;
  const currentUnwindowed = tables[1];
  const labels = tables[2] ?? null;
  requireDeclaredColumns(policy, { reference: tables[0] ?? null, current: tables[1] });
  let windowed = currentUnwindowed;
  let window = null;
  const length = policy.data.window;
  if (length !== void 0) {
    if (length.kind !== "time") throw new Error(`data.window must be a time span such as 7d, not "${length.text}"`);
    const timestamp = policy.columns.timestamp;
    if (timestamp === void 0) throw new Error("data.window needs columns.timestamp to know when each row was scored");
    window = { start: now.getTime() - length.ms, end: now.getTime() };
    windowed = filterWindow(currentUnwindowed, timestamp, window.start, window.end).table;
  }
  const sample = policy.data.sample;
  const current = sampleTable(windowed, sample);
  const sampledReference = referenceTable === null ? null : sampleTable(referenceTable, sample);
  const sampled = current !== windowed || sampledReference !== referenceTable;
  return { reference: sampledReference, current, currentUnwindowed, window, labels, sampled };
}
async function runCheck(spec, context, stage) {
  context.budget?.check();
  stage.current = `running check "${spec.id}"`;
  const started = performance.now();
  let outcome;
  try {
    const module = checkModuleFor(spec.type);
    outcome = context.parallel !== void 0 && module.runAsync !== void 0 ? await module.runAsync(spec, context) : module.run(spec, context);
  } catch (cause) {
    if (cause instanceof TimeBudgetExceeded) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    outcome = { status: "error", code: "check/crashed", value: null, thresholds: {}, message: `the check crashed: ${reason}`, details: null };
  }
  return { id: spec.id, type: spec.type, ...outcome, duration_ms: Math.round(performance.now() - started) };
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
  const bytes = (await Promise.all(sources.map(sourceBytes))).reduce((a, b) => a + b, 0);
  if (bytes >= largeSourceBytes()) parallel.prepare();
}
async function evaluateModel(policy, now, options = {}) {
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
    return {
      ...baseReport(policy),
      status: "error",
      error: `the model ${cause.message} (defaults.time_budget) while ${stage.current}; the other models were still evaluated`,
      error_code: "model/time-budget",
      window: { start: null, end: null, length: policy.data.window?.text ?? null },
      rows: { reference: null, current: null, sampled: false },
      checks: [],
      duration_ms: Math.round(performance.now() - started)
    };
  }
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
    return {
      ...baseReport(policy),
      status: "error",
      error: reason,
      error_code: cause instanceof DataError ? cause.code : "model/data",
      window: { start: null, end: null, length: policy.data.window?.text ?? null },
      rows: { reference: null, current: null, sampled: false },
      checks: [],
      duration_ms: elapsed()
    };
  }
  options.progress?.({ kind: "read", name: policy.model.name, rows: { reference: data.reference?.rowCount ?? null, current: data.currentUnwindowed.rowCount } });
  const context = { policy, now, ...data, budget, ...parallel === void 0 ? {} : { parallel } };
  let done = 0;
  const counted = async (spec) => {
    const report = await runCheck(spec, context, stage);
    options.progress?.({ kind: "check", name: policy.model.name, done: ++done, checks: policy.checks.length });
    return report;
  };
  const running = policy.checks.map(counted);
  const checks = (await Promise.all(running)).map((check) => applySilences(check, policy.alerting.silences, now));
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

// src/engine/run.ts
async function loadPolicies(paths, options = {}) {
  const found = await findPolicyFiles([...paths], options.cwd);
  const errors = [...found.errors];
  const policies = [];
  const byName = /* @__PURE__ */ new Map();
  const byIdentity = /* @__PURE__ */ new Map();
  const secrets = /* @__PURE__ */ new Set();
  for (const file of found.files) {
    const loaded = await loadPolicyFile(file, options);
    for (const secret of loaded.secrets) secrets.add(secret);
    errors.push(...loaded.errors);
    const policy = loaded.policy;
    if (policy === null) continue;
    const first = byName.get(policy.model.name);
    if (first !== void 0) {
      const at = policy.positionOf("/model/name") ?? { line: 1, column: 1 };
      errors.push({ file, ...at, code: "policy/duplicate-model", message: `model "${policy.model.name}" is already defined in ${first.file}; model names must be unique` });
      continue;
    }
    const shared = identityKeys(policy).map((k) => ({ ...k, other: byIdentity.get(k.key) })).find((k) => k.other !== void 0);
    if (shared?.other !== void 0) {
      const at = policy.positionOf(shared.pointer) ?? { line: 1, column: 1 };
      errors.push({ file, ...at, code: "policy/shared-identity", message: `${shared.what} is already used by model "${shared.other.model.name}" in ${shared.other.file}; each model needs its own` });
      continue;
    }
    for (const { key } of identityKeys(policy)) byIdentity.set(key, policy);
    byName.set(policy.model.name, policy);
    policies.push(policy);
  }
  return { policies, errors: redactSecrets(errors, [...secrets]), secrets: [...secrets] };
}
async function evaluate(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { policies, errors, secrets } = await loadPolicies(options.paths, options);
  options.onSecrets?.(secrets);
  const log = (line) => options.log?.(redactSecrets(line, secrets));
  log(`${policies.length} polic${policies.length === 1 ? "y" : "ies"} loaded, ${errors.length} error(s)`);
  const { progress } = options;
  progress?.({ kind: "loaded", models: policies.length });
  const models = [];
  let workers = DriftWorkers.create();
  try {
    for (const [index, policy] of policies.entries()) {
      log(`evaluating ${policy.model.name} (${policy.file})`);
      progress?.({ kind: "model", index, models: policies.length, name: policy.model.name, file: policy.file });
      const model = redactSecrets(await evaluateModel(policy, now, { ...workers === null ? {} : { parallel: workers }, log, ...progress === void 0 ? {} : { progress } }), secrets);
      log(`${policy.model.name}: ${model.status} in ${model.duration_ms} ms`);
      progress?.({ kind: "model-done", index, models: policies.length, name: policy.model.name, ms: model.duration_ms });
      models.push(model);
      if (model.error_code === "model/time-budget" && workers !== null) {
        await workers.close();
        workers = DriftWorkers.create();
      }
    }
  } finally {
    if (workers !== null && workers.compared > 0) log(`drift: ${workers.compared} numeric column pair(s) compared on worker threads`);
    await workers?.close();
  }
  const byStatus = Object.fromEntries(STATUSES_BY_SEVERITY.map((s) => [s, 0]));
  for (const model of models) byStatus[model.status]++;
  const report = {
    report_version: 1,
    tool: { name: "modelwatch", version: "0.1.0" },
    generated_at: now.toISOString(),
    status: errors.length > 0 ? worstStatus([...models.map((m) => m.status), "error"]) : worstStatus(models.map((m) => m.status), "skipped"),
    summary: { models: models.length, by_status: byStatus },
    models,
    policy_errors: errors
  };
  return { report, policies: new Map(policies.map((p) => [p.file, p])), secrets };
}
async function runChecks(options) {
  return (await evaluate(options)).report;
}

export {
  retrainBranch,
  modelOfRetrainBranch,
  loadPolicies,
  evaluate,
  runChecks
};
