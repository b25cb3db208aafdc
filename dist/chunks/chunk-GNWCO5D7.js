import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  MODEL_NAME,
  README_PATH,
  StateWriteError,
  appendRecords,
  modelPath,
  parseHistory,
  serializeHistory,
  stateReadme
} from "./chunk-X62GKPC3.js";

// src/state/directory-store.ts
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
var LOCK_FILE = ".modelwatch.lock";
var DEFAULT_LOCK_TIMEOUT_MS = 3e4;
var DEFAULT_STALE_LOCK_MS = 12e4;
var DirectoryStore = class {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.description = `directory ${dir}`;
    this.lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.staleLockMs = options.staleLockMs ?? DEFAULT_STALE_LOCK_MS;
    this.log = options.log ?? (() => {
    });
  }
  dir;
  description;
  lockTimeoutMs;
  staleLockMs;
  log;
  file(model) {
    return join(this.dir, modelPath(model));
  }
  async read(models) {
    for (const folder of [this.dir, join(this.dir, "models")]) {
      let isDirectory;
      try {
        isDirectory = (await stat(folder)).isDirectory();
      } catch (error) {
        if (code(error) === "ENOENT") return { ok: true, models: new Map(models.map((m) => [m, { ok: true, history: null }])) };
        return { ok: false, message: `the state folder ${folder} cannot be read (${describe(error)})` };
      }
      if (!isDirectory) return { ok: false, message: `the state path ${folder} is not a folder; pass --state a folder (it is created on the first write)` };
    }
    try {
      await readdir(join(this.dir, "models"));
    } catch (error) {
      return { ok: false, message: `the state folder ${join(this.dir, "models")} cannot be listed (${describe(error)})` };
    }
    const out = /* @__PURE__ */ new Map();
    for (const model of models) out.set(model, await this.readModel(model));
    return { ok: true, models: out };
  }
  async readModel(model) {
    if (!MODEL_NAME.test(model)) return { ok: false, message: `${JSON.stringify(model)} is not a model name; the state store holds none for it` };
    const file = this.file(model);
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if (code(error) === "ENOENT") return { ok: true, history: null };
      return { ok: false, message: `${file}: cannot be read (${describe(error)})` };
    }
    const parsed = parseHistory(text, model, file);
    return parsed.ok ? { ok: true, history: parsed.history } : parsed;
  }
  async append(records) {
    if (records.length === 0) return;
    for (const record of records) {
      if (!MODEL_NAME.test(record.model)) throw new StateWriteError(`cannot store a record of ${JSON.stringify(record.model)}: not a model name`);
    }
    const models = join(this.dir, "models");
    try {
      await mkdir(models, { recursive: true });
    } catch (error) {
      throw new StateWriteError(`cannot create the state folder ${models} (${describe(error)}); check the --state path and its permissions`, { cause: error });
    }
    const release = await this.lock();
    const refused = [];
    const written = [];
    try {
      await this.writeReadme();
      const byModel = /* @__PURE__ */ new Map();
      for (const record of records) byModel.set(record.model, [...byModel.get(record.model) ?? [], record]);
      for (const [model, mine] of byModel) {
        const file = this.file(model);
        const current = await this.readModel(model);
        if (!current.ok) {
          refused.push(`${current.message} Its record from this run was not stored.`);
          continue;
        }
        const history = appendRecords(current.history, mine, file);
        const before = current.history === null ? null : serializeHistory(current.history);
        const after = serializeHistory(history);
        if (after === before) continue;
        await writeAtomically(file, after);
        written.push(model);
      }
    } finally {
      await release();
    }
    if (refused.length > 0) {
      throw new StateWriteError(`${refused.join(" ")}${written.length > 0 ? ` (Stored: ${written.join(", ")}.)` : ""}`);
    }
  }
  async writeReadme() {
    try {
      const handle = await open(join(this.dir, README_PATH), "wx");
      await handle.writeFile(stateReadme("folder"));
      await handle.close();
    } catch (error) {
      if (code(error) !== "EEXIST") throw new StateWriteError(`cannot write ${join(this.dir, README_PATH)} (${describe(error)})`, { cause: error });
    }
  }
  // ---- the lock ---------------------------------------------------------------------------------
  get lockPath() {
    return join(this.dir, LOCK_FILE);
  }
  /** Takes the lock (step 1) and returns the function that releases it. */
  async lock() {
    const token = randomUUID();
    const deadline = Date.now() + this.lockTimeoutMs;
    for (; ; ) {
      try {
        const handle = await open(this.lockPath, "wx");
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), token, at: (/* @__PURE__ */ new Date()).toISOString() }));
        await handle.close();
        return () => this.unlock(token);
      } catch (error) {
        if (code(error) !== "EEXIST") throw new StateWriteError(`cannot create the lock ${this.lockPath} (${describe(error)})`, { cause: error });
      }
      const holder = await this.readLock();
      if (holder !== null && this.isStale(holder)) {
        await this.breakLock(holder);
        continue;
      }
      if (Date.now() >= deadline) {
        const who = holder === null ? "another process" : `process ${holder.pid ?? "?"} on ${holder.host ?? "?"} since ${holder.at ?? new Date(holder.mtimeMs).toISOString()}`;
        throw new StateWriteError(
          `the state folder ${this.dir} is locked by ${who} (${this.lockPath}) and stayed locked for ${Math.round(this.lockTimeoutMs / 100) / 10} s. Another modelwatch is writing to it; if none is running, delete the lock file and rerun.`
        );
      }
      await sleep(10 + Math.random() * 40);
    }
  }
  async unlock(token) {
    const holder = await this.readLock();
    if (holder?.token !== token) {
      this.log(`state: the lock ${this.lockPath} was taken from this process (judged stale); not removing it`);
      return;
    }
    await unlink(this.lockPath).catch((error) => {
      if (code(error) !== "ENOENT") throw new StateWriteError(`cannot remove the lock ${this.lockPath} (${describe(error)})`, { cause: error });
    });
  }
  async readLock() {
    try {
      const [text, info] = await Promise.all([readFile(this.lockPath, "utf8"), stat(this.lockPath)]);
      let data = {};
      try {
        const parsed = JSON.parse(text);
        if (typeof parsed === "object" && parsed !== null) data = parsed;
      } catch {
      }
      return {
        pid: typeof data["pid"] === "number" ? data["pid"] : null,
        host: typeof data["host"] === "string" ? data["host"] : null,
        token: typeof data["token"] === "string" ? data["token"] : null,
        at: typeof data["at"] === "string" ? data["at"] : null,
        mtimeMs: info.mtimeMs
      };
    } catch (error) {
      if (code(error) === "ENOENT") return null;
      throw new StateWriteError(`cannot read the lock ${this.lockPath} (${describe(error)})`, { cause: error });
    }
  }
  isStale(lock) {
    if (lock.pid !== null && lock.host === hostname() && !processExists(lock.pid)) return true;
    return Date.now() - lock.mtimeMs > this.staleLockMs;
  }
  /** Removes `stale` if it is still the lock, holding the breaker file while it checks. */
  async breakLock(stale) {
    const breaker = `${this.lockPath}.break`;
    try {
      const handle = await open(breaker, "wx");
      await handle.close();
    } catch (error) {
      if (code(error) !== "EEXIST") throw new StateWriteError(`cannot create ${breaker} (${describe(error)})`, { cause: error });
      const age = await stat(breaker).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > this.staleLockMs) await unlink(breaker).catch(() => {
      });
      await sleep(10 + Math.random() * 40);
      return;
    }
    try {
      const again = await this.readLock();
      if (again !== null && again.token === stale.token && again.mtimeMs === stale.mtimeMs) {
        await unlink(this.lockPath).catch(() => {
        });
        this.log(`state: removed the stale lock ${this.lockPath} (process ${stale.pid ?? "?"} on ${stale.host ?? "?"} since ${stale.at ?? new Date(stale.mtimeMs).toISOString()})`);
      }
    } finally {
      await unlink(breaker).catch(() => {
      });
    }
  }
};
async function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {
    });
    throw new StateWriteError(`cannot write ${file} (${describe(error)}); its previous content is unchanged`, { cause: error });
  }
}
function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) !== "ESRCH";
  }
}
function code(error) {
  return typeof error === "object" && error !== null ? error.code : void 0;
}
function describe(error) {
  const c = code(error);
  const message = error instanceof Error ? error.message : String(error);
  return c === void 0 ? message : `${c}: ${message.replace(/^[A-Z]+: /, "")}`;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export {
  LOCK_FILE,
  DirectoryStore
};
