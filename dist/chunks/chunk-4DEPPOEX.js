import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  readSource
} from "./chunk-NBPOFIC6.js";
import {
  sourceFiles
} from "./chunk-G6RRAME3.js";
import {
  DataError,
  displayPath
} from "./chunk-KHYIVPUP.js";
import {
  failure
} from "./chunk-BQP2U36L.js";

// src/data/sources/file.ts
var fileSource = {
  kind: "file",
  thread: "by-size",
  read: (spec, context) => readSource(spec, context.options),
  async size(spec) {
    try {
      return (await sourceFiles(spec)).reduce((sum, file) => sum + file.size, 0);
    } catch {
      return 0;
    }
  },
  describe: (spec) => spec.paths.map(displayPath).join(", ")
};

// src/data/sources/registry.ts
var SOURCES = {
  file: () => Promise.resolve(fileSource),
  postgres: async () => (await import("./postgres-LCS2B4GX.js")).postgresSource,
  http: async () => (await import("./http-3PRJMQS2.js")).httpSource,
  command: async () => (await import("./command-3X4CE2LO.js")).commandSource,
  // The one reach upward from data/: a profile is read back by the profile room (docs/architecture.md, "Profiles").
  profile: async () => (await import("./source-L6QMKRTP.js")).profileSource
};
async function sourceFor(spec) {
  return await SOURCES[spec.kind]();
}
async function readTable(spec, context) {
  return (await sourceFor(spec)).read(spec, context);
}
async function sourceSize(spec) {
  return (await sourceFor(spec)).size(spec);
}
async function sourceThread(spec) {
  return (await sourceFor(spec)).thread;
}
async function describeSource(spec) {
  return (await sourceFor(spec)).describe(spec);
}

// src/engine/read-failure.ts
var ABORT = "abort";
function readFailure(cause) {
  if (cause instanceof DataError) {
    const { file, detail, row, column } = cause;
    return { ...failure(cause.code, cause.message), data: { file, detail, ...row === void 0 ? {} : { row }, ...column === void 0 ? {} : { column } } };
  }
  return failure("model/data", cause instanceof Error ? cause.message : String(cause));
}
function readError(reply) {
  const data = reply.data;
  return data === void 0 ? new Error(reply.message) : new DataError(reply.code, data.file, data.detail, data.row, data.column);
}

export {
  readTable,
  sourceSize,
  sourceThread,
  describeSource,
  ABORT,
  readFailure,
  readError
};
