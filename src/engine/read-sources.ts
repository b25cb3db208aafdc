/**
 * Reads several sources at once (a model's reference, current and labels data), each large one
 * on its own CPU core. CSV and JSON parsing is single-threaded work, so on a machine with two
 * or more cores reading the reference and the current file side by side nearly halves the wall
 * time of a large model (`npm run bench`).
 *
 * Sources are read through the registry (data/sources/registry.ts); this module knows their
 * sizes, not their kinds. A source whose size is unknown before reading (a database, a
 * download, a command) counts as the largest and is read on this thread, where its wait for
 * the network costs nothing; of the others, every one of at least
 * `MODELWATCH_PARALLEL_READ_BYTES` bytes (default 16 MiB) but the largest is read by a worker
 * thread running dist/read-worker.js, whose column buffers are transferred back, not copied.
 * Small sources, a single source, a one-core machine, or code not running from the bundle
 * (tests import the TypeScript sources, which a worker cannot load) read everything on this
 * thread. Either way the tables are the same, and so are the errors' messages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from '../data/read.js';
import { describeSource, readTable, sourceSize } from '../data/sources/registry.js';
import type { ReadWindow } from '../data/sources/source.js';
import { columnFromParts, Table } from '../data/table.js';
import type { SourceSpec } from '../policy/types.js';
import { readError } from './read-failure.js';
import type { ReadReply, ReadRequest } from './read-worker.js';
import { thresholdFromEnv, workerScript } from './worker-script.js';

const DEFAULT_MIN_BYTES = 16 << 20;

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
  const largest = sizes.indexOf(Math.max(...sizes));
  return Promise.all(
    reads.map((read, i) => {
      if (read === undefined) return null;
      const { spec, window } = read;
      const inWorker = worker !== null && i !== largest && sizes[i]! >= minBytes && sizes[i]! !== Infinity && availableParallelism() > 1;
      if (!inWorker) return readTable(spec, { options: context.options, window, timestampColumn: context.timestampColumn, signal: context.signal });
      return readInWorker(worker, { spec, window, options: context.options, timestampColumn: context.timestampColumn }).then((table) => {
        context.log?.(`read ${table.origin} on a worker thread (${table.rowCount} rows)`);
        return table;
      });
    }),
  );
}

/** Bytes a source will parse: its files' size; Infinity when it cannot be known before reading. */
export async function sourceBytes(spec: SourceSpec): Promise<number> {
  return (await sourceSize(spec)) ?? Infinity;
}

async function readInWorker(script: URL, request: ReadRequest): Promise<Table> {
  const name = await describeSource(request.spec);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    let settled = false;
    worker.once('message', (reply: ReadReply) => {
      settled = true;
      if (reply.ok) resolve(new Table(reply.rowCount, reply.columns.map(columnFromParts), reply.origin));
      else reject(readError(reply));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new Error(`reading ${name}: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`reading ${name}: the reader thread stopped (exit code ${code})`));
    });
  });
}
