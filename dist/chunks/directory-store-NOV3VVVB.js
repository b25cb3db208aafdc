import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DirectoryStore,
  LOCK_FILE
} from "./chunk-GNWCO5D7.js";
import "./chunk-X62GKPC3.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";
export {
  DirectoryStore,
  LOCK_FILE
};
