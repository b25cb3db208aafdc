import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  SinkError,
  attempt,
  explainGitHubError,
  hasStatus,
  isHttpError
} from "./chunk-IUO4VOPN.js";
import "./chunk-FQDB3IQE.js";
export {
  SinkError,
  attempt,
  explainGitHubError,
  hasStatus,
  isHttpError
};
