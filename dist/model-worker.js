import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  evaluateModelWithMemory
} from "./chunks/chunk-77CMNWCZ.js";
import {
  loadPolicyFile
} from "./chunks/chunk-JKPZIP4Z.js";
import "./chunks/chunk-WLYCNJEK.js";
import "./chunks/chunk-IOSYXCUI.js";
import "./chunks/chunk-DKKO2CFA.js";
import "./chunks/chunk-B56N3WCO.js";
import "./chunks/chunk-4DEPPOEX.js";
import "./chunks/chunk-NBPOFIC6.js";
import "./chunks/chunk-ZE4AS634.js";
import "./chunks/chunk-RUL4MJK3.js";
import "./chunks/chunk-WVZYO55Z.js";
import "./chunks/chunk-7M2XNVRX.js";
import "./chunks/chunk-G6RRAME3.js";
import "./chunks/chunk-R4FKQLHU.js";
import "./chunks/chunk-LNKZD7PG.js";
import "./chunks/chunk-KHYIVPUP.js";
import "./chunks/chunk-ABXIHZ2L.js";
import "./chunks/chunk-4CM7Y4U5.js";
import "./chunks/chunk-7MBXNNCL.js";
import "./chunks/chunk-EY2KJAPC.js";
import "./chunks/chunk-VIBIWIW3.js";
import "./chunks/chunk-BQP2U36L.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/engine/model-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port !== null) {
  port.on("message", (task) => {
    void evaluateTask(task).then(
      (message) => port.postMessage(message),
      (cause) => port.postMessage({ kind: "failed", id: task.id, message: cause instanceof Error ? cause.stack ?? cause.message : String(cause) })
    );
  });
}
async function evaluateTask(task) {
  const post = (message) => port.postMessage(message);
  const loaded = await loadPolicyFile(task.file, { ...task.cwd === void 0 ? {} : { cwd: task.cwd }, ...task.env === void 0 ? {} : { env: task.env }, ...task.root === void 0 ? {} : { root: task.root } });
  if (loaded.policy === null) {
    return { kind: "failed", id: task.id, message: `${task.file} could not be loaded again on a worker thread: ${loaded.errors.map((e) => e.message).join("; ")}` };
  }
  const evaluated = await evaluateModelWithMemory(loaded.policy, new Date(task.now), {
    log: (line) => post({ kind: "log", id: task.id, line }),
    progress: (event) => post({ kind: "progress", id: task.id, event }),
    memory: task.memory
  });
  return { kind: "done", id: task.id, model: evaluated.model, records: evaluated.records };
}
