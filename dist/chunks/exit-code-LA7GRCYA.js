import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  exitCodeFor,
  failingModels
} from "./chunk-HFCQ6NGK.js";
import "./chunk-FQDB3IQE.js";
export {
  exitCodeFor,
  failingModels
};
