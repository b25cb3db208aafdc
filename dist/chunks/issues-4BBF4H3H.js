import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-R6QTJQQE.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-HSWTWLQK.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-RCCLEI2C.js";
import "./chunk-SK6IU5FQ.js";
import "./chunk-P7YDYCYS.js";
import "./chunk-HSUIRJOY.js";
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
