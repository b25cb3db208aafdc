import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  ABORT,
  readFailure,
  readTable
} from "./chunks/chunk-4DEPPOEX.js";
import "./chunks/chunk-NBPOFIC6.js";
import "./chunks/chunk-ZE4AS634.js";
import "./chunks/chunk-RUL4MJK3.js";
import "./chunks/chunk-WVZYO55Z.js";
import "./chunks/chunk-7M2XNVRX.js";
import "./chunks/chunk-G6RRAME3.js";
import {
  columnBuffer,
  columnParts
} from "./chunks/chunk-R4FKQLHU.js";
import "./chunks/chunk-LNKZD7PG.js";
import "./chunks/chunk-KHYIVPUP.js";
import "./chunks/chunk-4CM7Y4U5.js";
import "./chunks/chunk-7MBXNNCL.js";
import "./chunks/chunk-BQP2U36L.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/engine/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port !== null) {
  const { spec, window, options, timestampColumn } = workerData;
  const controller = new AbortController();
  port.on("message", (message) => {
    if (message === ABORT) controller.abort(new Error("the read was stopped: the time budget is spent"));
  });
  readTable(spec, { options, window, timestampColumn, signal: controller.signal }).then(
    (table) => {
      const columns = table.columnNames.map((name) => columnParts(table.column(name)));
      const buffers = new Set(columns.map(columnBuffer));
      const reply = { ok: true, rowCount: table.rowCount, origin: table.origin, columns };
      port.postMessage(reply, [...buffers]);
    },
    (cause) => {
      const reply = readFailure(cause);
      port.postMessage(reply);
    }
  );
}
