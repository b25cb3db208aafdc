import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  formatPolicyError
} from "./chunk-HHQGBOLX.js";
import "./chunk-FQDB3IQE.js";
export {
  formatPolicyError
};
