import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-B5ITJSKM.js";
import "./chunk-ULB2QN5F.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-WMWGI4E6.js";
import "./chunk-UYZIAG52.js";
import "./chunk-EKJUQVXX.js";
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
