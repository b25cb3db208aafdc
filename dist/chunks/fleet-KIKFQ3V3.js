import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DEFAULT_SOURCE_BYTES,
  modelBytes,
  planModels,
  planPolicies,
  planningEnv
} from "./chunk-LD2TNU52.js";
import "./chunk-HZWVBNBC.js";
import "./chunk-G6RRAME3.js";
import "./chunk-KHYIVPUP.js";
import "./chunk-FQDB3IQE.js";
export {
  DEFAULT_SOURCE_BYTES,
  modelBytes,
  planModels,
  planPolicies,
  planningEnv
};
