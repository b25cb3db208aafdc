import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  maskOutput,
  printedForms
} from "./chunk-3LOAS55W.js";
import "./chunk-ICZFUYP7.js";
import "./chunk-VD7JDJWJ.js";
import "./chunk-FQDB3IQE.js";
export {
  maskOutput,
  printedForms
};
