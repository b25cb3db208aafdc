import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-FH4HGZHB.js";
import "./chunk-FQDB3IQE.js";
export {
  renderJson
};
