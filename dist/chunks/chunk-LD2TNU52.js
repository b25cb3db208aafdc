import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  autoShardCount,
  planShards
} from "./chunk-HZWVBNBC.js";
import {
  sourceFiles
} from "./chunk-G6RRAME3.js";

// src/engine/fleet.ts
var DEFAULT_SOURCE_BYTES = 16 * 1024 * 1024;
async function sourceBytes(source) {
  if (source.kind !== "file") return DEFAULT_SOURCE_BYTES;
  try {
    return (await sourceFiles(source)).reduce((sum, file) => sum + file.size, 0);
  } catch {
    return DEFAULT_SOURCE_BYTES;
  }
}
async function modelBytes(policy) {
  const sources = [policy.data.reference, policy.data.current, policy.data.labels?.source].filter((s) => s !== void 0);
  let bytes = 0;
  for (const source of sources) bytes += await sourceBytes(source);
  return bytes;
}
async function planModels(policies) {
  const models = [];
  for (const policy of policies) models.push({ name: policy.model.name, bytes: await modelBytes(policy) });
  return models;
}
async function planPolicies(policies, count) {
  const models = await planModels(policies);
  return planShards(models, count === "auto" ? autoShardCount(models) : count);
}
function planningEnv(env) {
  return new Proxy(env, { get: (target, key) => typeof key === "string" ? target[key] ?? "" : void 0 });
}

export {
  DEFAULT_SOURCE_BYTES,
  modelBytes,
  planModels,
  planPolicies,
  planningEnv
};
