import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-PJW2Z7TR.js";
import "./chunk-FQDB3IQE.js";
export {
  renderJson
};
