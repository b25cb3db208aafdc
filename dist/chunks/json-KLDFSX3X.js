import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-4NRZKEH6.js";
import "./chunk-FQDB3IQE.js";
export {
  renderJson
};
