import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  createSink,
  write
} from "./chunk-GCNGDRPN.js";
import "./chunk-FQDB3IQE.js";
export {
  createSink,
  write
};
