import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/engine/plan.ts
import { createHash } from "node:crypto";
var SLACK = 0.25;
var SIZE_STEPS_PER_DOUBLING = 4;
var AUTO_MAX_SHARDS = 20;
var MAX_SHARDS = 256;
var AUTO_MODELS_PER_SHARD = 25;
var AUTO_BYTES_PER_SHARD = 256 * 1024 * 1024;
function plannedSize(bytes) {
  if (!(bytes > 1)) return 1;
  return 2 ** (Math.ceil(Math.log2(bytes) * SIZE_STEPS_PER_DOUBLING - 1e-9) / SIZE_STEPS_PER_DOUBLING);
}
function autoShardCount(models) {
  const bytes = models.reduce((sum, m) => sum + plannedSize(m.bytes), 0);
  const wanted = Math.max(Math.ceil(models.length / AUTO_MODELS_PER_SHARD), Math.ceil(bytes / AUTO_BYTES_PER_SHARD));
  return Math.max(1, Math.min(AUTO_MAX_SHARDS, models.length, wanted));
}
function score(name, shard) {
  return createHash("sha256").update(`${name}\0${shard}`).digest().readUIntBE(0, 6);
}
function rankedScores(name, count) {
  const scores = Array.from({ length: count }, (_, i) => ({ shard: i + 1, score: score(name, i + 1) }));
  return scores.sort((a, b) => b.score - a.score || a.shard - b.shard);
}
function ranking(name, count) {
  return rankedScores(name, count).map((s) => s.shard);
}
function planShards(models, count, slack = SLACK) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) throw new RangeError(`the shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
  const sized = models.map((m, order) => ({ name: m.name, size: plannedSize(m.bytes), order }));
  if (new Set(sized.map((m) => m.name)).size !== sized.length) throw new RangeError("model names must be unique to be planned");
  const total = sized.reduce((sum, m) => sum + m.size, 0);
  const capacity = (1 + slack) * total / count;
  const loads = new Array(count + 1).fill(0);
  const shardOf = /* @__PURE__ */ new Map();
  const ranked = /* @__PURE__ */ new Map();
  for (const model of sized) {
    const order = rankedScores(model.name, count);
    ranked.set(model.name, { order: order.map((s) => s.shard), scores: new Map(order.map((s) => [s.shard, s.score])) });
    const first = order[0].shard;
    shardOf.set(model.name, first);
    loads[first] = (loads[first] ?? 0) + model.size;
  }
  for (let shard = 1; shard <= count; shard++) {
    if ((loads[shard] ?? 0) <= capacity) continue;
    const here = sized.filter((m) => shardOf.get(m.name) === shard);
    here.sort((a, b) => (ranked.get(a.name).scores.get(shard) ?? 0) - (ranked.get(b.name).scores.get(shard) ?? 0) || (a.name < b.name ? -1 : 1));
    for (const model of here) {
      if ((loads[shard] ?? 0) <= capacity) break;
      let target = ranked.get(model.name).order.find((s) => s !== shard && (loads[s] ?? 0) + model.size <= capacity);
      if (target === void 0) {
        const lightest = ranked.get(model.name).order.filter((s) => s !== shard).reduce((best, s) => best === void 0 || (loads[s] ?? 0) < (loads[best] ?? 0) ? s : best, void 0);
        if (lightest === void 0 || (loads[lightest] ?? 0) + model.size >= (loads[shard] ?? 0)) continue;
        target = lightest;
      }
      loads[shard] = (loads[shard] ?? 0) - model.size;
      loads[target] = (loads[target] ?? 0) + model.size;
      shardOf.set(model.name, target);
    }
  }
  const shards = Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    models: sized.filter((m) => shardOf.get(m.name) === i + 1).map((m) => m.name),
    bytes: loads[i + 1] ?? 0
  }));
  return { count, shards, shardOf };
}
function parseShard(text) {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new RangeError(`a shard is written i/N with 1 \u2264 i \u2264 N \u2264 ${MAX_SHARDS} (e.g. 2/3), got ${JSON.stringify(text)}`);
  }
  return { index, count };
}
function matrixJson(plan) {
  const id = (index) => `${index}/${plan.count}`;
  return JSON.stringify({
    shard: plan.shards.map((s) => id(s.index)),
    include: plan.shards.map((s) => ({ shard: id(s.index), models: s.models.join(", "), bytes: Math.round(s.bytes) }))
  });
}

export {
  SLACK,
  SIZE_STEPS_PER_DOUBLING,
  AUTO_MAX_SHARDS,
  MAX_SHARDS,
  AUTO_MODELS_PER_SHARD,
  AUTO_BYTES_PER_SHARD,
  plannedSize,
  autoShardCount,
  ranking,
  planShards,
  parseShard,
  matrixJson
};
