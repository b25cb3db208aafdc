import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluate,
  loadPolicies,
  runChecks,
  runConcurrency
} from "./chunk-OQXMNW64.js";
import "./chunk-55QY547W.js";
import "./chunk-LD2TNU52.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-HZWVBNBC.js";
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
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";
export {
  evaluate,
  loadPolicies,
  runChecks,
  runConcurrency
};
