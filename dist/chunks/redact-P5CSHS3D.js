import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  redactPolicy,
  redactSecrets
} from "./chunk-K2X6PJAO.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-FQDB3IQE.js";
export {
  redactPolicy,
  redactSecrets
};
