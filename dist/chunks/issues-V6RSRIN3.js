import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-5ZZZ6IQR.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-MBR2O72Y.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-Y55X2NHL.js";
import "./chunk-Z3YXGNSU.js";
import "./chunk-BVWQM5G3.js";
import "./chunk-ZOUQ7BN6.js";
import "./chunk-TPAHR6PB.js";
import "./chunk-LEUFUAG7.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";
export {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
};
