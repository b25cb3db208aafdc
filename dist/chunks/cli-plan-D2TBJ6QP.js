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
import {
  formatPolicyError
} from "./chunk-HHQGBOLX.js";
import "./chunk-K2X6PJAO.js";
import {
  MAX_SHARDS,
  matrixJson
} from "./chunk-HZWVBNBC.js";
import {
  maskOutput
} from "./chunk-4TDULAWQ.js";
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
import "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/cli-plan.ts
var PlanUsageError = class extends Error {
  name = "PlanUsageError";
};
function parseShardCount(text) {
  if (text === void 0 || text.trim() === "auto") return "auto";
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) throw new PlanUsageError(`--shards must be a whole number from 1 to ${MAX_SHARDS}, or auto, got "${text}"`);
  return n;
}
function planText(plan2) {
  const total = plan2.shards.reduce((sum, s) => sum + s.bytes, 0);
  const mean = total / plan2.count;
  const lines = plan2.shards.map((s) => `shard ${s.index}/${plan2.count}: ${s.models.length} model(s), ${mib(s.bytes)}${mean > 0 ? ` (${(s.bytes / mean).toFixed(2)}\xD7 the mean)` : ""}: ${s.models.join(", ") || "\u2014"}`);
  return `${lines.join("\n")}
`;
}
function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
async function plan(positionals, values) {
  const format = values.format ?? "json";
  if (format !== "json" && format !== "text") throw new PlanUsageError(`--format must be json or text for plan, got "${format}"`);
  const count = parseShardCount(values.shards);
  const paths = positionals.length > 0 ? positionals : ["monitors"];
  const { policies, errors, secrets } = await loadPolicies(paths, { env: planningEnv(process.env), ...values.root === void 0 ? {} : { root: values.root } });
  for (const error of errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}
`, secrets));
  const planned = await planPolicies(policies, count);
  process.stdout.write(maskOutput(format === "json" ? `${matrixJson(planned)}
` : planText(planned), secrets));
  return errors.length > 0 ? 2 : 0;
}
export {
  PlanUsageError,
  parseShardCount,
  plan
};
