import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  EPOCH_SECONDS_LIMIT,
  MAX_EPOCH_MS,
  epochNumberToMs,
  parseIsoTimestamp
} from "./chunk-7M2XNVRX.js";
import "./chunk-FQDB3IQE.js";
export {
  EPOCH_SECONDS_LIMIT,
  MAX_EPOCH_MS,
  epochNumberToMs,
  parseIsoTimestamp
};
