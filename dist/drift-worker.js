import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  compareNumeric
} from "./chunks/chunk-B5G43IHY.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/engine/drift-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port?.on("message", (task) => {
  const buffers = [task.reference.buffer, task.current.buffer];
  let reply;
  try {
    reply = { id: task.id, result: compareNumeric(task.reference, task.current, task.request, task), buffers };
  } catch (cause) {
    reply = { id: task.id, error: cause instanceof Error ? cause.message : String(cause), buffers };
  }
  port.postMessage(reply, [...buffers]);
});
