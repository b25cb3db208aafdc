/**
 * A small pool of worker threads (dist/drift-worker.js) that compares large numeric columns
 * for the drift check, one column pair per message, so that sorting and measuring 40 columns of
 * a million rows uses every core (`npm run bench`). It implements `ParallelCompare`
 * (checks/types.ts) and gives the same numbers as the in-thread path: both run
 * `compareNumeric` from checks/drift-measure.ts.
 *
 * Memory stays bounded: a pair is copied only when a worker is free, into two buffers that
 * travel to the worker and back (transferred, never copied again) and are reused for its next
 * pair, so each worker holds at most one pair. Workers start on the first comparison, or
 * earlier with `prepare()`, and stop with `close()`. The pool exists only when running from
 * the bundle (a worker cannot load the TypeScript sources the tests import) on a machine with
 * more than one core; `MODELWATCH_PARALLEL_DRIFT_VALUES` sets the smallest comparison
 * (reference + current values) worth sending (default 200,000).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { keysWithRoom, type NumericData, type PairRequest, type PairResult } from '../checks/drift-measure.js';
import type { ParallelCompare } from '../checks/types.js';
import type { CompareReply, CompareTask } from './drift-worker.js';
import { thresholdFromEnv, workerScript } from './worker-script.js';

const DEFAULT_MIN_VALUES = 200_000;
const MAX_WORKERS = 8;

interface Pending {
  readonly id: number;
  readonly reference: NumericData;
  readonly current: NumericData;
  readonly request: PairRequest;
  readonly resolve: (result: PairResult) => void;
  readonly reject: (error: Error) => void;
}

export class DriftWorkers implements ParallelCompare {
  readonly #script: URL;
  readonly #size: number;
  readonly #minValues: number;
  readonly #idle: Worker[] = [];
  /** Every live worker, with the comparison it is working on (null when idle). */
  readonly #workers = new Map<Worker, Pending | null>();
  readonly #queue: Pending[] = [];
  /** Each worker's two buffers, back from its last pair, for the next one. */
  readonly #buffers = new Map<Worker, readonly [ArrayBuffer, ArrayBuffer]>();
  #nextId = 0;
  #closed = false;
  /** Pairs compared by the workers so far. */
  compared = 0;

  private constructor(script: URL, size: number, minValues: number) {
    this.#script = script;
    this.#size = size;
    this.#minValues = minValues;
  }

  /** A pool when this machine and this build can have one, else null (compare in-thread). */
  static create(): DriftWorkers | null {
    const cores = availableParallelism();
    const script = workerScript('drift-worker.js');
    if (cores < 2 || script === null) return null;
    return new DriftWorkers(script, Math.min(cores, MAX_WORKERS), thresholdFromEnv('MODELWATCH_PARALLEL_DRIFT_VALUES', DEFAULT_MIN_VALUES));
  }

  wants(values: number): boolean {
    return !this.#closed && values >= this.#minValues;
  }

  prepare(): void {
    while (!this.#closed && this.#spawn() !== null);
  }

  compareNumeric(reference: NumericData, current: NumericData, request: PairRequest): Promise<PairResult> {
    if (this.#closed) return Promise.reject(new Error('the drift workers were stopped'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, reference, current, request, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; comparisons still queued or running are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const stopped = new Error('the drift workers were stopped');
    for (const pending of this.#queue) pending.reject(stopped);
    for (const pending of this.#workers.values()) pending?.reject(stopped);
    this.#queue.length = 0;
    const workers = [...this.#workers.keys()];
    this.#workers.clear();
    this.#buffers.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      if (this.#idle.length === 0) this.#spawn();
      const worker = this.#idle.pop();
      if (worker === undefined) return;
      const pending = this.#queue.shift()!;
      this.#workers.set(worker, pending);
      // Copies the task owns, transferred to the worker, which prepares them in place.
      const [referenceBuffer, currentBuffer] = this.#buffers.get(worker) ?? [undefined, undefined];
      this.#buffers.delete(worker);
      const reference = copyInto(pending.reference, referenceBuffer);
      const current = copyInto(pending.current, currentBuffer);
      const task: CompareTask = { id: pending.id, reference, current, request: pending.request };
      worker.postMessage(task, [reference.buffer as ArrayBuffer, current.buffer as ArrayBuffer]);
    }
  }

  #spawn(): Worker | null {
    if (this.#workers.size >= this.#size) return null;
    const worker = new Worker(this.#script);
    this.#idle.push(worker);
    worker.on('message', (reply: CompareReply) => {
      const pending = this.#workers.get(worker);
      if (pending === undefined) return;
      this.#workers.set(worker, null);
      this.#buffers.set(worker, reply.buffers);
      this.#idle.push(worker);
      if (pending !== null && pending.id === reply.id) {
        this.compared++;
        if ('result' in reply) pending.resolve(reply.result);
        else pending.reject(new Error(reply.error));
      }
      this.#dispatch();
    });
    worker.on('error', (error) => this.#lose(worker, error));
    worker.on('exit', (code) => this.#lose(worker, new Error(`a drift worker stopped (exit code ${code})`)));
    this.#workers.set(worker, null);
    return worker;
  }

  /** A worker died: its comparison fails; the queued ones go on with the others (or a new one). */
  #lose(worker: Worker, error: Error): void {
    if (!this.#workers.has(worker)) return;
    const pending = this.#workers.get(worker);
    this.#workers.delete(worker);
    this.#buffers.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    pending?.reject(error);
    if (!this.#closed) this.#dispatch();
  }
}

/**
 * A copy of the data in `buffer` when it is big enough, else in a new one: doubles as they are,
 * keys where the worker can decode them in place (keysWithRoom), so either way a worker needs
 * 8 bytes a value for a column, not 12.
 */
function copyInto(data: NumericData, buffer: ArrayBuffer | undefined): NumericData {
  if (data instanceof Int32Array) return keysWithRoom(data, buffer);
  const target = new Float64Array(buffer !== undefined && buffer.byteLength >= data.byteLength ? buffer : new ArrayBuffer(data.byteLength), 0, data.length);
  target.set(data);
  return target;
}
