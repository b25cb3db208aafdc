/**
 * The state store in a local folder (the CLI's `--state DIR`): `<dir>/README.md` and
 * `<dir>/models/<name>.json`, created on the first write.
 *
 * Reading takes no lock: every file is replaced whole by a rename, so a reader sees the old
 * bytes or the new ones. Appending is serialised across processes by a lock file,
 * `<dir>/.modelwatch.lock`, created with O_EXCL and holding `{ pid, host, token, at }`:
 *
 * 1. Create the lock. When it exists, wait (10–50 ms, jittered) and try again, up to
 *    `lockTimeoutMs`. A lock is stale when its holder is a process of this host that no longer
 *    exists, or when it is older than `staleLockMs` (a holder on another host of a shared
 *    folder, or a lock file left half-written). A stale lock is removed only by whoever holds
 *    the breaker file `<lock>.break` (O_EXCL too), after reading the lock again and finding the
 *    same token, so two processes never both break a lock and then both take it.
 * 2. For each record: read the model's file, parse it, append, serialise. A file that cannot be
 *    read or parsed is never overwritten; the other models are still written, then the append
 *    throws a StateWriteError naming the file and what to do.
 * 3. Write each changed file to a temporary file beside it, fsync it, and rename it over the old
 *    one (atomic on POSIX file systems). An unchanged file is not written.
 * 4. Remove the lock (when it is still ours).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { appendRecords, parseHistory, serializeHistory } from './compact.js';
import { modelPath, MODEL_NAME, README_PATH, stateReadme } from './layout.js';
import type { RunRecord } from './record.js';
import { StateWriteError, type HistoryRead, type StateStore } from './store.js';

export interface DirectoryStoreOptions {
  /** How long an append waits for another process's lock before it gives up; default 30 s. */
  readonly lockTimeoutMs?: number;
  /** A lock this old is stale even when its holder cannot be checked; default 120 s. */
  readonly staleLockMs?: number;
  readonly log?: (line: string) => void;
}

export const LOCK_FILE = '.modelwatch.lock';
const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const DEFAULT_STALE_LOCK_MS = 120_000;

interface LockInfo {
  readonly pid: number | null;
  readonly host: string | null;
  readonly token: string | null;
  readonly at: string | null;
  readonly mtimeMs: number;
}

type ReadResult = Awaited<ReturnType<StateStore['read']>>;

export class DirectoryStore implements StateStore {
  readonly description: string;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;
  private readonly log: (line: string) => void;

  constructor(
    readonly dir: string,
    options: DirectoryStoreOptions = {},
  ) {
    this.description = `directory ${dir}`;
    this.lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.staleLockMs = options.staleLockMs ?? DEFAULT_STALE_LOCK_MS;
    this.log = options.log ?? (() => {});
  }

  private file(model: string): string {
    return join(this.dir, modelPath(model));
  }

  async read(models: readonly string[]): Promise<ReadResult> {
    // A folder that does not exist yet is a store with no history; one that is not a folder,
    // or cannot be listed, is a store that cannot be read.
    for (const folder of [this.dir, join(this.dir, 'models')]) {
      let isDirectory: boolean;
      try {
        isDirectory = (await stat(folder)).isDirectory();
      } catch (error) {
        if (code(error) === 'ENOENT') return { ok: true, models: new Map(models.map((m) => [m, { ok: true, history: null }])) };
        return { ok: false, message: `the state folder ${folder} cannot be read (${describe(error)})` };
      }
      if (!isDirectory) return { ok: false, message: `the state path ${folder} is not a folder; pass --state a folder (it is created on the first write)` };
    }
    try {
      await readdir(join(this.dir, 'models'));
    } catch (error) {
      return { ok: false, message: `the state folder ${join(this.dir, 'models')} cannot be listed (${describe(error)})` };
    }
    const out = new Map<string, HistoryRead>();
    for (const model of models) out.set(model, await this.readModel(model));
    return { ok: true, models: out };
  }

  private async readModel(model: string): Promise<HistoryRead> {
    if (!MODEL_NAME.test(model)) return { ok: false, message: `${JSON.stringify(model)} is not a model name; the state store holds none for it` };
    const file = this.file(model);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (code(error) === 'ENOENT') return { ok: true, history: null };
      return { ok: false, message: `${file}: cannot be read (${describe(error)})` };
    }
    const parsed = parseHistory(text, model, file);
    return parsed.ok ? { ok: true, history: parsed.history } : parsed;
  }

  async append(records: readonly RunRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const record of records) {
      if (!MODEL_NAME.test(record.model)) throw new StateWriteError(`cannot store a record of ${JSON.stringify(record.model)}: not a model name`);
    }
    const models = join(this.dir, 'models');
    try {
      await mkdir(models, { recursive: true });
    } catch (error) {
      throw new StateWriteError(`cannot create the state folder ${models} (${describe(error)}); check the --state path and its permissions`, { cause: error });
    }
    const release = await this.lock();
    const refused: string[] = [];
    const written: string[] = [];
    try {
      await this.writeReadme();
      const byModel = new Map<string, RunRecord[]>();
      for (const record of records) byModel.set(record.model, [...(byModel.get(record.model) ?? []), record]);
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
      throw new StateWriteError(`${refused.join(' ')}${written.length > 0 ? ` (Stored: ${written.join(', ')}.)` : ''}`);
    }
  }

  private async writeReadme(): Promise<void> {
    try {
      const handle = await open(join(this.dir, README_PATH), 'wx');
      await handle.writeFile(stateReadme('folder'));
      await handle.close();
    } catch (error) {
      if (code(error) !== 'EEXIST') throw new StateWriteError(`cannot write ${join(this.dir, README_PATH)} (${describe(error)})`, { cause: error });
    }
  }

  // ---- the lock ---------------------------------------------------------------------------------

  private get lockPath(): string {
    return join(this.dir, LOCK_FILE);
  }

  /** Takes the lock (step 1) and returns the function that releases it. */
  private async lock(): Promise<() => Promise<void>> {
    const token = randomUUID();
    const deadline = Date.now() + this.lockTimeoutMs;
    for (;;) {
      try {
        const handle = await open(this.lockPath, 'wx');
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), token, at: new Date().toISOString() }));
        await handle.close();
        return () => this.unlock(token);
      } catch (error) {
        if (code(error) !== 'EEXIST') throw new StateWriteError(`cannot create the lock ${this.lockPath} (${describe(error)})`, { cause: error });
      }
      const holder = await this.readLock();
      if (holder !== null && this.isStale(holder)) {
        await this.breakLock(holder);
        continue;
      }
      if (Date.now() >= deadline) {
        const who = holder === null ? 'another process' : `process ${holder.pid ?? '?'} on ${holder.host ?? '?'} since ${holder.at ?? new Date(holder.mtimeMs).toISOString()}`;
        throw new StateWriteError(
          `the state folder ${this.dir} is locked by ${who} (${this.lockPath}) and stayed locked for ${Math.round(this.lockTimeoutMs / 100) / 10} s. ` +
            'Another modelwatch is writing to it; if none is running, delete the lock file and rerun.',
        );
      }
      await sleep(10 + Math.random() * 40);
    }
  }

  private async unlock(token: string): Promise<void> {
    const holder = await this.readLock();
    if (holder?.token !== token) {
      this.log(`state: the lock ${this.lockPath} was taken from this process (judged stale); not removing it`);
      return;
    }
    await unlink(this.lockPath).catch((error: unknown) => {
      if (code(error) !== 'ENOENT') throw new StateWriteError(`cannot remove the lock ${this.lockPath} (${describe(error)})`, { cause: error });
    });
  }

  private async readLock(): Promise<LockInfo | null> {
    try {
      const [text, info] = await Promise.all([readFile(this.lockPath, 'utf8'), stat(this.lockPath)]);
      let data: Record<string, unknown> = {};
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
      } catch {
        // Created but not yet (or never) written: only its age can make it stale.
      }
      return {
        pid: typeof data['pid'] === 'number' ? data['pid'] : null,
        host: typeof data['host'] === 'string' ? data['host'] : null,
        token: typeof data['token'] === 'string' ? data['token'] : null,
        at: typeof data['at'] === 'string' ? data['at'] : null,
        mtimeMs: info.mtimeMs,
      };
    } catch (error) {
      if (code(error) === 'ENOENT') return null;
      throw new StateWriteError(`cannot read the lock ${this.lockPath} (${describe(error)})`, { cause: error });
    }
  }

  private isStale(lock: LockInfo): boolean {
    if (lock.pid !== null && lock.host === hostname() && !processExists(lock.pid)) return true;
    return Date.now() - lock.mtimeMs > this.staleLockMs;
  }

  /** Removes `stale` if it is still the lock, holding the breaker file while it checks. */
  private async breakLock(stale: LockInfo): Promise<void> {
    const breaker = `${this.lockPath}.break`;
    try {
      const handle = await open(breaker, 'wx');
      await handle.close();
    } catch (error) {
      if (code(error) !== 'EEXIST') throw new StateWriteError(`cannot create ${breaker} (${describe(error)})`, { cause: error });
      // Another process is breaking the lock; a breaker left by one that died goes after a while.
      const age = await stat(breaker).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > this.staleLockMs) await unlink(breaker).catch(() => {});
      await sleep(10 + Math.random() * 40);
      return;
    }
    try {
      const again = await this.readLock();
      if (again !== null && again.token === stale.token && again.mtimeMs === stale.mtimeMs) {
        await unlink(this.lockPath).catch(() => {});
        this.log(`state: removed the stale lock ${this.lockPath} (process ${stale.pid ?? '?'} on ${stale.host ?? '?'} since ${stale.at ?? new Date(stale.mtimeMs).toISOString()})`);
      }
    } finally {
      await unlink(breaker).catch(() => {});
    }
  }
}

/** Step 3: a temporary file beside `file`, fsynced, renamed over it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new StateWriteError(`cannot write ${file} (${describe(error)}); its previous content is unchanged`, { cause: error });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return code(error) !== 'ESRCH';
  }
}

function code(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
}

function describe(error: unknown): string {
  const c = code(error);
  const message = error instanceof Error ? error.message : String(error);
  return c === undefined ? message : `${c}: ${message.replace(/^[A-Z]+: /, '')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
