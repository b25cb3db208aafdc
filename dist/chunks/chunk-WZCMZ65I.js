import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  readFiles
} from "./chunk-NBPOFIC6.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";

// src/data/sources/spool.ts
import { rmSync } from "node:fs";
import { mkdtemp, open, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var EXTENSIONS = { csv: "csv", jsonl: "jsonl", parquet: "parquet" };
var openDirs = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
var PLACEHOLDER = /\{\{window\.(start|end)\}\}/g;
function fillWindow(text, window, encode = (iso) => iso) {
  if (text.search(PLACEHOLDER) < 0) return text;
  if (window === null) return null;
  return text.replace(PLACEHOLDER, (_, bound) => encode(new Date(bound === "start" ? window.start : window.end).toISOString()));
}
function formatMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds = ms / 1e3;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
async function withSpool(use) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const dir2 of openDirs) rmSync(dir2, { recursive: true, force: true });
    });
  }
  const dir = await mkdtemp(join(tmpdir(), "modelwatch-spool-"));
  openDirs.add(dir);
  try {
    return await use(new Spool(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
    openDirs.delete(dir);
  }
}
var Spool = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  #gzip = false;
  #written = 0;
  get rawPath() {
    return join(this.dir, "body");
  }
  /** Bytes written by the last `write`. */
  get bytes() {
    return this.#written;
  }
  /**
   * Writes `chunks` to the spool file, replacing what an earlier attempt wrote, and calls
   * `charge(n)` before writing each chunk of n bytes: a charge that throws stops the write
   * (and, by leaving the loop, cancels the stream) with its error.
   */
  async write(chunks, charge) {
    const handle = await open(this.rawPath, "w", 384);
    this.#written = 0;
    const head = [];
    try {
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        charge(chunk.length);
        for (let i = 0; head.length < 2 && i < chunk.length; i++) head.push(chunk[i]);
        let offset = 0;
        while (offset < chunk.length) offset += (await handle.write(chunk, offset)).bytesWritten;
        this.#written += chunk.length;
      }
    } finally {
      await handle.close();
    }
    this.#gzip = head[0] === 31 && head[1] === 139;
  }
  /**
   * Reads what `write` spooled as `format` into a Table. Messages name `origin` (how the source
   * describes itself), never the temporary path; `budget` is fresh for this read (the spool's
   * own charges were counted during `write`).
   */
  async read(format, delimiter, budget, options, origin) {
    const path = join(this.dir, `body.${EXTENSIONS[format]}${this.#gzip ? ".gz" : ""}`);
    await rename(this.rawPath, path);
    try {
      return await readFiles([path], { format, delimiter }, budget, options, origin);
    } catch (error) {
      if (error instanceof DataError && error.file === path) throw new DataError(error.code, origin, error.detail, error.row, error.column);
      throw error;
    }
  }
};

export {
  fillWindow,
  formatMs,
  withSpool
};
