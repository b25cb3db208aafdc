import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  fillWindow,
  formatMs,
  withSpool
} from "./chunk-WZCMZ65I.js";
import "./chunk-NBPOFIC6.js";
import "./chunk-ZE4AS634.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import {
  ReadBudget
} from "./chunk-LNKZD7PG.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-FQDB3IQE.js";

// src/data/sources/command.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";
import { PassThrough } from "node:stream";
var GRACE_MS = 2e3;
var STDERR_BYTES = 4096;
var STDERR_LINES = 20;
var STDERR_SHOWN = 1200;
var DESCRIBED_CHARS = 60;
var SHORTENED_PATH_CHARS = 24;
var GROUPS = process.platform !== "win32";
var runningGroups = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
var commandSource = {
  kind: "command",
  thread: "main",
  read: readCommand,
  size: () => Promise.resolve(void 0),
  describe: describeCommand
};
function describeCommand(spec) {
  const text = spec.argv.map((arg) => quoteArg(shortenPath(arg))).join(" ");
  return `command "${text.length > DESCRIBED_CHARS ? `${text.slice(0, DESCRIBED_CHARS - 1)}\u2026` : text}"`;
}
function quoteArg(arg) {
  return arg === "" || /[\s'"]/.test(arg) ? `'${arg}'` : arg;
}
function shortenPath(arg) {
  if (arg.length <= SHORTENED_PATH_CHARS || arg.includes("://") || !/^\.{0,2}\//.test(arg)) return arg;
  return `\u2026/${arg.slice(arg.lastIndexOf("/") + 1)}`;
}
async function readCommand(spec, context) {
  const name = describeCommand(spec);
  if (spec.argv.length === 0 || spec.argv[0] === "") throw new DataError("policy/invalid-value", name, 'argv is empty: give the program and its arguments, e.g. ["python", "export.py"]');
  const argv = [];
  for (const arg of spec.argv) {
    const filled = fillWindow(arg, context.window);
    if (filled === null) {
      throw new DataError("policy/conflict", name, "an argument uses {{window.start}} or {{window.end}}, but the model has no window; set data.window (e.g. `window: 7d`), or take the placeholder out of argv");
    }
    argv.push(filled);
  }
  return withSpool(async (spool) => {
    await run(argv, spec, spool, name, context.signal);
    return spool.read(spec.format, spec.delimiter, ReadBudget.of(spec), context.options, name);
  });
}
async function run(argv, spec, spool, name, signal) {
  installExitHook();
  const child = spawn(argv[0], argv.slice(1), { shell: false, cwd: spec.cwd, env: process.env, stdio: ["ignore", "pipe", "pipe"], detached: GROUPS });
  const output = child.stdout.pipe(new PassThrough());
  const pid = child.pid;
  if (pid !== void 0 && GROUPS) runningGroups.add(pid);
  let startError;
  const closed = new Promise((resolve) => {
    child.once("error", (error) => {
      startError ??= error;
      if (pid === void 0) resolve({ code: null, signal: null });
    });
    child.once("close", (code, killedBy) => resolve({ code, signal: killedBy }));
  });
  const stderr = new Tail(STDERR_BYTES);
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  let stopped;
  let killTimer;
  const stop = (why) => {
    if (stopped !== void 0) return;
    stopped = why;
    signalTree(child, "SIGTERM");
    killTimer = setTimeout(() => signalTree(child, "SIGKILL"), GRACE_MS);
  };
  const timer = setTimeout(() => {
    stop(new DataError("source/timeout", name, `did not finish within the source's timeout of ${formatMs(spec.timeout_ms)}, and was stopped; raise timeout on the source if "${argv[0]}" is slow, or find out why it hangs`));
  }, spec.timeout_ms);
  const onAbort = () => stop(new DataError("source/interrupted", name, "was stopped before it finished (the model ran out of time)"));
  if (signal?.aborted === true) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  const budget = ReadBudget.of(spec);
  const spooled = spool.write(output, (bytes) => budget.spend(name, bytes)).catch((error) => stop(error instanceof DataError ? error : new DataError("source/interrupted", name, `its output could not be written to a temporary file (${errorCode(error) ?? String(error)})`)));
  let result;
  try {
    result = await closed;
    await spooled;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    if (pid !== void 0 && GROUPS) {
      await stopLeftovers(pid);
      runningGroups.delete(pid);
    }
    clearTimeout(killTimer);
  }
  if (startError !== void 0) throw await cannotStart(startError, argv[0], spec.cwd, name);
  if (stopped !== void 0) throw stopped;
  if (result.code === 0) return;
  const how = result.signal !== null ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  const lines = stderr.lastLines(STDERR_LINES, STDERR_SHOWN);
  const tail = lines === "" ? "it wrote nothing to stderr" : `its last lines of stderr: ${lines}`;
  throw new DataError("source/command", name, `${how}; ${tail}`);
}
function signalTree(child, signal) {
  if (child.pid === void 0) return;
  try {
    if (GROUPS) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
  }
}
async function stopLeftovers(group) {
  if (!groupAlive(group)) return;
  try {
    process.kill(-group, "SIGTERM");
  } catch {
    return;
  }
  for (let waited = 0; waited < GRACE_MS && groupAlive(group); waited += 50) await delay(50);
  try {
    process.kill(-group, "SIGKILL");
  } catch {
  }
}
function groupAlive(group) {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const group of runningGroups) {
      try {
        process.kill(-group, "SIGKILL");
      } catch {
      }
    }
  });
}
async function cannotStart(error, program, cwd, name) {
  const folder = await stat(cwd).catch(() => void 0);
  if (folder === void 0 || !folder.isDirectory()) return new DataError("source/command", name, `cannot start: its working folder ${cwd} does not exist or is not a folder`);
  switch (error.code) {
    case "ENOENT":
      return new DataError("source/command", name, `cannot start: program "${program}" not found (ENOENT); it runs without a shell, so argv[0] must be a path or a program on PATH`);
    case "EACCES":
      return new DataError("source/command", name, `cannot start: "${program}" is not executable (EACCES); make it executable (chmod +x) or run it through its interpreter, e.g. ["python", "${program}"]`);
    default:
      return new DataError("source/command", name, `cannot start "${program}" (${error.code ?? error.message})`);
  }
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
var Tail = class {
  constructor(max) {
    this.max = max;
  }
  max;
  #bytes = Buffer.alloc(0);
  #cut = false;
  push(chunk) {
    const piece = chunk.length > this.max ? chunk.subarray(chunk.length - this.max) : chunk;
    const joined = Buffer.concat([this.#bytes, piece]);
    if (joined.length > this.max || piece !== chunk) this.#cut = true;
    this.#bytes = joined.length > this.max ? Buffer.from(joined.subarray(joined.length - this.max)) : joined;
  }
  /** The last non-empty lines (at most `lines`, at most `chars` characters), joined by ` | `. */
  lastLines(lines, chars) {
    const all = this.#bytes.toString("utf8").split(/\r?\n|\r/);
    if (this.#cut) all.shift();
    const kept = all.map((line) => line.trimEnd()).filter((line) => line !== "").slice(-lines);
    const text = kept.join(" | ");
    return text.length > chars ? `\u2026${text.slice(text.length - chars + 1)}` : text;
  }
};
export {
  commandSource
};
