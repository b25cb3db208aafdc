import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluate,
  loadPolicies,
  runChecks
} from "./chunk-YYU56OF4.js";
import "./chunk-AYT2LOUG.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-ACSER7TC.js";
import "./chunk-QFXU6T3U.js";
import "./chunk-LCYRODO2.js";
import "./chunk-WYGFJASC.js";
import "./chunk-SNDSRFME.js";
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
  runChecks
};
