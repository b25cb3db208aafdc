import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  beginRead,
  describePostgres,
  planColumns,
  planQuery,
  postgresSource,
  windowCondition
} from "./chunk-IOSYXCUI.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-R4FKQLHU.js";
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
