import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  Scratch,
  compareNumeric
} from "./chunks/chunk-ABXIHZ2L.js";
import "./chunks/chunk-4CM7Y4U5.js";
import "./chunks/chunk-7MBXNNCL.js";
import "./chunks/chunk-BQP2U36L.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/engine/drift-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
var scratch = new Scratch();
port?.on("message", (task) => {
  const buffers = [task.reference.buffer, task.current.buffer];
  let reply;
  try {
    reply = { id: task.id, result: compareNumeric(task.reference, task.current, task.request, scratch, true), buffers };
  } catch (cause) {
    reply = { id: task.id, error: cause instanceof Error ? cause.message : String(cause), buffers };
  }
  port.postMessage(reply, [...buffers]);
});
