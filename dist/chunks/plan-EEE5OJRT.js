import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  AUTO_BYTES_PER_SHARD,
  AUTO_MAX_SHARDS,
  AUTO_MODELS_PER_SHARD,
  MAX_SHARDS,
  SIZE_STEPS_PER_DOUBLING,
  SLACK,
  autoShardCount,
  matrixJson,
  parseShard,
  planShards,
  plannedSize,
  ranking
} from "./chunk-HZWVBNBC.js";
import "./chunk-FQDB3IQE.js";
export {
  AUTO_BYTES_PER_SHARD,
  AUTO_MAX_SHARDS,
  AUTO_MODELS_PER_SHARD,
  MAX_SHARDS,
  SIZE_STEPS_PER_DOUBLING,
  SLACK,
  autoShardCount,
  matrixJson,
  parseShard,
  planShards,
  plannedSize,
  ranking
};
