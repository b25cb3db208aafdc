import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-25TWM3NF.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-BEVLLYOL.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-3JQENEPL.js";
import "./chunk-HYS46AOR.js";
import "./chunk-HKI6OPGJ.js";
import "./chunk-RJQT7HNR.js";
import "./chunk-TPAHR6PB.js";
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
