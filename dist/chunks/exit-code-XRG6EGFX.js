import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  exitCodeFor,
  failingModels
} from "./chunk-QH7HFFFQ.js";
import "./chunk-FQDB3IQE.js";
export {
  exitCodeFor,
  failingModels
};
