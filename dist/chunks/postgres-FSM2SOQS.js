import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  beginRead,
  describePostgres,
  planColumns,
  planQuery,
  postgresSource,
  windowCondition
} from "./chunk-NWVNSTJC.js";
import "./chunk-AOGP2EVR.js";
import "./chunk-WVZYO55Z.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-WACMFA66.js";
import "./chunk-LNKZD7PG.js";
import "./chunk-KHYIVPUP.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-FQDB3IQE.js";
export {
  beginRead,
  describePostgres,
  planColumns,
  planQuery,
  postgresSource,
  windowCondition
};
