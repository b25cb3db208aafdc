import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  identityKeys
} from "./chunk-55QY547W.js";
import {
  planPolicies
} from "./chunk-LD2TNU52.js";
import {
  redactSecrets
} from "./chunk-K2X6PJAO.js";
import {
  MAX_TIMER_MS,
  applyMemory,
  evaluateModelWithMemory,
  largeSourceBytes,
  modelErrorReport,
  sourceBytes,
  thresholdFromEnv,
  workerScript
} from "./chunk-77CMNWCZ.js";
import {
  asLineFeeds,
  loadPolicyFile,
  readPolicyText
} from "./chunk-JKPZIP4Z.js";
import {
  require_dist
} from "./chunk-WLYCNJEK.js";
import {
  sourceThread
} from "./chunk-4DEPPOEX.js";
import {
  glob,
  isDynamicPattern,
  sourceFiles
} from "./chunk-G6RRAME3.js";
import {
  keysWithRoom
} from "./chunk-ABXIHZ2L.js";
import {
  STATUSES_BY_SEVERITY,
  worstStatus
} from "./chunk-VIBIWIW3.js";
import {
  __toESM
} from "./chunk-FQDB3IQE.js";

// src/engine/run.ts
import { availableParallelism as availableParallelism2 } from "node:os";

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

// src/engine/drift-workers.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
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

// src/engine/model-workers.ts
import { Worker as Worker2 } from "node:worker_threads";
var STOP_GRACE_MS = 2e3;
var ModelWorkers = class _ModelWorkers {
  #script;
  #load;
  #idle = [];
  #all = /* @__PURE__ */ new Set();
  #nextId = 0;
  constructor(script, load) {
    this.#script = script;
    this.#load = load;
  }
  /** A pool when this build has the worker script, else null (evaluate on this thread). */
  static create(load) {
    const script = workerScript("model-worker.js");
    return script === null ? null : new _ModelWorkers(script, load);
  }
  /** The model's report and check records, as engine/model.ts's evaluateModelWithMemory gives them. */
  evaluate(policy, now, memory, listeners) {
    const worker = this.#idle.pop() ?? this.#spawn();
    const id = this.#nextId++;
    const started = performance.now();
    const { ms, text } = policy.defaults.time_budget;
    return new Promise((resolve, reject) => {
      let timer;
      const finish = (keep) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        if (keep) this.#idle.push(worker);
        else {
          this.#all.delete(worker);
          void worker.terminate();
        }
      };
      const stopped = (message, code) => {
        finish(false);
        resolve(applyMemory(modelErrorReport(policy, message, code, Math.round(performance.now() - started)), policy, memory, now));
      };
      const onMessage = (message) => {
        if (message.id !== id) return;
        if (message.kind === "log") listeners.log?.(message.line);
        else if (message.kind === "progress") listeners.progress?.(message.event);
        else if (message.kind === "done") {
          finish(true);
          resolve({ model: message.model, records: message.records });
        } else {
          finish(true);
          reject(new Error(message.message));
        }
      };
      const onExit = (code) => stopped(`the worker thread evaluating the model stopped (exit code ${code}; out of memory?); the other models were still evaluated`, "model/crashed");
      worker.on("message", onMessage);
      worker.on("exit", onExit);
      if (Number.isFinite(ms) && ms + STOP_GRACE_MS <= MAX_TIMER_MS) {
        timer = setTimeout(() => stopped(`the model exceeded its time budget of ${text} (defaults.time_budget) while running a check that could not be interrupted; its thread was stopped, the other models were still evaluated`, "model/time-budget"), ms + STOP_GRACE_MS);
      }
      const task = { id, file: policy.file, cwd: this.#load.cwd, env: this.#load.env, root: this.#load.root, now: now.getTime(), memory };
      worker.postMessage(task);
    });
  }
  async close() {
    const workers = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  #spawn() {
    const worker = new Worker2(this.#script);
    worker.on("error", () => {
    });
    worker.on("exit", () => {
      this.#all.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
    });
    this.#all.add(worker);
    return worker;
  }
};

// src/engine/run-record.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
function gitBlobSha(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function sha256(text) {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}
async function fileDigest(path2) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path2)) hash.update(chunk);
  return hash.digest("hex");
}
async function fingerprintOf(spec, mask) {
  switch (spec.kind) {
    case "file": {
      const files = await sourceFiles(spec);
      const lines = [];
      for (const file of files) lines.push(`${file.path.split("/").pop() ?? ""}\0${await fileDigest(file.path)}`);
      return sha256(lines.join("\n"));
    }
    case "postgres":
      return sha256(mask(JSON.stringify({ table: spec.table ?? null, where: spec.where ?? null, query: spec.query ?? null })));
    case "http": {
      const url = URL.canParse(spec.url) ? new URL(spec.url) : null;
      return sha256(mask(url === null ? spec.url : `${url.origin}${url.pathname}`));
    }
    case "command":
      return sha256(mask(JSON.stringify(spec.argv)));
    case "profile":
      return fileDigest(spec.path);
  }
}
async function fingerprints(policy, mask) {
  const roles = [
    ["reference", policy.data.reference],
    ["current", policy.data.current],
    ["labels", policy.data.labels?.source]
  ];
  const out = [];
  for (const [role, spec] of roles) {
    if (spec === void 0) continue;
    try {
      out.push({ role, kind: spec.kind, fingerprint: await fingerprintOf(spec, mask) });
    } catch {
    }
  }
  return out;
}
async function buildRunRecord(input) {
  const { model, policy } = input;
  const bytes = await readFile(policy.file).catch(() => Buffer.alloc(0));
  return {
    v: 1,
    model: model.name,
    run: input.run,
    at: input.at,
    tool_version: "0.1.0",
    policy: { path: model.policy, blob_sha: gitBlobSha(bytes) },
    window: { start: model.window.start, end: model.window.end },
    rows: { reference: model.rows.reference, current: model.rows.current },
    sources: await fingerprints(policy, input.mask),
    status: model.status,
    checks: input.checks
  };
}

// src/engine/run.ts
function runConcurrency(option, env = process.env) {
  if (option !== void 0) {
    if (!Number.isInteger(option) || option < 1) throw new Error(`concurrency must be a whole number of at least 1, got ${option}`);
    return option;
  }
  const text = env["MODELWATCH_CONCURRENCY"]?.trim();
  if (text === void 0 || text === "") return 1;
  if (text === "auto") return availableParallelism2();
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`MODELWATCH_CONCURRENCY must be a whole number of at least 1 or "auto", got ${JSON.stringify(text)}`);
  return value;
}
async function needsMainThread(policy) {
  const { reference, current, labels } = policy.data;
  const specs = [reference, current, labels?.source].filter((s) => s !== void 0);
  const threads = await Promise.all(specs.map(sourceThread));
  if (threads.some((t) => t !== "by-size")) return true;
  const sizes = await Promise.all(specs.map(sourceBytes));
  return Math.max(...sizes) >= largeSourceBytes();
}
async function readHistories(state, names, log) {
  let read;
  try {
    read = await state.read(names);
  } catch (cause) {
    read = { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
  if (!read.ok) {
    log(`state: cannot read ${state.description}: ${read.message}; this run judges without memory`);
    return { histories: null, report: { store: state.description, read: "failed", error: read.message } };
  }
  const histories = /* @__PURE__ */ new Map();
  const problems = [];
  for (const name of names) {
    const entry = read.models.get(name);
    if (entry === void 0 || entry.ok) histories.set(name, entry?.history ?? null);
    else problems.push(`${name}: ${entry.message}`);
  }
  for (const problem of problems) log(`state: ${problem}; that model is judged without memory`);
  return { histories, report: { store: state.description, read: problems.length === 0 ? "ok" : "failed", error: problems.length === 0 ? null : problems.join("; ") } };
}
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
  const { policies: fleet, errors, secrets } = await loadPolicies(options.paths, options);
  options.onSecrets?.(secrets);
  const shard = options.shard === void 0 ? null : { ...options.shard, models: (await planPolicies(fleet, options.shard.count)).shards[options.shard.index - 1]?.models ?? [] };
  const policies = shard === null ? fleet : fleet.filter((p) => shard.models.includes(p.model.name));
  const log = (line) => options.log?.(redactSecrets(line, secrets));
  log(`${fleet.length} polic${fleet.length === 1 ? "y" : "ies"} loaded, ${errors.length} error(s)${shard === null ? "" : `; shard ${shard.index}/${shard.count} holds ${policies.length}`}`);
  const { progress } = options;
  progress?.({ kind: "loaded", models: policies.length });
  const models = [];
  const records = [];
  const run = options.run ?? { id: `local-${now.toISOString()}`, attempt: null, url: null };
  const stored = options.state === void 0 ? null : await readHistories(options.state, policies.map((p) => p.model.name), log);
  const mask = (text) => redactSecrets(text, secrets);
  const limit = runConcurrency(options.concurrency, process.env);
  const pool = limit > 1 && policies.length > 1 ? ModelWorkers.create({ cwd: options.cwd, env: options.env, root: options.root }) : null;
  const onMain = pool === null ? policies.map(() => true) : await Promise.all(policies.map(needsMainThread));
  let workers = DriftWorkers.create();
  let onWorkers = 0;
  const results = new Array(policies.length);
  const evaluateOne = async (index) => {
    const policy = policies[index];
    log(`evaluating ${policy.model.name} (${policy.file})`);
    progress?.({ kind: "model", index, models: policies.length, name: policy.model.name, file: policy.file });
    const history = stored?.histories?.has(policy.model.name) === true ? stored.histories.get(policy.model.name) ?? null : void 0;
    const memory = history === void 0 ? null : { history, runId: run.id };
    let evaluated;
    if (onMain[index] === true || pool === null) {
      evaluated = await evaluateModelWithMemory(policy, now, { ...workers === null ? {} : { parallel: workers }, log, ...progress === void 0 ? {} : { progress }, memory });
      if (evaluated.model.error_code === "model/time-budget" && workers !== null) {
        await workers.close();
        workers = DriftWorkers.create();
      }
    } else {
      evaluated = await pool.evaluate(policy, now, memory, { log, progress });
      onWorkers++;
    }
    const model = redactSecrets(evaluated.model, secrets);
    const record = memory === null ? null : redactSecrets(await buildRunRecord({ model, policy, checks: evaluated.records, run, at: now.toISOString(), mask }), secrets);
    log(`${policy.model.name}: ${model.status} in ${model.duration_ms} ms`);
    progress?.({ kind: "model-done", index, models: policies.length, name: policy.model.name, ms: model.duration_ms });
    results[index] = { model, record };
  };
  let next = 0;
  let mainTurn = Promise.resolve();
  const lane = async () => {
    while (next < policies.length) {
      const index = next++;
      if (onMain[index] === true || pool === null) {
        const turn = mainTurn.then(() => evaluateOne(index));
        mainTurn = turn.catch(() => {
        });
        await turn;
      } else {
        await evaluateOne(index);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool === null ? 1 : Math.min(limit, policies.length) }, lane));
  } finally {
    if (workers !== null && workers.compared > 0) log(`drift: ${workers.compared} numeric column pair(s) compared on worker threads`);
    if (onWorkers > 0) log(`${onWorkers} of ${policies.length} models evaluated on worker threads, up to ${limit} at once`);
    await workers?.close();
    await pool?.close();
  }
  for (const { model, record } of results) {
    models.push(model);
    if (record !== null) records.push(record);
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
    policy_errors: errors,
    ...stored === null ? {} : { state: stored.report },
    ...shard === null ? {} : { shard }
  };
  return { report, policies: new Map(policies.map((p) => [p.file, p])), secrets, records };
}
async function runChecks(options) {
  return (await evaluate(options)).report;
}

export {
  runConcurrency,
  loadPolicies,
  evaluate,
  runChecks
};
