import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-LEAHINPM.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-5IPQZ3EY.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-762UMVV3.js";
import "./chunk-XYOAXCDO.js";
import "./chunk-LVWLLQQY.js";
import "./chunk-DNEAIUDC.js";
import "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
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
