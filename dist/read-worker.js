import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  readSource
} from "./chunks/chunk-MI2C2SF4.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/engine/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port !== null) {
  const { source, options } = workerData;
  readSource(source, options).then(
    (table) => {
      const columns = table.columnNames.map((name) => table.column(name));
      const buffers = /* @__PURE__ */ new Set();
      for (const column of columns) buffers.add((column.kind === "categorical" ? column.codes : column.values).buffer);
      const reply = { ok: true, rowCount: table.rowCount, origin: table.origin, columns };
      port.postMessage(reply, [...buffers]);
    },
    (cause) => {
      const reply = { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
      port.postMessage(reply);
    }
  );
}
