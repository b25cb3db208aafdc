/**
 * Reads several sources at once (a model's reference, current and labels data), each large one
 * on its own CPU core. CSV and JSON parsing is single-threaded work, so on a machine with two
 * or more cores reading the reference and the current file side by side nearly halves the wall
 * time of a large model (`npm run bench`).
 *
 * The largest source is read on this thread; every other source of at least
 * `MODELWATCH_PARALLEL_READ_BYTES` bytes (default 16 MiB) is read by a worker thread running
 * dist/read-worker.js, whose column buffers are transferred back, not copied. Small sources,
 * a single source, a one-core machine, or code not running from the bundle (tests import the
 * TypeScript sources, which a worker cannot load) read everything on this thread. Either way
 * the tables are the same, and so are the errors' messages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sourceFiles } from '../data/files.js';
import { readSource, type ReadOptions } from '../data/read.js';
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

/** Reads each source (null stays null), in parallel where it pays. */
export async function readSources(
  sources: readonly (SourceSpec | undefined)[],
  options: ReadOptions,
  log: (line: string) => void = () => {},
): Promise<(Table | null)[]> {
  const worker = workerScript('read-worker.js');
  const minBytes = largeSourceBytes();
  const sizes = worker === null ? sources.map(() => 0) : await Promise.all(sources.map((s) => (s === undefined ? 0 : sourceBytes(s))));
  const largest = sizes.indexOf(Math.max(...sizes));
  return Promise.all(
    sources.map((source, i) => {
      if (source === undefined) return null;
      const inWorker = worker !== null && i !== largest && sizes[i]! >= minBytes && availableParallelism() > 1;
      if (!inWorker) return readSource(source, options);
      return readInWorker(worker, source, options).then((table) => {
        log(`read ${table.origin} on a worker thread (${table.rowCount} rows)`);
        return table;
      });
    }),
  );
}

/** Total bytes of a source's files; 0 when they cannot be listed (the read reports why). */
export async function sourceBytes(source: SourceSpec): Promise<number> {
  try {
    // The same files the read takes (real paths, once each, regular files inside the root).
    return (await sourceFiles(source)).reduce((sum, file) => sum + file.size, 0);
  } catch {
    return 0;
  }
}

function readInWorker(script: URL, source: SourceSpec, options: ReadOptions): Promise<Table> {
  const request: ReadRequest = { source, options };
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
      reject(new Error(`reading ${source.paths.join(', ')}: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`reading ${source.paths.join(', ')}: the reader thread stopped (exit code ${code})`));
    });
  });
}
