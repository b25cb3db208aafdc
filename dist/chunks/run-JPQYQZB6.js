import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluate,
  loadPolicies,
  runChecks
} from "./chunk-QNISNAYP.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-MGAXG2WV.js";
import "./chunk-BELST5TZ.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-F623J2R5.js";
import "./chunk-5ST5YRRT.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-FQDB3IQE.js";
export {
  evaluate,
  loadPolicies,
  runChecks
};
