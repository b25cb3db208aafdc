import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DirectoryStore,
  LOCK_FILE
} from "./chunk-KIHTDSXR.js";
import "./chunk-M6HKTGBK.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";
export {
  DirectoryStore,
  LOCK_FILE
};
