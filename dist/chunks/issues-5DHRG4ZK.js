import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
} from "./chunk-NXVOPBRX.js";
import "./chunk-GCNGDRPN.js";
import "./chunk-73KCOCDX.js";
import "./chunk-IUO4VOPN.js";
import "./chunk-GGRK6U6L.js";
import "./chunk-4BNKS5JB.js";
import "./chunk-HRH37NVL.js";
import "./chunk-KOJP4OAK.js";
import "./chunk-TPAHR6PB.js";
import "./chunk-ZE44ZYET.js";
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
