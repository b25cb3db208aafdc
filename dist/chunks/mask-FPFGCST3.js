import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  maskOutput,
  printedForms
} from "./chunk-4TDULAWQ.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-TPAHR6PB.js";
import "./chunk-FQDB3IQE.js";
export {
  maskOutput,
  printedForms
};
