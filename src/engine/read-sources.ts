/**
 * Reads several sources at once (a model's reference, current and labels data), each large one
 * on its own CPU core. CSV and JSON parsing is single-threaded work, so on a machine with two
 * or more cores reading the reference and the current file side by side nearly halves the wall
 * time of a large model (`npm run bench`).
 *
 * Sources are read through the registry (data/sources/registry.ts), and each says where it
 * reads best (`Source.thread`): a file (`by-size`) of at least `MODELWATCH_PARALLEL_READ_BYTES`
 * bytes (default 16 MiB) that is not the largest source is read by a worker thread running
 * dist/read-worker.js, whose column buffers are transferred back, not copied; a download or a
 * command (`main`) is read on this thread, since it spools to disk and a worker could not stop
 * the process it started; a database (`worker`) goes to a worker whenever the largest other
 * source is large enough for one (decision, by measurement: its COPY's socket reads leave
 * memory in the allocator that goes when the worker ends; the 1,000,000-row bench's peak RSS
 * is 1.01–1.04× the CSV bytes on this thread, 0.98× on a worker, ~0.4 s slower). When the
 * model's time budget is spent, the worker is asked to abort its read and then ended.
 * Small sources, a single source, a one-core machine, or code not running from the bundle
 * (tests import the TypeScript sources, which a worker cannot load) read everything on this
 * thread. Either way the tables are the same, and so are the errors' messages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from '../data/read.js';
import { describeSource, readTable, sourceSize, sourceThread } from '../data/sources/registry.js';
import type { ReadWindow } from '../data/sources/source.js';
import { columnFromParts, Table } from '../data/table.js';
import type { SourceSpec } from '../policy/types.js';
import { ABORT, readError } from './read-failure.js';
import type { ReadReply, ReadRequest } from './read-worker.js';
import { thresholdFromEnv, workerScript } from './worker-script.js';
import { count } from '../checks/counts.js';

const DEFAULT_MIN_BYTES = 16 << 20;
/** How long an aborted reader thread may take to cancel its read before it is ended. */
const ABORT_GRACE_MS = 2_000;

/** The size from which a source is worth a thread of its own (engine/model.ts uses it too). */
export function largeSourceBytes(): number {
  return thresholdFromEnv('MODELWATCH_PARALLEL_READ_BYTES', DEFAULT_MIN_BYTES);
}

/** One source to read, with the rows the engine will keep of it (null: all). */
export interface SourceRead {
  readonly spec: SourceSpec;
  readonly window: ReadWindow | null;
}

export interface ReadContext {
  readonly options: ReadOptions;
  readonly timestampColumn?: string | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

/** Reads each source (undefined stays null), in parallel where it pays. */
export async function readSources(reads: readonly (SourceRead | undefined)[], context: ReadContext): Promise<(Table | null)[]> {
  const worker = workerScript('read-worker.js');
  const minBytes = largeSourceBytes();
  const sizes = worker === null ? reads.map(() => 0) : await Promise.all(reads.map((r) => (r === undefined ? 0 : sourceBytes(r.spec))));
  const threads = await Promise.all(reads.map((r) => (r === undefined ? 'by-size' : sourceThread(r.spec))));
  // This thread reads the largest source, a `main` one first; a `worker` one never takes it
  // from another (above).
  const ranked = sizes.map((size, i) => (threads[i] === 'main' ? Infinity : threads[i] === 'worker' ? -1 : size));
  const largest = ranked.indexOf(Math.max(...ranked));
  const wantsWorker = (i: number): boolean => {
    if (threads[i] === 'main') return false;
    if (threads[i] === 'worker') return minBytes !== Infinity && sizes[largest]! >= minBytes;
    return sizes[i]! >= minBytes && sizes[i]! !== Infinity;
  };
  return Promise.all(
    reads.map((read, i) => {
      if (read === undefined) return null;
      const { spec, window } = read;
      const inWorker = worker !== null && i !== largest && wantsWorker(i) && availableParallelism() > 1;
      if (!inWorker) return readTable(spec, { options: context.options, window, timestampColumn: context.timestampColumn, signal: context.signal });
      return readInWorker(worker, { spec, window, options: context.options, timestampColumn: context.timestampColumn }, context.signal).then((table) => {
        context.log?.(`read ${table.origin} on a worker thread (${count(table.rowCount)} rows)`);
        return table;
      });
    }),
  );
}

/** Bytes a source will parse: its files' size; Infinity when it cannot be known before reading. */
export async function sourceBytes(spec: SourceSpec): Promise<number> {
  return (await sourceSize(spec)) ?? Infinity;
}

async function readInWorker(script: URL, request: ReadRequest, signal: AbortSignal | undefined): Promise<Table> {
  const name = await describeSource(request.spec);
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    let settled = false;
    // The time budget: the worker aborts its read (a database is asked to cancel the query),
    // and the thread is ended shortly after whatever it is doing.
    signal?.addEventListener(
      'abort',
      () => {
        if (settled) return;
        settled = true;
        reject(signal.reason);
        worker.postMessage(ABORT);
        setTimeout(() => void worker.terminate(), ABORT_GRACE_MS).unref();
      },
      { once: true },
    );
    worker.once('message', (reply: ReadReply) => {
      if (settled) return;
      settled = true;
      if (reply.ok) resolve(new Table(reply.rowCount, reply.columns.map(columnFromParts), reply.origin));
      else reject(readError(reply));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(new Error(`reading ${name}: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`reading ${name}: the reader thread stopped (exit code ${code})`));
    });
  });
}
