import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-VVH22OAJ.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-QKSTP7A2.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-NXSVKGHE.js";
import "./chunk-7HHNI6BL.js";
import "./chunk-DC7XFV33.js";
import "./chunk-7PQCRIAD.js";
import "./chunk-TPAHR6PB.js";
import "./chunk-EDD7RUHI.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";
export {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
};
