import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  loadPolicies
} from "./chunk-OQXMNW64.js";
import "./chunk-55QY547W.js";
import {
  planPolicies,
  planningEnv
} from "./chunk-LD2TNU52.js";
import "./chunk-K2X6PJAO.js";
import {
  MAX_SHARDS
} from "./chunk-HZWVBNBC.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-77CMNWCZ.js";
import "./chunk-JKPZIP4Z.js";
import "./chunk-WLYCNJEK.js";
import "./chunk-IOSYXCUI.js";
import "./chunk-DKKO2CFA.js";
import "./chunk-B56N3WCO.js";
import "./chunk-4DEPPOEX.js";
import "./chunk-NBPOFIC6.js";
import "./chunk-ZE4AS634.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import "./chunk-LNKZD7PG.js";
import "./chunk-KHYIVPUP.js";
import "./chunk-ABXIHZ2L.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-EY2KJAPC.js";
import {
  STATUSES_BY_SEVERITY,
  worstStatus
} from "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/engine/shard-files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// src/engine/merge.ts
function missingModel(name, policy, message) {
  return {
    name,
    version: policy?.model.version ?? null,
    task: policy?.model.task ?? null,
    policy: policy?.file ?? "(unknown)",
    status: "error",
    error: message,
    error_code: "model/shard-missing",
    owners: policy?.model.owners ?? [],
    runbook: policy?.model.runbook ?? null,
    window: { start: null, end: null, length: null },
    rows: { reference: null, current: null, sampled: false },
    checks: [],
    duration_ms: 0
  };
}
function byShard(reports) {
  const out = /* @__PURE__ */ new Map();
  for (const report of reports) {
    const shard = report.shard;
    if (shard === void 0) continue;
    const seen = out.get(shard.index);
    if (seen === void 0 || seen.generated_at < report.generated_at) out.set(shard.index, { ...report, shard });
  }
  return out;
}
function mergeReports(input) {
  const { count, plan } = input;
  const shards = byShard(input.reports);
  const reported = [...shards.keys()].filter((i) => i >= 1 && i <= count).sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
  const policyOf = new Map(input.policies.map((p) => [p.model.name, p]));
  const found = /* @__PURE__ */ new Map();
  const extras = [];
  for (const index of reported) {
    for (const model of shards.get(index).models) {
      const seen = found.get(model.name);
      if (seen === void 0) {
        found.set(model.name, { model, shard: index });
        if (!policyOf.has(model.name)) extras.push(model.name);
      } else if (plan?.shardOf.get(model.name) === index) found.set(model.name, { model, shard: index });
    }
  }
  const names = [...input.policies.map((p) => p.model.name), ...extras];
  for (const index of reported) for (const name of shards.get(index).shard.models) if (!names.includes(name)) names.push(name);
  const models = names.map((name) => {
    const hit = found.get(name);
    if (hit !== void 0) return hit.model;
    const planned = plan?.shardOf.get(name);
    const claimed = reported.find((i) => shards.get(i).shard.models.includes(name));
    const message = claimed !== void 0 ? `shard ${claimed}/${count} lists this model but its report holds no result for it; re-run that shard` : planned !== void 0 && missing.includes(planned) ? `shard ${planned}/${count} failed or never uploaded its report, so this model has no result; see that job's log, and re-run it` : `no shard reported this model (the plan puts it in shard ${planned ?? "?"}/${count}, whose report does not hold it: did the jobs see different policies or data sizes?); re-run the fleet`;
    return missingModel(name, policyOf.get(name), message);
  });
  const errors = /* @__PURE__ */ new Map();
  for (const error of [...[...shards.values()].flatMap((r) => r.policy_errors), ...input.policyErrors]) {
    errors.set(JSON.stringify([error.file, error.line, error.column, error.code, error.message]), error);
  }
  const policyErrors = [...errors.values()];
  const byStatus = Object.fromEntries(STATUSES_BY_SEVERITY.map((s) => [s, 0]));
  for (const model of models) byStatus[model.status]++;
  const states = [...shards.values()].map((r) => r.state).filter((s) => s !== void 0);
  const failedStates = states.filter((s) => s.read === "failed");
  const state = states.length === 0 ? null : { store: states[0].store, read: failedStates.length === 0 ? "ok" : "failed", error: failedStates.length === 0 ? null : failedStates.map((s) => s.error ?? "unreadable").join("; ") };
  const times = [...shards.values()].map((r) => r.generated_at).sort();
  return {
    report_version: 1,
    tool: { name: "modelwatch", version: input.version },
    generated_at: times.at(-1) ?? input.now.toISOString(),
    status: policyErrors.length > 0 ? worstStatus([...models.map((m) => m.status), "error"]) : worstStatus(models.map((m) => m.status), missing.length > 0 ? "error" : "skipped"),
    summary: { models: models.length, by_status: byStatus },
    models,
    policy_errors: policyErrors,
    ...state === null ? {} : { state },
    shards: { count, reported, missing }
  };
}

// src/engine/shard-files.ts
var GITHUB_KIND = "modelwatch-shard-github";
function shardFileStem(kind, shard) {
  return `modelwatch-${kind}-shard-${shard.index}-of-${shard.count}`;
}
var MergeError = class extends Error {
};
function isInt(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_SHARDS;
}
function isShardReport(value) {
  const r = value;
  const s = r?.shard;
  return r?.report_version === 1 && Array.isArray(r.models) && Array.isArray(r.policy_errors) && typeof r.generated_at === "string" && s !== void 0 && isInt(s.index) && isInt(s.count) && s.index <= s.count && Array.isArray(s.models);
}
function isShardGitHub(value) {
  const g = value;
  return g?.kind === GITHUB_KIND && isInt(g.shard?.index) && isInt(g.shard?.count) && Array.isArray(g.issues) && g.issues.every(isInt) && Array.isArray(g.pull_requests);
}
async function readShardFiles(paths, log = () => {
}) {
  const files = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new MergeError(`${path} does not exist; pass the shard reports (files, or the folder the artifacts were downloaded to)`);
    if (info.isDirectory()) files.push(...(await readdir(path)).filter((f) => f.endsWith(".json")).sort().map((f) => join(path, f)));
    else files.push(path);
  }
  const out = { reports: [], github: [], skipped: [] };
  for (const file of files) {
    let value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (cause) {
      log(`${file}: not read (${cause instanceof Error ? cause.message : String(cause)}); if it was a shard's report, that shard counts as missing`);
      out.skipped.push(file);
      continue;
    }
    if (isShardReport(value)) out.reports.push(value);
    else if (isShardGitHub(value)) out.github.push(value);
    else {
      log(`${file}: not a shard report (no report_version 1 with a shard); skipped`);
      out.skipped.push(file);
    }
  }
  return out;
}
async function mergeFleet(options) {
  const log = options.log ?? (() => {
  });
  const files = await readShardFiles(options.reports, log);
  const counts = new Set(files.reports.map((r) => r.shard.count));
  if (options.expectShards !== void 0 && [...counts].some((c) => c !== options.expectShards)) {
    throw new MergeError(`the reports are of ${[...counts].join(" and ")} shards, but ${options.expectShards} were expected; merge the reports of one fleet run`);
  }
  if (counts.size > 1) throw new MergeError(`the reports are of ${[...counts].sort().join(" and ")} shards; merge the reports of one fleet run (pass --expect-shards to say which)`);
  const count = options.expectShards ?? [...counts][0];
  if (count === void 0) throw new MergeError("no shard report was found, and without --expect-shards (the Action's expect-shards input) the merge cannot tell how many shards failed; pass it");
  const { policies, secrets } = await loadPolicies(options.policies, { ...options, env: planningEnv(options.env ?? process.env) });
  const plan = policies.length === 0 ? null : await planPolicies(policies, count);
  const report = mergeReports({ reports: files.reports, policies, plan, count, policyErrors: [], now: options.now ?? /* @__PURE__ */ new Date(), version: "0.1.0" });
  log(`merged ${files.reports.length} shard report(s) of ${count}: ${report.models.length} model(s)${report.shards.missing.length === 0 ? "" : `; missing shard(s) ${report.shards.missing.join(", ")}`}`);
  return { report, github: files.github.filter((g) => g.shard.count === count), secrets };
}
export {
  GITHUB_KIND,
  MergeError,
  mergeFleet,
  readShardFiles,
  shardFileStem
};
