import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluate,
  loadPolicies,
  runChecks
} from "./chunk-G6I43SN5.js";
import "./chunk-RDI7D2QR.js";
import "./chunk-K2X6PJAO.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-AJQI3Q6F.js";
import "./chunk-QEFSXR6H.js";
import "./chunk-RKE7CA6P.js";
import "./chunk-IC2VVP6A.js";
import "./chunk-QOO675MT.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-GT6XJPDM.js";
import "./chunk-BQP2U36L.js";
import "./chunk-B7DIXJTB.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";
export {
  evaluate,
  loadPolicies,
  runChecks
};
