import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluate,
  loadPolicies,
  runChecks,
  runConcurrency
} from "./chunk-TNEETJ6U.js";
import "./chunk-55QY547W.js";
import "./chunk-LD2TNU52.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-HZWVBNBC.js";
import "./chunk-FPZLV66B.js";
import "./chunk-JGSHYQXI.js";
import "./chunk-WLYCNJEK.js";
import "./chunk-SEWH2QEJ.js";
import "./chunk-FFJ67EZS.js";
import "./chunk-G6RRAME3.js";
import "./chunk-L4PATMHA.js";
import "./chunk-EXO326BP.js";
import "./chunk-QAZERCF2.js";
import "./chunk-KHYIVPUP.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-GYQNDQVU.js";
import "./chunk-BQP2U36L.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";
export {
  evaluate,
  loadPolicies,
  runChecks,
  runConcurrency
};
