import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  readProfile
} from "./chunk-SD663IY2.js";
import "./chunk-DKKO2CFA.js";
import {
  columnsView
} from "./chunk-B56N3WCO.js";
import {
  sourceFiles
} from "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import {
  DEFAULT_MAX_BYTES,
  formatBytes,
  openRegularFile
} from "./chunk-LNKZD7PG.js";
import {
  DataError,
  displayPath
} from "./chunk-KHYIVPUP.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/profile/source.ts
var profileSource = {
  kind: "profile",
  thread: "main",
  async read(spec) {
    const [file] = await sourceFiles({ paths: [spec.path], ...spec.root !== void 0 && { root: spec.root } });
    const where = displayPath(spec.path);
    const cap = spec.max_bytes ?? DEFAULT_MAX_BYTES;
    const { handle, size } = await openRegularFile(file.path);
    let text;
    try {
      if (size > cap) throw new DataError("data/too-large", where, `is ${formatBytes(size)}, over max_bytes ${formatBytes(cap)}`);
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
    const profile = readProfile(text, where);
    if (!profile.ok) throw new DataError(profile.code, where, profile.message.replace(`profile ${where} `, ""));
    return columnsView(profile.value, where, profile.value.computed === "database" ? "database" : "profile");
  },
  async size() {
    return void 0;
  },
  describe: (spec) => `profile ${displayPath(spec.path)}`
};
export {
  profileSource
};
